import type { ImportRules, ReadOptions, TransactionMapping } from '../contract/importSchemas';
import { isoToDayNumber } from '../calendar/isoDate';
import { DATE_FORMAT_LABELS, parseDate } from './parseDate';
import { parseNumber, type NumberFormat } from './parseNumber';
import type { PlausibleBounds } from './plausibility';

export interface TransactionRow {
  customerId: string;
  /** Days since 1970-01-01. */
  day: number;
  amount: number;
  margin: number | null;
  quantity: number | null;
  channel: string | null;
  store: string | null;
  category: string | null;
}

/** Why a row was left out by a business rule: counted and shown, not an error. */
export type DropReason = 'outside the date window' | 'negative amount (return)';

export type RowOutcome =
  | { kind: 'row'; row: TransactionRow }
  | { kind: 'dropped'; reason: DropReason }
  /** `implausible`: a value beyond the import's PlausibleBounds, which the user may widen. */
  | { kind: 'error'; reason: string; implausible?: true };

export const MAX_ID_LENGTH = 200;
/** Bounds the memory of the date cache (date-times, each distinct, would otherwise fill it). */
const MAX_CACHED_DAYS = 20_000;

/**
 * What an import's options fix for every row: the number format, the fields a row needs (the
 * highest mapped column plus one) and the date window as day numbers. Shared by the general row
 * reader and the import's fast path, so the two cannot drift apart.
 */
export function rowLimits(mapping: TransactionMapping, read: ReadOptions, rules: ImportRules): { number: NumberFormat; needed: number; from: number; to: number } {
  return {
    number: { decimalSeparator: read.decimalSeparator, thousandsSeparator: read.thousandsSeparator },
    needed: Math.max(...Object.values(mapping).filter((v): v is number => v !== undefined)) + 1,
    from: rules.dateFrom ? isoToDayNumber(rules.dateFrom) : -Infinity,
    to: rules.dateTo ? isoToDayNumber(rules.dateTo) : Infinity,
  };
}

/**
 * Reads transaction rows with one mapping, one set of rules and one set of plausible bounds;
 * built once per import. A value that does not read is an error, and so is one beyond belief
 * (checked once the row reads, before the rules drop anything).
 */
export function transactionRowReader(mapping: TransactionMapping, read: ReadOptions, rules: ImportRules, bounds: PlausibleBounds): (fields: readonly string[]) => RowOutcome {
  const { number, needed, from, to } = rowLimits(mapping, read, rules);
  const { earliestDay, latestDay, maxAmount, words } = bounds;
  const implausible = (reason: string): RowOutcome => ({ kind: 'error', reason, implausible: true });
  // NaN never reaches here; compared so, a bound of Infinity would pass everything.
  const beyond = (n: number | null) => n !== null && !(n >= -maxAmount && n <= maxAmount);
  const numberWords = `${number.decimalSeparator === ',' ? 'decimal comma' : 'decimal point'}${number.thousandsSeparator ? `, thousands "${number.thousandsSeparator}"` : ''}`;
  const text = (fields: readonly string[], col: number | undefined) => {
    if (col === undefined) return null;
    const v = (fields[col] ?? '').trim();
    return v === '' ? null : v;
  };
  const optionalNumber = (fields: readonly string[], col: number | undefined, label: string): number | null | string => {
    const v = text(fields, col);
    if (v === null) return null;
    const n = parseNumber(v, number);
    return n === null ? `${label} "${v}" is not a number (${numberWords})` : n;
  };

  // A file names the same few thousand days over and over; each is read once.
  const days = new Map<string, number>();
  const dayOf = (dateText: string): number | null => {
    const cached = days.get(dateText);
    if (cached !== undefined) return cached;
    const day = parseDate(dateText, read.dateFormat);
    if (day !== null) {
      if (days.size === MAX_CACHED_DAYS) days.clear();
      days.set(dateText, day);
    }
    return day;
  };

  return (fields) => {
    if (fields.length < needed) {
      return { kind: 'error', reason: `has ${fields.length} field${fields.length === 1 ? '' : 's'}; the mapping reads column ${needed}` };
    }
    const customerId = text(fields, mapping.customerId);
    if (customerId === null) return { kind: 'error', reason: 'the customer id is empty' };
    if (customerId.length > MAX_ID_LENGTH) return { kind: 'error', reason: `the customer id is longer than ${MAX_ID_LENGTH} characters` };
    const dateText = text(fields, mapping.date);
    if (dateText === null) return { kind: 'error', reason: 'the date is empty' };
    const day = dayOf(dateText);
    if (day === null) return { kind: 'error', reason: `date "${dateText}" is not a date in the form ${DATE_FORMAT_LABELS[read.dateFormat]}` };
    const amountText = text(fields, mapping.amount);
    if (amountText === null) return { kind: 'error', reason: 'the amount is empty' };
    const amount = parseNumber(amountText, number);
    if (amount === null) return { kind: 'error', reason: `amount "${amountText}" is not a number (${numberWords})` };
    const margin = optionalNumber(fields, mapping.margin, 'margin');
    if (typeof margin === 'string') return { kind: 'error', reason: margin };
    const quantity = optionalNumber(fields, mapping.quantity, 'quantity');
    if (typeof quantity === 'string') return { kind: 'error', reason: quantity };
    if (day < earliestDay) return implausible(`date "${dateText}" is before ${words.earliest}`);
    if (day > latestDay) return implausible(`date "${dateText}" is after ${words.latest}`);
    if (beyond(amount)) return implausible(`amount "${amountText}" is beyond ${words.maxAmount}`);
    if (beyond(margin)) return implausible(`margin "${text(fields, mapping.margin)}" is beyond ${words.maxAmount}`);
    if (beyond(quantity)) return implausible(`quantity "${text(fields, mapping.quantity)}" is beyond ${words.maxAmount}`);

    if (day < from || day > to) return { kind: 'dropped', reason: 'outside the date window' };
    if (amount < 0 && rules.negativeAmounts === 'drop') return { kind: 'dropped', reason: 'negative amount (return)' };
    return {
      kind: 'row',
      row: {
        customerId,
        day,
        amount,
        margin,
        quantity,
        channel: text(fields, mapping.channel),
        store: text(fields, mapping.store),
        category: text(fields, mapping.category),
      },
    };
  };
}
