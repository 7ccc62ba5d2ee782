import type { Encoding, ReadOptions } from '../../../shared/contract/importSchemas';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { DATE_FORMAT_LABELS, type DateFormat } from '../../../shared/import/parseDate';
import type { Delimiter } from '../../../shared/import/splitFields';

/**
 * The words the wizard uses for each setting. Plain words first, the symbol second: the person
 * reading them plans loyalty programmes, not file formats.
 */
export interface Choice<V extends string> {
  value: V;
  label: string;
  /** For the summary before importing, when the label carries an example. */
  short?: string;
}

export const ENCODING_CHOICES: readonly Choice<Encoding>[] = [
  { value: 'utf-8', label: 'UTF-8 (most files today)', short: 'UTF-8' },
  { value: 'latin1', label: 'Latin-1 (older Windows and Excel exports)', short: 'Latin-1' },
];

export const DELIMITER_CHOICES: readonly Choice<Delimiter>[] = [
  { value: ',', label: 'Comma (,)', short: 'comma' },
  { value: ';', label: 'Semicolon (;)', short: 'semicolon' },
  { value: '\t', label: 'Tab', short: 'tab' },
  { value: '|', label: 'Vertical bar (|)', short: 'vertical bar' },
  { value: 'whitespace', label: 'Spaces (any number)', short: 'spaces' },
];

export const DECIMAL_CHOICES: readonly Choice<ReadOptions['decimalSeparator']>[] = [
  { value: '.', label: 'Point (1234.56)', short: 'decimal point' },
  { value: ',', label: 'Comma (1234,56)', short: 'decimal comma' },
];

/** Select values cannot be empty strings, so "no thousands mark" travels as 'none'. */
export type ThousandsChoice = 'none' | Exclude<ReadOptions['thousandsSeparator'], ''>;

export const THOUSANDS_CHOICES: readonly Choice<ThousandsChoice>[] = [
  { value: 'none', label: 'None (1234567)', short: 'no thousands mark' },
  { value: ',', label: 'Comma (1,234,567)', short: 'thousands comma' },
  { value: '.', label: 'Point (1.234.567)', short: 'thousands point' },
  { value: ' ', label: 'Space (1 234 567)', short: 'thousands space' },
  { value: "'", label: "Apostrophe (1'234'567)", short: 'thousands apostrophe' },
];

export function thousandsChoiceOf(separator: ReadOptions['thousandsSeparator']): ThousandsChoice {
  return separator === '' ? 'none' : separator;
}

export function thousandsSeparatorOf(choice: ThousandsChoice): ReadOptions['thousandsSeparator'] {
  return choice === 'none' ? '' : choice;
}

const DATE_EXAMPLES: Readonly<Record<DateFormat, string>> = {
  iso: '2024-03-25',
  'dd/mm/yyyy': '25/03/2024',
  'mm/dd/yyyy': '03/25/2024',
  yyyymmdd: '20240325',
};

export const DATE_FORMAT_CHOICES: readonly Choice<DateFormat>[] = (Object.keys(DATE_FORMAT_LABELS) as DateFormat[]).map((format) => ({
  value: format,
  label: `${DATE_FORMAT_LABELS[format]} (${DATE_EXAMPLES[format]})`,
  short: DATE_FORMAT_LABELS[format],
}));

export const UNIT_CHOICES: readonly Choice<TimeUnit>[] = [
  { value: 'day', label: 'Days' },
  { value: 'week', label: 'Weeks' },
  { value: 'month', label: 'Months' },
];

/** The short name of a chosen value, for sentences: "semicolon", "DD/MM/YYYY". */
export function shortLabelOf<V extends string>(choices: readonly Choice<V>[], value: V): string {
  const choice = choices.find((c) => c.value === value);
  return choice ? (choice.short ?? choice.label) : value;
}

/** "1.2 MB", "48 KB": a file's size as the wizard mentions it. */
export function formatFileSize(bytes: number, locale: string): string {
  const mb = bytes / 1e6;
  if (mb >= 1) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb)} MB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1e3)))} KB`;
}
