import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { gamma } from './distributions';
import { normalQuantile, unitGamma, unitGammaAt } from './fastGamma';

describe('fast unit gamma', () => {
  it('inverts the normal distribution', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 5);
  });

  it('has mean 1 and the Gamma variance 1/shape, and matches exact quantiles closely', () => {
    for (const shape of [1.5, 3, 6.25, 12]) {
      const g = unitGamma(shape);
      const rng = createRng(4, shape * 100);
      const n = 200_000;
      const fast: number[] = [];
      const exact: number[] = [];
      for (let i = 0; i < n; i++) {
        fast.push(unitGammaAt(g, rng.next()));
        exact.push(gamma(rng, shape, shape));
      }
      const mean = fast.reduce((a, b) => a + b, 0) / n;
      const variance = fast.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
      expect(mean).toBeCloseTo(1, 2);
      expect(variance * shape).toBeGreaterThan(0.95);
      expect(variance * shape).toBeLessThan(1.05);
      fast.sort((a, b) => a - b);
      exact.sort((a, b) => a - b);
      for (const q of [0.1, 0.5, 0.9]) expect(Math.abs(fast[Math.floor(q * n)]! - exact[Math.floor(q * n)]!)).toBeLessThan(0.02);
    }
  });
});
