import { describe, expect, it } from 'vitest';
import type { ReadOptions } from '../contract/importSchemas';
import { plausibleBounds } from './plausibility';
import { transactionRowReader } from './transactionRow';

const read: ReadOptions = { encoding: 'utf-8', delimiter: ';', hasHeader: true, decimalSeparator: ',', thousandsSeparator: '.', dateFormat: 'dd/mm/yyyy' };
const mapping = { customerId: 0, date: 1, amount: 2, store: 3 };
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
/** The bounds of an import on 2026-12-07, with the defaults. */
const bounds = plausibleBounds(undefined, day(2026, 12, 7));

describe('transactionRowReader', () => {
  const readRow = transactionRowReader(mapping, read, { mergeSameDay: false, negativeAmounts: 'drop', dateFrom: '2024-01-01' }, bounds);

  it('reads a row in the file’s formats, without rounding', () => {
    expect(readRow(['C1', '25/03/2024', '1.234,567', ' Madrid '])).toEqual({
      kind: 'row',
      row: { customerId: 'C1', day: day(2024, 3, 25), amount: 1234.567, margin: null, quantity: null, channel: null, store: 'Madrid', category: null },
    });
  });

  it('says what is wrong with a bad row, in words', () => {
    expect(readRow(['C1', '25/03/2024'])).toEqual({ kind: 'error', reason: 'has 2 fields; the mapping reads column 4' });
    expect(readRow(['', '25/03/2024', '1', 'x'])).toEqual({ kind: 'error', reason: 'the customer id is empty' });
    expect(readRow(['C1', '2024-03-25', '1', 'x'])).toEqual({ kind: 'error', reason: 'date "2024-03-25" is not a date in the form DD/MM/YYYY' });
    expect(readRow(['C1', '25/03/2024', '12.50', 'x'])).toEqual({ kind: 'error', reason: 'amount "12.50" is not a number (decimal comma, thousands ".")' });
  });

  it('drops by the business rules and says which', () => {
    expect(readRow(['C1', '31/12/2023', '5', 'x'])).toEqual({ kind: 'dropped', reason: 'outside the date window' });
    expect(readRow(['C1', '02/01/2024', '-5', 'x'])).toEqual({ kind: 'dropped', reason: 'negative amount (return)' });
    expect(readRow(['C1', '02/01/2024', '0', 'x'])).toMatchObject({ kind: 'row', row: { amount: 0 } });
    const keep = transactionRowReader(mapping, read, { mergeSameDay: false, negativeAmounts: 'keep' }, bounds);
    expect(keep(['C1', '02/01/2024', '-5', 'x'])).toMatchObject({ kind: 'row', row: { amount: -5 } });
  });

  it('refuses amounts and dates beyond belief as bad rows, naming the value, before the rules drop anything', () => {
    const withMargin = transactionRowReader({ ...mapping, margin: 4 }, read, { mergeSameDay: false, negativeAmounts: 'drop' }, bounds);
    const error = (reason: string) => ({ kind: 'error', reason, implausible: true });
    expect(withMargin(['C1', '02/01/2024', '1000000001', 'x', ''])).toEqual(error('amount "1000000001" is beyond ±1,000,000,000, the largest amount accepted'));
    expect(withMargin(['C1', '02/01/2024', '-1e308', 'x', ''])).toEqual(error('amount "-1e308" is beyond ±1,000,000,000, the largest amount accepted'));
    expect(withMargin(['C1', '02/01/2024', '5', 'x', '2e9'])).toEqual(error('margin "2e9" is beyond ±1,000,000,000, the largest amount accepted'));
    expect(withMargin(['C1', '31/12/2099', '5', 'x', ''])).toEqual(error('date "31/12/2099" is after 2026-12-14, the latest date accepted (7 days after the import)'));
    expect(withMargin(['C1', '01/01/1900', '5', 'x', ''])).toEqual(error('date "01/01/1900" is before 1950-01-01, the earliest date accepted'));
    // The bounds themselves, and amounts within them, pass.
    expect(withMargin(['C1', '14/12/2026', '-1000000000', 'x', ''])).toEqual({ kind: 'dropped', reason: 'negative amount (return)' });
    expect(withMargin(['C1', '01/01/1950', '1000000000', 'x', ''])).toMatchObject({ kind: 'row', row: { amount: 1e9 } });
    // Numbers no double holds are not numbers at all.
    expect(withMargin(['C1', '02/01/2024', '1e400', 'x', ''])).toEqual({ kind: 'error', reason: 'amount "1e400" is not a number (decimal comma, thousands ".")' });
  });

  it('accepts what the user widened the bounds to', () => {
    const wide = plausibleBounds({ earliestDate: '1900-01-01', latestDate: '2100-12-31', maxAmount: 1e15 }, day(2026, 12, 7));
    const readRow = transactionRowReader(mapping, read, { mergeSameDay: false, negativeAmounts: 'keep' }, wide);
    expect(readRow(['C1', '31/12/2099', '1e12', 'x'])).toMatchObject({ kind: 'row', row: { day: day(2099, 12, 31), amount: 1e12 } });
    expect(readRow(['C1', '01/01/1900', '5', 'x'])).toMatchObject({ kind: 'row', row: { day: day(1900, 1, 1) } });
    expect(readRow(['C1', '01/01/2101', '5', 'x'])).toEqual({ kind: 'error', reason: 'date "01/01/2101" is after 2100-12-31, the latest date accepted', implausible: true });
  });
});
