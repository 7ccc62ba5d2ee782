import { describe, expect, it } from 'vitest';
import { bgnbdConditionalProbabilityOfPurchases } from './conditionalPurchaseCount';
import { duration } from './modelTime';
import { bgnbdExpectedPurchases } from './predictBgNbd';

/** The published CDNOW BG/NBD fit (weeks). */
const fit = { model: 'bg/nbd' as const, params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' as const };

describe('bgnbdConditionalProbabilityOfPurchases', () => {
  it.each([
    { frequency: 2, recency: 30.43, age: 38.86 },
    { frequency: 0, recency: 0, age: 38.86 },
    { frequency: 12, recency: 20, age: 38.86 },
  ])('is a distribution whose mean is the conditional expectation (x = $frequency, t_x = $recency)', (c) => {
    const customer = { ...c, timeUnit: 'week' as const };
    const horizon = duration(39, 'week');
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      const p = bgnbdConditionalProbabilityOfPurchases(fit, customer, horizon, n);
      expect(p).toBeGreaterThanOrEqual(0);
      total += p;
      mean += n * p;
    }
    expect(total).toBeCloseTo(1, 8);
    expect(mean).toBeCloseTo(bgnbdExpectedPurchases(fit, customer, horizon), 6);
  });
});
