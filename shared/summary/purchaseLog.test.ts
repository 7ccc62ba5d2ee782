import { describe, expect, it } from 'vitest';
import { foldCustomerSummaries, type CustomerSummary } from './foldCustomerSummary';
import { PurchaseLog } from './purchaseLog';

type Row = [customer: number, day: number, value: number];

/** The reference: the ordered fold over purchases sorted as the table's index returns them. */
function ordered(rows: Row[], end: number): CustomerSummary<number>[] {
  const out: CustomerSummary<number>[] = [];
  const fold = foldCustomerSummaries<number>(end, 'week', (s) => out.push(s));
  const sorted = rows.filter((r) => r[1] <= end).sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [customerId, day, value] of sorted) fold.add({ customerId, day, value });
  fold.end();
  return out;
}

function logged(rows: Row[], end: number, capacity = 1000): CustomerSummary<number>[] | null {
  const log = new PurchaseLog(capacity);
  for (const [c, day, value] of rows) log.add(c, day, value);
  if (!log.complete) return null;
  const out: CustomerSummary<number>[] = [];
  log.summarise(3, end, 'week', (s) => out.push(s));
  return out;
}

describe('PurchaseLog', () => {
  // Out of order, with same-day values whose sum depends on the order of addition
  // (0.1 + 0.2 + 0.3 differs from 0.3 + 0.2 + 0.1 in the last bit).
  const rows: Row[] = [
    [1, 20, 0.3],
    [0, 5, 4],
    [1, 10, 0.3],
    [1, 10, 0.2],
    [2, 30, 1],
    [1, 10, 0.1],
    [1, 20, 0.1],
    [1, 20, 0.2],
    [0, 3, 2.5],
  ];

  it('gives exactly the ordered fold, customers in number order', () => {
    const out = logged(rows, 25)!;
    expect(out).toEqual(ordered(rows, 25));
    expect(out.map((s) => s.customerId)).toEqual([0, 1]);
    expect(out[1]!.totalSpend).toBe(0.1 + 0.2 + 0.3 + 0.1 + 0.2 + 0.3);
  });

  it('grows past its first allocation', () => {
    const many: Row[] = Array.from({ length: 200_000 }, (_, i) => [i % 3, (i * 7) % 365, (i % 13) / 10]);
    expect(logged(many, 400, 1_000_000)).toEqual(ordered(many, 400));
  });

  it('says it is incomplete once past its capacity', () => {
    const many: Row[] = Array.from({ length: 70_000 }, (_, i) => [i % 3, i % 365, 1]);
    expect(logged(many, 400, 69_999)).toBeNull();
    expect(logged(many, 400, 70_000)).not.toBeNull();
  });
});
