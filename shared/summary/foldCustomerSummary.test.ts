import { describe, expect, it } from 'vitest';
import { foldCustomerSummaries, type CustomerSummary } from './foldCustomerSummary';

const fold = (rows: [string, number, number][], end: number, unit: 'day' | 'week' | 'month' = 'week') => {
  const out: CustomerSummary[] = [];
  const f = foldCustomerSummaries(end, unit, (s) => out.push(s));
  for (const [customerId, day, value] of rows) f.add({ customerId, day, value });
  f.end();
  return out;
};

describe('foldCustomerSummaries', () => {
  it('summarises each customer: repeat days, recency, age, spend', () => {
    const [a, b] = fold(
      [
        ['a', 0, 10],
        ['a', 0, 5],
        ['a', 14, 20],
        ['a', 28, 40],
        ['b', 7, 7],
      ],
      35,
    );
    expect(a).toEqual({
      customerId: 'a', firstPurchaseDay: 0, lastPurchaseDay: 28, purchaseDays: 3, frequency: 2,
      recency: 4, age: 5, totalSpend: 75, averageSpend: 25, repeatAverageSpend: 30,
    });
    expect(b).toMatchObject({ frequency: 0, recency: 0, age: 4, repeatAverageSpend: 0 });
  });

  it('measures in days and average months as asked', () => {
    expect(fold([['a', 0, 1]], 35, 'day')[0]!.age).toBe(35);
    expect(fold([['a', 0, 1]], 365.25, 'month')[0]!.age).toBeCloseTo(12, 12);
  });

  it('counts same-day purchases as one purchase day, adding their values', () => {
    expect(fold([['a', 5, 1], ['a', 5, 2], ['a', 9, 4], ['a', 9, 4]], 10)[0]).toMatchObject({ purchaseDays: 2, frequency: 1, totalSpend: 11, repeatAverageSpend: 8 });
  });

  it('refuses rows out of order rather than summarising them wrongly', () => {
    expect(() => fold([['a', 5, 1], ['a', 4, 1]], 10)).toThrow(/not in date order/);
  });
});
