import type { ReadOptions } from '../../../shared/contract/importSchemas';
import type { ImportPreview } from '../../../shared/domain/imports';
import type { Formatters } from '../format/formatters';
import { TIME_UNIT_PLURALS } from '../format/timeUnitWords';
import { KIND_LABELS } from '../pages/data/attributeGroups';
import { TRANSACTION_FIELDS, TRANSACTION_FIELD_INFO, checkAttributes, type AttributeDraft, type ImportKind, type MappingDraft, type RulesDraft } from './importForm';
import {
  DATE_FORMAT_CHOICES,
  DECIMAL_CHOICES,
  DELIMITER_CHOICES,
  ENCODING_CHOICES,
  THOUSANDS_CHOICES,
  formatFileSize,
  shortLabelOf,
  thousandsChoiceOf,
} from './importLabels';

export interface SummaryLine {
  label: string;
  value: string;
}

export interface ImportChoices {
  kind: ImportKind;
  preview: ImportPreview;
  read: ReadOptions;
  mapping: MappingDraft;
  attributes: AttributeDraft;
  rules: RulesDraft;
}

/** How many attributes the summary names before it only counts the rest. */
const NAMED_ATTRIBUTES = 6;

export const BAD_ROW_WORDS: Readonly<Record<RulesDraft['onBadRows'], { label: string; about: string }>> = {
  stop: {
    label: 'Stop and list them',
    about: 'If any row cannot be read, nothing is imported and you get the line numbers to fix.',
  },
  skip: {
    label: 'Skip and report',
    about: 'Rows that cannot be read are left out; the report says how many and on which lines.',
  },
};

function columnName(preview: ImportPreview, index: number): string {
  return preview.columns[index]?.name ?? `Column ${index + 1}`;
}

function readingLine(preview: ImportPreview, read: ReadOptions): string {
  const source = preview.isSpreadsheet
    ? `Sheet “${read.sheet ?? preview.sheets[0] ?? 'first'}”`
    : `${shortLabelOf(DELIMITER_CHOICES, read.delimiter)}-separated, ${shortLabelOf(ENCODING_CHOICES, read.encoding)}`;
  const header = read.hasHeader ? 'first row is a header' : 'no header row';
  const numbers = `${shortLabelOf(DECIMAL_CHOICES, read.decimalSeparator)}, ${shortLabelOf(THOUSANDS_CHOICES, thousandsChoiceOf(read.thousandsSeparator))}`;
  const line = `${source}; ${header}; ${numbers}; dates ${shortLabelOf(DATE_FORMAT_CHOICES, read.dateFormat)}`;
  return line.charAt(0).toUpperCase() + line.slice(1);
}

function transactionLines(choices: ImportChoices, format: Formatters): SummaryLine[] {
  const { preview, mapping, rules } = choices;
  const mapped = TRANSACTION_FIELDS.flatMap((field) => {
    const column = mapping[field];
    return column === null ? [] : [`${TRANSACTION_FIELD_INFO[field].label} ← ${columnName(preview, column)}`];
  });
  const window =
    rules.dateFrom && rules.dateTo
      ? `only purchases from ${format.date(rules.dateFrom)} to ${format.date(rules.dateTo)}`
      : rules.dateFrom
        ? `only purchases from ${format.date(rules.dateFrom)} on`
        : rules.dateTo
          ? `only purchases up to ${format.date(rules.dateTo)}`
          : 'all dates';
  const end = rules.calibrationEnd ? format.date(rules.calibrationEnd) : 'the last purchase';
  return [
    { label: 'Columns', value: mapped.join(' · ') },
    {
      label: 'Rules',
      value: [
        rules.mergeSameDay ? 'same-day purchases of a customer merged into one' : 'same-day purchases kept apart',
        rules.negativeAmounts === 'drop' ? 'returns (negative amounts) left out' : 'returns (negative amounts) kept',
        window,
      ].join('; '),
    },
    { label: 'Customer summary', value: `Up to ${end}, in ${TIME_UNIT_PLURALS[rules.unit]}` },
  ];
}

function attributeLines(choices: ImportChoices): SummaryLine[] {
  const { preview, attributes } = choices;
  const checked = checkAttributes(attributes).attributes ?? [];
  const named = checked.slice(0, NAMED_ATTRIBUTES).map((a) => `${a.name} (${KIND_LABELS[a.kind].label.toLowerCase()}, ${a.valueType})`);
  const more = checked.length > NAMED_ATTRIBUTES ? [`and ${checked.length - NAMED_ATTRIBUTES} more`] : [];
  return [
    { label: 'Customer id', value: attributes.customerId === null ? '—' : columnName(preview, attributes.customerId) },
    { label: `${checked.length} ${checked.length === 1 ? 'attribute' : 'attributes'}`, value: [...named, ...more].join(' · ') },
  ];
}

/** The choices made, in sentences, for a last look before importing. */
export function describeImport(choices: ImportChoices, format: Formatters): SummaryLine[] {
  const { kind, preview, read, rules } = choices;
  return [
    { label: 'File', value: `${preview.fileName} · ${formatFileSize(preview.fileBytes, format.locale)}` },
    { label: 'Holds', value: kind === 'transactions' ? 'Transactions' : 'Customer attributes' },
    { label: 'Read as', value: readingLine(preview, read) },
    ...(kind === 'transactions' ? transactionLines(choices, format) : attributeLines(choices)),
    { label: 'Rows that cannot be read', value: BAD_ROW_WORDS[rules.onBadRows].label },
  ];
}
