import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TransactionMapping } from '../../../shared/contract/importSchemas';
import { DATE_FORMATS } from '../../../shared/import/parseDate';
import { splitFields } from '../../../shared/import/splitFields';
import { RowBatcher, type ParseSpec } from './rowBatches';

/**
 * RowBatcher.addPlain, the fast path for plain records, must leave exactly what `add` leaves
 * for the same records: rows, customer numbers, coded texts, left-out rows and the summary.
 */
const field = fc.oneof(
  fc.constantFrom('C1', 'C2', ' C3', 'C1 ', '', ' ', '\u00a0C4', 'Müller', '2024-01-05', '2024-1-5', '05/01/2024', '20240105', '2023-02-29', '2024-03-01T10:00', '1999-12-31 ', '12.50', '-3', '1.234,5', '1,5', '-0', '0.1', '(4)', '12.', 'x', 'online', ' store '),
  fc.stringMatching(/^[ \-.,/\dCT]{0,12}$/),
);
const record = fc.array(field, { minLength: 1, maxLength: 7 });

const mappings: TransactionMapping[] = [
  { customerId: 0, date: 1, amount: 2 },
  { customerId: 0, date: 1, amount: 2, channel: 3, store: 4 },
  { customerId: 2, date: 0, amount: 1, margin: 3, quantity: 4, category: 5 },
];

function run(batcher: RowBatcher, lines: string[], delimiter: ',' | ';', plain: boolean) {
  const batches = [];
  lines.forEach((line, k) => {
    if (!(plain && batcher.addPlain(line, 0, line.length))) batcher.add(splitFields(line, delimiter), k + 1);
    if (batcher.full) batches.push(batcher.take(0));
  });
  batches.push(batcher.take(0));
  return { batches, summary: batcher.summarise(undefined, 'week') };
}

describe('RowBatcher.addPlain', () => {
  it('leaves what add leaves, record for record', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }),
        fc.constantFrom(...mappings),
        fc.constantFrom(...DATE_FORMATS),
        fc.constantFrom<[',' | ';', '.' | ',', '' | ',' | '.' | ' ']>([',', '.', ''], [';', ',', '.'], [';', '.', ','], [';', ',', ' ']),
        fc.constantFrom({ mergeSameDay: false, negativeAmounts: 'drop' as const }, { mergeSameDay: false, negativeAmounts: 'keep' as const, dateFrom: '2000-01-01', dateTo: '2024-02-01' }),
        // The default bounds, and narrow ones that the fields' dates and amounts cross.
        fc.constantFrom({}, { plausibility: { earliestDate: '2023-06-01', latestDate: '2024-01-20', maxAmount: 12 } }),
        (records, mapping, dateFormat, [delimiter, decimalSeparator, thousandsSeparator], rules, plausible) => {
          // Records as plain lines: no quotes, no delimiter inside a field.
          const lines = records.map((r) => r.map((f) => f.split(delimiter).join('')).join(delimiter));
          const spec: ParseSpec = { mapping, rules, read: { encoding: 'utf-8', delimiter, hasHeader: false, decimalSeparator, thousandsSeparator, dateFormat }, ...plausible };
          const fold = { until: Infinity, capacity: 1000 };
          const general = run(new RowBatcher(spec, fold, 4), lines, delimiter, false);
          const fast = run(new RowBatcher(spec, fold, 4), lines, delimiter, true);
          // Line numbers only differ for rows addPlain took (good rows carry none).
          expect(fast).toEqual(general);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('takes the commonest rows', () => {
    const spec: ParseSpec = {
      mapping: { customerId: 0, date: 1, amount: 2, channel: 3 },
      rules: { mergeSameDay: false, negativeAmounts: 'drop' },
      read: { encoding: 'utf-8', delimiter: ',', hasHeader: false, decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso' },
    };
    const b = new RowBatcher(spec, null, 8);
    expect(b.addPlain('C1,2024-01-05,12.50,online', 0, 26)).toBe(true);
    expect(b.addPlain('C1,2024-01-05,-12.50,online', 0, 27)).toBe(false);
    expect(b.addPlain('C1,2024-01-05', 0, 13)).toBe(false);
  });

  it('numbers customers in order of first appearance, short ids and long, Latin-1 or not, past the table growing', () => {
    const spec: ParseSpec = {
      mapping: { customerId: 0, date: 1, amount: 2 },
      rules: { mergeSameDay: false, negativeAmounts: 'keep' },
      read: { encoding: 'utf-8', delimiter: ',', hasHeader: false, decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso' },
    };
    const b = new RowBatcher(spec, null, 1 << 20);
    const reference = new Map<string, number>();
    const expected: number[] = [];
    const ids = (i: number) => {
      const k = (i * 7919) % 150_000;
      // Packed (up to 8 characters below U+0100, a NUL included), and not.
      return k % 5 === 0 ? `C${k}-long-id` : k % 7 === 0 ? `Ω${k}` : k % 11 === 0 ? `\u0000${k}` : k % 13 === 0 ? `é${k}` : String(k);
    };
    for (let i = 0; i < 400_000; i++) {
      const id = ids(i);
      if (!reference.has(id)) reference.set(id, reference.size);
      expected.push(reference.get(id)!);
      const line = `${id},2024-01-05,1`;
      // Half the rows each way (an id starting with NUL is left to add: trimming is its business).
      if (i % 2 === 1 || !b.addPlain(line, 0, line.length)) b.add([id, '2024-01-05', '1'], i + 1);
    }
    const batch = b.take(0);
    expect(batch.newCustomerIds).toEqual([...reference.keys()]);
    expect(Array.from(batch.customers)).toEqual(expected);
  });
});
