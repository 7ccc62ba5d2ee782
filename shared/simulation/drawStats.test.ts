import { describe, expect, it } from 'vitest';
import { headlineOf, kpiBandOf, medianStandardError, percentile, upgradeStoredResults } from './drawStats';
import { KPI_KEYS, type SimulationResults } from './results';

/** The standard normal quantile, by bisection on the normal CDF (Abramowitz & Stegun 7.1.26): exact enough for known inputs. */
function normalQuantile(p: number): number {
  const cdf = (x: number): number => {
    // Abramowitz & Stegun 7.1.26 (error below 1.5e-7).
    const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
    const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(x * x) / 2);
    return x >= 0 ? (1 + y) / 2 : (1 - y) / 2;
  };
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('percentile', () => {
  it('interpolates between order statistics', () => {
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], 0.1)).toBe(20);
    expect(percentile([0, 10], 0.9)).toBeCloseTo(9, 12);
    expect(percentile([7], 0.1)).toBe(7);
  });
});

describe('medianStandardError', () => {
  it('is null below five draws', () => {
    expect(medianStandardError([1, 2, 3, 4])).toBeNull();
    expect(medianStandardError([1, 2, 3, 4, 5])).not.toBeNull();
  });

  it('matches the uniform distribution: 1 / (2 f(median) sqrt n)', () => {
    const values = Array.from({ length: 100 }, (_, i) => i); // density 1/100 on [0, 100)
    // Quantiles at 0.45 and 0.55 of 0..99 are 44.55 and 54.45: half their distance.
    expect(medianStandardError(values)).toBeCloseTo(4.95, 10);
    expect(medianStandardError(values)! / 5).toBeGreaterThan(0.97); // theory: 100 / (2 * 10) = 5
  });

  it('tends to 1.2533 sigma / sqrt(n) for a normal spread', () => {
    for (const n of [40, 400, 4000]) {
      const sigma = 3;
      const values = Array.from({ length: n }, (_, i) => 100 + sigma * normalQuantile((i + 0.5) / n));
      const expected = (Math.sqrt(Math.PI / 2) * sigma) / Math.sqrt(n);
      expect(Math.abs(medianStandardError(values)! / expected - 1)).toBeLessThan(n === 40 ? 0.08 : 0.03);
    }
  });

  it('shrinks as the draws grow', () => {
    const spread = (n: number) => Array.from({ length: n }, (_, i) => normalQuantile((i + 0.5) / n));
    expect(medianStandardError(spread(50))!).toBeLessThan(medianStandardError(spread(10))!);
  });
});

describe('headlineOf and kpiBandOf', () => {
  it('is the base case with one draw', () => {
    expect(headlineOf([42])).toBe(42);
    expect(headlineOf([null])).toBeNull();
    const band = kpiBandOf('incrementalRevenue', 'currency', [42]);
    expect(band).toEqual({ key: 'incrementalRevenue', unit: 'currency', headline: 42, base: 42, p10: 42, p50: 42, p90: 42, mcStandardError: null, drawsWithValue: 1 });
  });

  it('is the median over the draws, not the base case, with several: skewed draws put the base outside', () => {
    // The base case (draw 0, every assumption at its mode) below a right-skewed spread.
    const values = [100, 130, 150, 170, 140, 160, 180, 200, 120, 190];
    const band = kpiBandOf('incrementalRevenue', 'currency', values);
    expect(band.base).toBe(100);
    expect(band.headline).toBe(155);
    expect(band.p50).toBe(155);
    expect(band.p10).toBeCloseTo(118, 10);
    expect(band.p90).toBeCloseTo(191, 10);
    expect(band.headline!).toBeGreaterThanOrEqual(band.p10!);
    expect(band.headline!).toBeLessThanOrEqual(band.p90!);
    expect(band.mcStandardError).toBeGreaterThan(0);
    expect(band.drawsWithValue).toBe(10);
  });

  it('counts draws without a value, and has no headline when fewer than half have one', () => {
    const reached = kpiBandOf('paybackWeeksCash', 'weeks', [20, null, 24, 30, null, 22]);
    expect(reached.drawsWithValue).toBe(4);
    expect(reached.headline).toBe(23); // median of 20, 22, 24, 30
    expect(reached.p10).toBeCloseTo(20.6, 10);
    const rare = kpiBandOf('paybackWeeksCash', 'weeks', [null, null, 40, null, 44, null]);
    expect(rare.drawsWithValue).toBe(2);
    expect(rare.headline).toBeNull();
    expect(rare.p50).toBe(42); // the spread where it was reached is still reported
    expect(rare.base).toBeNull();
    const half = kpiBandOf('paybackWeeksCash', 'weeks', [null, 10, null, 12]);
    expect(half.headline).toBe(11);
  });

  it('ignores non-finite values as missing', () => {
    const band = kpiBandOf('roi', 'ratio', [Number.NaN, 0.1, 0.2, Number.POSITIVE_INFINITY, 0.3]);
    expect(band.drawsWithValue).toBe(3);
    expect(band.base).toBeNull();
    expect(band.headline).toBeCloseTo(0.2, 12);
  });
});

describe('upgradeStoredResults', () => {
  it('reads a run stored before headlines: P50 as the headline, the cash payback kept, missing figures empty', () => {
    const old = {
      draws: 5,
      kpis: [
        { key: 'incrementalRevenue', unit: 'currency', base: 100, p10: 90, p50: 110, p90: 130 },
        { key: 'paybackWeeks', unit: 'weeks', base: 20, p10: 18, p50: 21, p90: 25 },
        { key: 'npv', unit: 'currency', base: 5, p10: 1, p50: 6, p90: 9 },
      ],
    } as unknown as SimulationResults;
    const r = upgradeStoredResults(old);
    expect(r.kpis.map((k) => k.key)).toEqual([...KPI_KEYS]);
    const revenue = r.kpis.find((k) => k.key === 'incrementalRevenue')!;
    expect(revenue).toMatchObject({ headline: 110, base: 100, mcStandardError: null, drawsWithValue: 5 });
    expect(r.kpis.find((k) => k.key === 'paybackWeeksCash')!.headline).toBe(21);
    expect(r.kpis.find((k) => k.key === 'npvAccrued')).toMatchObject({ headline: null, unit: 'currency', drawsWithValue: 0 });
    expect(Number.isNaN(r.discountRatePerYear)).toBe(true);
    // Today's results pass through untouched.
    expect(upgradeStoredResults(r)).toBe(r);
  });
});
