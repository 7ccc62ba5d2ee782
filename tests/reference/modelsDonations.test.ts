import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bgbbLogLikelihood, fitBgBb } from '../../shared/models/bgbb';
import { referenceFile } from './sharedData';

const donations = referenceFile('donations.csv');

describe('Donations (11,104 donors, 6 yearly opportunities): published BG/BB estimates', () => {
  it.skipIf(!donations.available)('alpha = 1.204, beta = 0.750, gamma = 0.657, delta = 2.783, LL = -33225.6 (Fader, Hardie & Shang 2010)', () => {
    const lines = readFileSync(donations.path, 'utf8').trim().split('\n').slice(1);
    const column = (k: number) => Float64Array.from(lines, (l) => Number(l.split(',')[k]));
    const rows = { frequency: column(0), recency: column(1), periods: column(2), weight: column(3) };
    expect(rows.frequency).toHaveLength(22);
    const fit = fitBgBb(rows);
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(11104);
    expect(fit.timeUnit).toBe('period');
    const printed = (v: number, d: number) => Number(v.toFixed(d));
    expect(printed(fit.params.alpha, 3)).toBe(1.204);
    expect(printed(fit.params.beta, 3)).toBe(0.75);
    expect(printed(fit.params.gamma, 3)).toBe(0.657);
    expect(printed(fit.params.delta, 3)).toBe(2.783);
    expect(printed(fit.logLikelihood, 1)).toBe(-33225.6);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgbbLogLikelihood(rows, { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }));
  });

  it.skipIf(donations.available)(donations.skipReason, () => {});
});
