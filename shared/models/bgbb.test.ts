import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { BGBB_PARAMS, bgbbLogLikelihood, compressDiscrete, fitBgBb } from './bgbb';
import { simulateBgBbCustomers } from './simulate';

const TRUTH = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 };

describe('BG/BB likelihood', () => {
  it('is a probability distribution over all histories of n periods', () => {
    for (const n of [1, 3, 6, 11]) {
      const x: number[] = [0];
      const tx: number[] = [0];
      for (let last = 1; last <= n; last++) {
        for (let count = 1; count <= last; count++) {
          x.push(count);
          tx.push(last);
        }
      }
      // A history is one ordered sequence; (x, t_x) stands for C(t_x - 1, x - 1) of them.
      const sequences = x.map((c, i) => (c === 0 ? 1 : binomial((tx[i] ?? 0) - 1, c - 1)));
      let total = 0;
      x.forEach((c, i) => {
        const one = { frequency: Float64Array.of(c), recency: Float64Array.of(tx[i] ?? 0), periods: Float64Array.of(n), weight: Float64Array.of(1) };
        total += (sequences[i] ?? 0) * Math.exp(bgbbLogLikelihood(one, TRUTH));
      });
      expect(total, `n = ${n}`).toBeCloseTo(1, 12);
    }
  });

  it('refuses histories no customer could have', () => {
    const bad = { frequency: Float64Array.of(3), recency: Float64Array.of(2), periods: Float64Array.of(6), weight: Float64Array.of(1) };
    expect(() => bgbbLogLikelihood(bad, TRUTH)).toThrow(/row 1 .*frequency <= recency <= periods/);
  });
});

describe('BG/BB parameter recovery', () => {
  it('recovers the parameters of 10,000 simulated donors to within three standard errors', () => {
    // One seed, so a wider net than the 95% interval (which misses one time in twenty).
    const sim = simulateBgBbCustomers(TRUTH, 10_000, 6, createRng(21));
    const rows = compressDiscrete(sim.frequency, sim.recency, sim.periods);
    expect(rows.frequency.length).toBeLessThanOrEqual(22);
    const fit = fitBgBb(rows);
    expect(fit.converged).toBe(true);
    for (const k of BGBB_PARAMS) {
      expect(Math.abs(Math.log(fit.params[k] / TRUTH[k])), k).toBeLessThan((3 * fit.standardErrors[k]) / fit.params[k]);
    }
  });
});

function binomial(n: number, k: number): number {
  let v = 1;
  for (let i = 1; i <= k; i++) v = (v * (n - k + i)) / i;
  return v;
}
