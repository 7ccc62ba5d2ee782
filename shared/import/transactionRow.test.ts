import { describe, expect, it } from 'vitest';
import type { ReadOptions } from '../contract/importSchemas';
import { transactionRowReader } from './transactionRow';

const read: ReadOptions = { encoding: 'utf-8', delimiter: ';', hasHeader: true, decimalSeparator: ',', thousandsSeparator: '.', dateFormat: 'dd/mm/yyyy' };
const mapping = { customerId: 0, date: 1, amount: 2, store: 3 };
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('transactionRowReader', () => {
  const readRow = transactionRowReader(mapping, read, { mergeSameDay: false, negativeAmounts: 'drop', dateFrom: '2024-01-01' });

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
    const keep = transactionRowReader(mapping, read, { mergeSameDay: false, negativeAmounts: 'keep' });
    expect(keep(['C1', '02/01/2024', '-5', 'x'])).toMatchObject({ kind: 'row', row: { amount: -5 } });
  });
});
