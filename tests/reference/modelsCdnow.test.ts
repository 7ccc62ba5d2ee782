import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, fitBgNbd } from '../../shared/models/bgnbd';
import { compressRfm, compressSpend } from '../../shared/models/compress';
import { fitGammaGamma, frequencySpendCorrelation } from '../../shared/models/gammaGamma';
import { fitMbgNbd } from '../../shared/models/mbgnbd';
import { fitParetoNbd, paretoNbdLogLikelihood } from '../../shared/models/paretoNbd';
import { bgnbdExpectedPurchases, bgnbdProbabilityAlive } from '../../shared/models/predictBgNbd';
import { referenceFile } from './sharedData';

const summary = referenceFile('cdnow_customers_summary.csv');
const withSpend = referenceFile('cdnow_customers_summary_with_transactions.csv');

/** Numeric columns of a small CSV with a header line. */
function readColumns(path: string): number[][] {
  const lines = readFileSync(path, 'utf8').trim().split('\n').slice(1);
  const rows = lines.map((l) => l.split(',').map(Number));
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, k) => rows.map((r) => r[k] ?? NaN));
}

function cdnowRows() {
  const [, frequency = [], recency = [], age = []] = readColumns(summary.path);
  expect(frequency).toHaveLength(2357);
  return compressRfm('week', frequency, recency, age);
}

/** Rounds to the number of decimals a published table printed. */
const printed = (value: number, decimals: number) => Number(value.toFixed(decimals));

describe('CDNOW sample (2,357 customers, weeks): published model estimates', () => {
  it.skipIf(!summary.available)('BG/NBD: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4 (Fader, Hardie & Lee 2005)', () => {
    const rows = cdnowRows();
    const fit = fitBgNbd(rows);
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(2357);
    expect(fit.timeUnit).toBe('week');
    expect(printed(fit.params.r, 3)).toBe(0.243);
    expect(printed(fit.params.alpha, 3)).toBe(4.414);
    expect(printed(fit.params.a, 3)).toBe(0.793);
    expect(printed(fit.params.b, 3)).toBe(2.426);
    expect(printed(fit.logLikelihood, 1)).toBe(-9582.4);
    expect(fit.warnings).toEqual([]);
    // Every interval holds its estimate and is positive.
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(fit.ci95[k].lower).toBeGreaterThan(0);
      expect(fit.ci95[k].lower).toBeLessThan(fit.params[k]);
      expect(fit.ci95[k].upper).toBeGreaterThan(fit.params[k]);
      expect(fit.standardErrors[k]).toBeGreaterThan(0);
    }
    // The published parameters cannot be better than the optimum found.
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgnbdLogLikelihood(rows, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }));
    expect(fit.aic).toBeCloseTo(2 * 4 - 2 * fit.logLikelihood, 9);
  });

  it.skipIf(!summary.available)('BG/NBD predictions for the paper\'s example customer (x = 2, t_x = 30.43, T = 38.86): 1.226 purchases in the next 39 weeks', () => {
    const fit = fitBgNbd(cdnowRows());
    const customer = { frequency: 2, recency: 30.43, age: 38.86, timeUnit: 'week' as const };
    expect(printed(bgnbdExpectedPurchases(fit, customer, { amount: 39, unit: 'week' }), 3)).toBe(1.226);
    expect(bgnbdProbabilityAlive(fit, customer)).toBeCloseTo(0.7266, 3);
  });

  it.skipIf(!summary.available)('MBG/NBD converges where the lifetimes library reports: r = 0.525, alpha = 6.183, a = 0.891, b = 1.614', () => {
    const fit = fitMbgNbd(cdnowRows());
    expect(fit.converged).toBe(true);
    expect(printed(fit.params.r, 3)).toBe(0.525);
    expect(printed(fit.params.alpha, 3)).toBe(6.183);
    expect(printed(fit.params.a, 3)).toBe(0.891);
    expect(printed(fit.params.b, 3)).toBe(1.614);
    // Ours: -9582.13 (no published figure to hold it to; slightly above the BG/NBD's -9582.43).
    expect(printed(fit.logLikelihood, 1)).toBe(-9582.1);
  });

  it.skipIf(!summary.available)('Pareto/NBD: r = 0.553, alpha = 10.578, s = 0.606, beta = 11.669, LL = -9595.0 (Fader, Hardie & Lee 2005; Hardie notes)', () => {
    const rows = cdnowRows();
    const fit = fitParetoNbd(rows);
    expect(fit.converged).toBe(true);
    expect(printed(fit.params.r, 3)).toBe(0.553);
    expect(printed(fit.params.alpha, 3)).toBe(10.578);
    expect(printed(fit.params.s, 3)).toBe(0.606);
    // beta is barely pinned down by these data (standard error about 6): the likelihood at
    // beta = 11.668 and 11.669 differs by about 1e-7. The exact optimum is beta = 11.6679, which
    // an independent high-precision fit confirms; the published 11.669 is within 0.002 of it.
    expect(Math.abs(fit.params.beta - 11.669)).toBeLessThan(0.002);
    expect(fit.standardErrors.beta).toBeGreaterThan(5);
    expect(printed(fit.logLikelihood, 1)).toBe(-9595.0);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(paretoNbdLogLikelihood(rows, { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }));
  });

  it.skipIf(!withSpend.available)('Gamma-Gamma: p = 6.25, q = 3.74, gamma = 15.44 (Fader, Hardie & Lee 2005, "RFM and CLV")', () => {
    const [, x = [], , , zbar = []] = readColumns(withSpend.path);
    const rows = compressSpend(x, zbar);
    const fit = fitGammaGamma(rows);
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(946); // customers with repeat purchases
    expect(printed(fit.params.p, 2)).toBe(6.25);
    expect(printed(fit.params.q, 2)).toBe(3.74);
    // gamma = 15.448 on this file; the file's mean spends are rounded to cents, and gamma is
    // loosely determined (standard error about 4), so the paper's 15.44 is held to 0.01.
    expect(Math.abs(fit.params.gamma - 15.44)).toBeLessThan(0.01);
    expect(printed(fit.logLikelihood, 0)).toBe(-4056);
    // Frequency and spend are only weakly correlated here (0.11): no warning.
    expect(frequencySpendCorrelation(rows)).toBeCloseTo(0.114, 2);
    expect(fit.warnings).toEqual([]);
  });

  it.skipIf(summary.available && withSpend.available)(summary.available ? withSpend.skipReason : summary.skipReason, () => {});
});
