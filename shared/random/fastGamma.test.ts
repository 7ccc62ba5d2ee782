import { describe, expect, it } from 'vitest';
import { gamma } from './distributions';
import { unitGamma, unitGammaOf } from './fastGamma';
import { Stream } from './stream';
import { standardNormal } from './ziggurat';

describe('fast unit gamma', () => {
  it('has mean 1 and the Gamma variance 1/shape, and matches exact quantiles closely', () => {
    for (const shape of [1.5, 3, 6.25, 12]) {
      const g = unitGamma(shape);
      const rng = new Stream(4, shape * 100);
      const n = 200_000;
      const fast: number[] = [];
      const exact: number[] = [];
      for (let i = 0; i < n; i++) {
        fast.push(unitGammaOf(g, standardNormal(rng)));
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
