import { describe, expect, it } from 'vitest';
import { Stream } from './stream';
import { exponential, standardNormal } from './ziggurat';

/** The largest gap between the sample's empirical CDF and the exact one (Kolmogorov-Smirnov). */
function ksDistance(sample: number[], cdf: (x: number) => number): number {
  sample.sort((a, b) => a - b);
  let d = 0;
  for (let i = 0; i < sample.length; i++) {
    const f = cdf(sample[i]!);
    d = Math.max(d, Math.abs(f - i / sample.length), Math.abs(f - (i + 1) / sample.length));
  }
  return d;
}

function erf(x: number): number {
  // Abramowitz-Stegun 7.1.26 is too coarse for a KS test of 10^6 draws; integrate the series.
  let sum = x;
  let term = x;
  for (let n = 1; n < 200; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
    if (Math.abs(term) < 1e-17) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}
const normalCdf = (x: number): number => (x < -8 ? 0 : x > 8 ? 1 : Math.abs(x) < 3 ? 0.5 * (1 + erf(x / Math.SQRT2)) : x > 0 ? 1 - tail(x) : tail(-x));
/** Upper normal tail by its continued fraction, for |x| >= 3 where the series loses digits. */
function tail(x: number): number {
  let f = 0;
  for (let k = 60; k >= 1; k--) f = k / (x + f);
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI) / (x + f);
}

const N = 1_000_000;
// At 10^6 draws the 0.1% critical KS distance is 1.95 / sqrt(N) ~ 0.002.
const KS_LIMIT = 1.95 / Math.sqrt(N);

describe('ziggurat draws', () => {
  it('exponential: mean 1, variance 1, the exact CDF, and a tail that reaches past the base layer', () => {
    const rng = new Stream(3, 1);
    const xs: number[] = [];
    for (let i = 0; i < N; i++) xs.push(exponential(rng));
    const mean = xs.reduce((a, b) => a + b, 0) / N;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / N;
    expect(mean).toBeCloseTo(1, 2);
    expect(variance).toBeCloseTo(1, 1);
    expect(xs.every((x) => x >= 0)).toBe(true);
    expect(ksDistance(xs, (x) => 1 - Math.exp(-x))).toBeLessThan(KS_LIMIT);
    // P(X > 7.7) = 4.5e-4: about 450 of 10^6 come from the tail method.
    const beyond = xs.filter((x) => x > 7.7).length;
    expect(beyond).toBeGreaterThan(350);
    expect(beyond).toBeLessThan(560);
  });

  it('standard normal: mean 0, variance 1, symmetric, the exact CDF and its tails', () => {
    const rng = new Stream(5, 2);
    const xs: number[] = [];
    for (let i = 0; i < N; i++) xs.push(standardNormal(rng));
    const mean = xs.reduce((a, b) => a + b, 0) / N;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / N;
    expect(Math.abs(mean)).toBeLessThan(0.005);
    expect(variance).toBeCloseTo(1, 2);
    // P(|Z| > 3.44) = 5.8e-4 on both sides together.
    const upper = xs.filter((x) => x > 3.45).length;
    const lower = xs.filter((x) => x < -3.45).length;
    expect(upper).toBeGreaterThan(200);
    expect(lower).toBeGreaterThan(200);
    expect(Math.abs(upper - lower)).toBeLessThan(100);
    expect(ksDistance(xs, normalCdf)).toBeLessThan(KS_LIMIT);
  });

  it('is reproducible from the stream', () => {
    const a = new Stream(9, 4);
    const b = new Stream(9, 4);
    for (let i = 0; i < 1000; i++) {
      expect(exponential(a)).toBe(exponential(b));
      expect(standardNormal(a)).toBe(standardNormal(b));
    }
  });
});
