import type { ReadOptions } from '../../../shared/contract/importSchemas';
import type { ImportPreview } from '../../../shared/domain/imports';
import type { Formatters } from '../format/formatters';
import { TRANSACTION_FIELDS, checkAttributes, type AttributeDraft, type ImportKind, type MappingDraft, type RulesDraft } from './importForm';
import { formatFileSize, shortLabelOf, thousandsChoiceOf } from './importLabels';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from './importWords';

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

function columnName(preview: ImportPreview, index: number, words: ImportWords): string {
  return preview.columns[index]?.name ?? words.summary.column(index + 1);
}

function readingLine(preview: ImportPreview, read: ReadOptions, words: ImportWords): string {
  const w = words.summary;
  const source = preview.isSpreadsheet
    ? w.sheet(read.sheet ?? preview.sheets[0] ?? w.firstSheet)
    : w.separated(shortLabelOf(words.delimiters, read.delimiter), shortLabelOf(words.encodings, read.encoding));
  const header = read.hasHeader ? w.header : w.noHeader;
  const numbers = `${shortLabelOf(words.decimals, read.decimalSeparator)}, ${shortLabelOf(words.thousands, thousandsChoiceOf(read.thousandsSeparator))}`;
  const line = `${source}; ${header}; ${numbers}; ${w.dates(shortLabelOf(words.dateFormats, read.dateFormat))}`;
  return line.charAt(0).toUpperCase() + line.slice(1);
}

function transactionLines(choices: ImportChoices, format: Formatters, words: ImportWords): SummaryLine[] {
  const { preview, mapping, rules } = choices;
  const w = words.summary;
  const mapped = TRANSACTION_FIELDS.flatMap((field) => {
    const column = mapping[field];
    return column === null ? [] : [`${words.fields[field].label} ← ${columnName(preview, column, words)}`];
  });
  const window =
    rules.dateFrom && rules.dateTo
      ? w.windowFromTo(format.date(rules.dateFrom), format.date(rules.dateTo))
      : rules.dateFrom
        ? w.windowFrom(format.date(rules.dateFrom))
        : rules.dateTo
          ? w.windowTo(format.date(rules.dateTo))
          : w.allDates;
  const end = rules.calibrationEnd ? format.date(rules.calibrationEnd) : w.lastPurchase;
  return [
    { label: w.labels.columns, value: mapped.join(' · ') },
    {
      label: w.labels.rules,
      value: [rules.mergeSameDay ? w.merged : w.keptApart, rules.negativeAmounts === 'drop' ? w.returnsDropped : w.returnsKept, window].join('; '),
    },
    { label: w.labels.customerSummary, value: w.upTo(end, words.unitPlurals[rules.unit]) },
  ];
}

function attributeLines(choices: ImportChoices, words: ImportWords): SummaryLine[] {
  const { preview, attributes } = choices;
  const w = words.summary;
  const checked = checkAttributes(attributes, words.validation).attributes ?? [];
  const named = checked.slice(0, NAMED_ATTRIBUTES).map((a) => `${a.name} (${words.kinds[a.kind].toLowerCase()}, ${words.valueTypes[a.valueType]})`);
  const more = checked.length > NAMED_ATTRIBUTES ? [w.andMore(checked.length - NAMED_ATTRIBUTES)] : [];
  return [
    { label: w.labels.customerId, value: attributes.customerId === null ? '—' : columnName(preview, attributes.customerId, words) },
    { label: w.attributes(checked.length), value: [...named, ...more].join(' · ') },
  ];
}

/** The choices made, in sentences, for a last look before importing. */
export function describeImport(choices: ImportChoices, format: Formatters, words: ImportWords = ENGLISH_IMPORT_WORDS): SummaryLine[] {
  const { kind, preview, read, rules } = choices;
  const w = words.summary;
  return [
    { label: w.labels.file, value: `${preview.fileName} · ${formatFileSize(preview.fileBytes, format.locale)}` },
    { label: w.labels.holds, value: kind === 'transactions' ? w.transactions : w.customerAttributes },
    { label: w.labels.readAs, value: readingLine(preview, read, words) },
    ...(kind === 'transactions' ? transactionLines(choices, format, words) : attributeLines(choices, words)),
    { label: w.labels.badRows, value: words.badRows[rules.onBadRows].label },
  ];
}
