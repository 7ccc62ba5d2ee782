import type { CustomerSortKey } from '../../../../shared/domain/customers';
import type { TimeUnit } from '../../../../shared/domain/timeUnits';
import type { Formatters } from '../../format/formatters';
import { TIME_UNIT_PLURALS } from '../../format/timeUnitWords';

export const PAGE_SIZE = 50;

export type SortDirection = 'asc' | 'desc';

export interface CustomerSort {
  sortBy: CustomerSortKey;
  sortDirection: SortDirection;
}

/**
 * Figures sort largest first on the first click (the best customers are what one looks for);
 * ids and dates sort in reading order.
 */
const FIRST_DIRECTION: Readonly<Record<CustomerSortKey, SortDirection>> = {
  customerId: 'asc',
  firstPurchase: 'asc',
  lastPurchase: 'desc',
  frequency: 'desc',
  recency: 'desc',
  age: 'desc',
  totalSpend: 'desc',
  averageSpend: 'desc',
};

/** A click on a header: the same column flips its direction; another starts with its usual one. */
export function nextSort(current: CustomerSort, key: CustomerSortKey): CustomerSort {
  if (current.sortBy === key) return { sortBy: key, sortDirection: current.sortDirection === 'asc' ? 'desc' : 'asc' };
  return { sortBy: key, sortDirection: FIRST_DIRECTION[key] };
}

/** The table's words in the interface language; English by default. */
export interface TableWords {
  units: Readonly<Record<TimeUnit, string>>;
  range(from: string, to: string, total: string): string;
  rangeEmpty(total: string): string;
  basis(date: string, unitWord: string): string;
  noBasis: string;
}

export const ENGLISH_TABLE_WORDS: TableWords = {
  units: TIME_UNIT_PLURALS,
  range: (from, to, total) => `${from}–${to} of ${total}`,
  rangeEmpty: (total) => `0 of ${total}`,
  basis: (date, unitWord) => `Summary up to ${date}, in ${unitWord}`,
  noBasis: 'No customer summary yet',
};

/** "1–50 of 20,000". */
export function pageRangeLabel(offset: number, rowCount: number, total: number, format: Formatters, words: TableWords = ENGLISH_TABLE_WORDS): string {
  if (total === 0 || rowCount === 0) return words.rangeEmpty(format.count(total));
  return words.range(format.count(offset + 1), format.count(offset + rowCount), format.count(total));
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** "Recency (weeks)": a measure's header says the unit the summary was made in. */
export function withUnit(label: string, unit: TimeUnit, units: Readonly<Record<TimeUnit, string>> = TIME_UNIT_PLURALS): string {
  return `${label} (${units[unit]})`;
}

/** What the figures are measured against: "Summary up to 31 Dec 2024, in weeks". */
export function summaryBasis(calibrationEnd: string | null, unit: TimeUnit, format: Formatters, words: TableWords = ENGLISH_TABLE_WORDS): string {
  return calibrationEnd ? words.basis(format.date(calibrationEnd), words.units[unit]) : words.noBasis;
}
