import { describe, expect, it } from 'vitest';
import { createRng } from './rng';

const take = (seed: number, stream: number, n: number) => {
  const rng = createRng(seed, stream);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed and stream', () => {
    expect(take(42, 7, 50)).toEqual(take(42, 7, 50));
  });

  it('gives different sequences for different streams and seeds', () => {
    expect(take(42, 7, 5)).not.toEqual(take(42, 8, 5));
    expect(take(42, 7, 5)).not.toEqual(take(43, 7, 5));
  });

  it('draws uniform values in [0, 1) with the right mean and spread', () => {
    const xs = take(1, 0, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
  });

  it('keeps neighbouring streams uncorrelated', () => {
    const a = take(5, 100, 20_000);
    const b = take(5, 101, 20_000);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const ma = mean(a);
    const mb = mean(b);
    let cov = 0;
    for (let i = 0; i < a.length; i++) cov += (a[i]! - ma) * (b[i]! - mb);
    const corr = cov / a.length / (1 / 12);
    expect(Math.abs(corr)).toBeLessThan(0.03);
  });
});
