import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { beta, categorical, exponential, gamma, normal, poisson } from './distributions';

function moments(draw: () => number, n: number): { mean: number; variance: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

const N = 200_000;

describe('distributions reproduce their moments', () => {
  it('gamma with shape above and below 1', () => {
    for (const [shape, rate] of [
      [0.243, 4.414],
      [2.5, 0.5],
      [6, 52.5],
    ] as const) {
      const rng = createRng(11, shape * 1000);
      const m = moments(() => gamma(rng, shape, rate), N);
      expect(m.mean).toBeCloseTo(shape / rate, 2);
      expect(m.variance / (shape / rate ** 2)).toBeGreaterThan(0.95);
      expect(m.variance / (shape / rate ** 2)).toBeLessThan(1.05);
    }
  });

  it('beta', () => {
    const rng = createRng(12);
    const [a, b] = [0.793, 2.426];
    const m = moments(() => beta(rng, a, b), N);
    expect(m.mean).toBeCloseTo(a / (a + b), 2);
    const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(m.variance).toBeCloseTo(v, 3);
  });

  it('exponential, normal and poisson', () => {
    const rng = createRng(13);
    expect(moments(() => exponential(rng, 0.25), N).mean).toBeCloseTo(4, 1);
    const n = moments(() => normal(rng, 7, 2), N);
    expect(n.mean).toBeCloseTo(7, 1);
    expect(Math.sqrt(n.variance)).toBeCloseTo(2, 1);
    const p = moments(() => poisson(rng, 3.2), N);
    expect(p.mean).toBeCloseTo(3.2, 1);
    expect(p.variance).toBeCloseTo(3.2, 1);
  });

  it('categorical follows its weights', () => {
    const rng = createRng(14);
    const counts = [0, 0, 0];
    for (let i = 0; i < N; i++) counts[categorical(rng, [1, 2, 7])]! += 1;
    expect(counts[0]! / N).toBeCloseTo(0.1, 2);
    expect(counts[2]! / N).toBeCloseTo(0.7, 2);
  });

  it('rejects impossible parameters with a clear error', () => {
    expect(() => gamma(createRng(1), 0, 1)).toThrow(/shape > 0/);
    expect(() => poisson(createRng(1), -1)).toThrow(/mean >= 0/);
  });
});
