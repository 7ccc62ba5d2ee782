import { describe, expect, it } from 'vitest';
import { gamma } from '../random/distributions';
import { createRng } from '../random/rng';
import { enrolmentScale } from './engineParams';

/** E[min(1, c lambda^k)] over many draws of lambda ~ Gamma(r, alpha). */
function sampledMeanJoin(r: number, alpha: number, k: number, c: number, n = 400_000): number {
  const rng = createRng(7, Math.round(r * 1000) + Math.round(k * 10));
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.min(1, c * Math.pow(gamma(rng, r, alpha), k));
  return total / n;
}

describe('enrolmentScale', () => {
  it.each([
    [3, 10, 1, 0.65],
    [0.35, 14, 1, 0.65],
    [1.2, 12, 1.5, 0.55],
    [0.9, 9, 0.5, 0.75],
    [1.6, 8, 2.5, 0.3],
    [0.35, 14, -0.5, 0.6],
  ])('enrols the segment at its rate: r %s, alpha %s, power %s, rate %s', (r, alpha, power, rate) => {
    const c = enrolmentScale(r, alpha, power, rate);
    // Checked against draws of its own (a sampling error of about 0.001): exact for a positive
    // power; for a negative one the function solves on 4,000 draws (an error of about 0.01).
    expect(Math.abs(sampledMeanJoin(r, alpha, power, c) - rate)).toBeLessThan(power > 0 ? 0.004 : 0.025);
  });

  it('is the rate itself without self-selection, and nothing at a zero rate', () => {
    expect(enrolmentScale(1.2, 12, 0, 0.6)).toBe(0.6);
    expect(enrolmentScale(1.2, 12, 1, 0)).toBe(0);
  });
});
