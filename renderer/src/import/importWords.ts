import type { Encoding, ReadOptions } from '../../../shared/contract/importSchemas';
import type { AttributeKind } from '../../../shared/domain/attributes';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import type { DateFormat } from '../../../shared/import/parseDate';
import type { Delimiter } from '../../../shared/import/splitFields';
import { TIME_UNIT_PLURALS } from '../format/timeUnitWords';
import { KIND_LABELS } from '../pages/data/attributeGroups';
import type { TransactionField } from './importForm';
import { ENGLISH_VALIDATION_WORDS, TRANSACTION_FIELD_INFO, type ValidationWords } from './importForm';
import {
  DATE_FORMAT_CHOICES,
  DECIMAL_CHOICES,
  DELIMITER_CHOICES,
  ENCODING_CHOICES,
  THOUSANDS_CHOICES,
  UNIT_CHOICES,
  type Choice,
  type ThousandsChoice,
} from './importLabels';

/**
 * Every word the import's pure helpers put on screen (choices, validation, the summary before
 * importing), so they stay free of React: the wizard passes its language's words, tests and
 * other callers get English.
 */
export interface ImportWords {
  encodings: readonly Choice<Encoding>[];
  delimiters: readonly Choice<Delimiter>[];
  decimals: readonly Choice<ReadOptions['decimalSeparator']>[];
  thousands: readonly Choice<ThousandsChoice>[];
  dateFormats: readonly Choice<DateFormat>[];
  units: readonly Choice<TimeUnit>[];
  unitPlurals: Readonly<Record<TimeUnit, string>>;
  fields: Readonly<Record<TransactionField, { label: string; hint: string }>>;
  kinds: Readonly<Record<AttributeKind, string>>;
  badRows: Readonly<Record<'stop' | 'skip', { label: string; about: string }>>;
  valueTypes: Readonly<Record<'number' | 'text', string>>;
  validation: ValidationWords;
  summary: {
    column(n: number): string;
    sheet(name: string): string;
    firstSheet: string;
    separated(delimiter: string, encoding: string): string;
    header: string;
    noHeader: string;
    dates(format: string): string;
    windowFromTo(from: string, to: string): string;
    windowFrom(from: string): string;
    windowTo(to: string): string;
    allDates: string;
    lastPurchase: string;
    merged: string;
    keptApart: string;
    returnsDropped: string;
    returnsKept: string;
    upTo(end: string, unit: string): string;
    andMore(n: number): string;
    attributes(n: number): string;
    labels: {
      file: string;
      holds: string;
      readAs: string;
      columns: string;
      rules: string;
      customerSummary: string;
      customerId: string;
      badRows: string;
    };
    transactions: string;
    customerAttributes: string;
  };
}

export const ENGLISH_IMPORT_WORDS: ImportWords = {
  encodings: ENCODING_CHOICES,
  delimiters: DELIMITER_CHOICES,
  decimals: DECIMAL_CHOICES,
  thousands: THOUSANDS_CHOICES,
  dateFormats: DATE_FORMAT_CHOICES,
  units: UNIT_CHOICES,
  unitPlurals: TIME_UNIT_PLURALS,
  fields: TRANSACTION_FIELD_INFO,
  kinds: {
    commercial: KIND_LABELS.commercial.label,
    financial: KIND_LABELS.financial.label,
    quality: KIND_LABELS.quality.label,
    marketing: KIND_LABELS.marketing.label,
    demographic: KIND_LABELS.demographic.label,
  },
  badRows: {
    stop: {
      label: 'Stop and list them',
      about: 'If any row cannot be read, nothing is imported and you get the line numbers to fix.',
    },
    skip: {
      label: 'Skip and report',
      about: 'Rows that cannot be read are left out; the report says how many and on which lines.',
    },
  },
  valueTypes: { number: 'number', text: 'text' },
  validation: ENGLISH_VALIDATION_WORDS,
  summary: {
    column: (n) => `Column ${n}`,
    sheet: (name) => `Sheet “${name}”`,
    firstSheet: 'first',
    separated: (delimiter, encoding) => `${delimiter}-separated, ${encoding}`,
    header: 'first row is a header',
    noHeader: 'no header row',
    dates: (format) => `dates ${format}`,
    windowFromTo: (from, to) => `only purchases from ${from} to ${to}`,
    windowFrom: (from) => `only purchases from ${from} on`,
    windowTo: (to) => `only purchases up to ${to}`,
    allDates: 'all dates',
    lastPurchase: 'the last purchase',
    merged: 'same-day purchases of a customer merged into one',
    keptApart: 'same-day purchases kept apart',
    returnsDropped: 'returns (negative amounts) left out',
    returnsKept: 'returns (negative amounts) kept',
    upTo: (end, unit) => `Up to ${end}, in ${unit}`,
    andMore: (n) => `and ${n} more`,
    attributes: (n) => `${n} ${n === 1 ? 'attribute' : 'attributes'}`,
    labels: {
      file: 'File',
      holds: 'Holds',
      readAs: 'Read as',
      columns: 'Columns',
      rules: 'Rules',
      customerSummary: 'Customer summary',
      customerId: 'Customer id',
      badRows: 'Rows that cannot be read',
    },
    transactions: 'Transactions',
    customerAttributes: 'Customer attributes',
  },
};
