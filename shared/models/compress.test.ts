import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { bgnbdLogLikelihood } from './bgnbd';
import { compressRfm, compressSpend, indexDistinct, totalWeight } from './compress';
import { gammaGammaLogLikelihood } from './gammaGamma';
import { paretoNbdLogLikelihood } from './paretoNbd';

describe('compressRfm', () => {
  it('merges identical (x, t_x, T) rows into one with their count as weight', () => {
    const rows = compressRfm('week', [0, 2, 0, 2, 1, 0], [0, 30.43, 0, 30.43, 1.71, 0], [38.86, 38.86, 38.86, 38.86, 38.86, 20]);
    expect(Array.from(rows.frequency)).toEqual([0, 2, 1, 0]);
    expect(Array.from(rows.recency)).toEqual([0, 30.43, 1.71, 0]);
    expect(Array.from(rows.age)).toEqual([38.86, 38.86, 38.86, 20]);
    expect(Array.from(rows.weight)).toEqual([2, 2, 1, 1]);
    expect(rows.timeUnit).toBe('week');
  });

  it('adds given weights, and treats -0 as 0', () => {
    const rows = compressRfm('day', [0, 0], [0, -0], [5, 5], [3, 4]);
    expect(Array.from(rows.weight)).toEqual([7]);
  });

  it('leaves every likelihood unchanged', () => {
    // Many duplicates: integer-day times over a short window, as real data have.
    const rng = createRng(7);
    const n = 3000;
    const x = new Float64Array(n);
    const tx = new Float64Array(n);
    const T = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      T[i] = 1 + Math.floor(rng.next() * 20);
      x[i] = rng.next() < 0.5 ? 0 : 1 + Math.floor(rng.next() * 4);
      tx[i] = x[i] === 0 ? 0 : Math.min(T[i] ?? 0, Math.floor(rng.next() * 21));
    }
    const compressed = compressRfm('day', x, tx, T);
    const raw = { timeUnit: 'day' as const, frequency: x, recency: tx, age: T, weight: new Float64Array(n).fill(1) };
    expect(compressed.frequency.length).toBeLessThan(n / 3);
    expect(totalWeight(compressed.weight)).toBe(n);
    const bg = { r: 0.4, alpha: 3, a: 0.9, b: 2.2 };
    expect(bgnbdLogLikelihood(compressed, bg)).toBeCloseTo(bgnbdLogLikelihood(raw, bg), 8);
    const pn = { r: 0.4, alpha: 3, s: 0.7, beta: 9 };
    expect(paretoNbdLogLikelihood(compressed, pn)).toBeCloseTo(paretoNbdLogLikelihood(raw, pn), 8);
  });

  it('names the first row no customer summary could have', () => {
    expect(() => compressRfm('week', [1.5], [1], [2])).toThrow(/row 1 .*whole number/);
    expect(() => compressRfm('week', [1, 2], [1, 3], [2, 2])).toThrow(/row 2 .*recency must be between 0 and the age/);
    expect(() => compressRfm('week', [0], [1], [2])).toThrow(/without repeat purchases has recency 0/);
    expect(() => compressRfm('week', [0], [0], [0])).toThrow(/age must be a positive/);
    expect(() => compressRfm('week', [0], [0], [1, 2])).toThrow(/same length/);
  });
});

describe('compressSpend', () => {
  it('leaves out customers without repeat purchases and merges identical (x, mean spend)', () => {
    const rows = compressSpend([0, 2, 2, 3], [0, 22.35, 22.35, 11.77]);
    expect(Array.from(rows.frequency)).toEqual([2, 3]);
    expect(Array.from(rows.meanSpend)).toEqual([22.35, 11.77]);
    expect(Array.from(rows.weight)).toEqual([2, 1]);
    const raw = { frequency: Float64Array.of(2, 2, 3), meanSpend: Float64Array.of(22.35, 22.35, 11.77), weight: Float64Array.of(1, 1, 1) };
    const params = { p: 6, q: 4, gamma: 15 };
    expect(gammaGammaLogLikelihood(rows, params)).toBeCloseTo(gammaGammaLogLikelihood(raw, params), 10);
  });

  it('refuses a repeat buyer without a positive mean spend', () => {
    expect(() => compressSpend([2], [0])).toThrow(/row 1 .*must be positive/);
  });
});

describe('indexDistinct', () => {
  it('gives each value an index into its distinct values', () => {
    const d = indexDistinct([3, 1, 3, 2, 1]);
    expect(Array.from(d.values)).toEqual([3, 1, 2]);
    expect(Array.from(d.index)).toEqual([0, 1, 0, 2, 1]);
  });
});
