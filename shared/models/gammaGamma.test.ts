import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { currency } from '../units';
import { compressSpend } from './compress';
import { GAMMA_GAMMA_PARAMS, fitGammaGamma, frequencySpendCorrelation, gammaGammaPreparedLogLikelihood, prepareSpend } from './gammaGamma';
import { gammaGammaExpectedSpend, gammaGammaPopulationMeanSpend } from './predictGammaGamma';
import { simulateGammaGammaMeanSpend } from './simulate';
import { gradientMismatch, numericGradient } from './testing';

const TRUTH = { p: 6, q: 4, gamma: 15 };

/** Repeat-purchase counts like a real base's: mostly 1-3, a tail to about 20. */
function frequencies(seed: number, customers: number): Float64Array {
  const rng = createRng(seed, 1);
  return Float64Array.from({ length: customers }, () => 1 + Math.floor(-Math.log(1 - rng.next()) * 3));
}

function simulated(seed: number, customers: number) {
  const x = frequencies(seed, customers);
  return compressSpend(x, simulateGammaGammaMeanSpend(TRUTH, x, createRng(seed, 2)));
}

describe('Gamma-Gamma likelihood', () => {
  it('the analytic gradient agrees with central differences', () => {
    const prepared = prepareSpend(simulated(5, 400));
    for (const point of [
      [6, 4, 15],
      [0.4, 1.2, 300],
      [40, 25, 2],
    ]) {
      const params = Float64Array.from(point);
      const analytic = new Float64Array(3);
      gammaGammaPreparedLogLikelihood(prepared, params, analytic);
      const numeric = numericGradient((p) => gammaGammaPreparedLogLikelihood(prepared, p, null), params);
      expect(gradientMismatch(analytic, numeric), `at ${point.join(', ')}`).toBeLessThan(1e-5);
    }
  });
});

describe('Gamma-Gamma parameter recovery', () => {
  it('the true parameters fall inside the 95% intervals for at least 4 of 5 seeds (5,000 customers each)', () => {
    // 95% intervals miss 5% of the time, so one miss in five seeds is expected now and then.
    const covered: Record<string, number> = { p: 0, q: 0, gamma: 0 };
    for (let seed = 1; seed <= 5; seed++) {
      const fit = fitGammaGamma(simulated(seed, 5000));
      expect(fit.converged).toBe(true);
      for (const k of GAMMA_GAMMA_PARAMS) {
        if (fit.ci95[k].lower <= TRUTH[k] && TRUTH[k] <= fit.ci95[k].upper) covered[k] = (covered[k] ?? 0) + 1;
      }
    }
    for (const k of GAMMA_GAMMA_PARAMS) expect(covered[k], `seeds whose interval holds ${k}`).toBeGreaterThanOrEqual(4);
  });
});

describe('Gamma-Gamma independence check', () => {
  it('warns when frequent buyers spend differently per purchase', () => {
    // Spend per purchase falling with frequency: the model's independence assumption fails.
    const x = frequencies(9, 2000);
    const rng = createRng(9, 3);
    const spend = Float64Array.from(x, (v) => 100 / v + 5 * rng.next());
    const rows = compressSpend(x, spend);
    expect(frequencySpendCorrelation(rows)).toBeLessThan(-0.3);
    const fit = fitGammaGamma(rows, { allowUnconverged: true });
    expect(fit.warnings.join(' ')).toMatch(/Frequency and mean spend are correlated \(Pearson -0\.\d\d\)/);
  });

  it('stays quiet on independent data', () => {
    const rows = simulated(4, 3000);
    expect(Math.abs(frequencySpendCorrelation(rows))).toBeLessThan(0.1);
    expect(fitGammaGamma(rows).warnings).toEqual([]);
  });
});

describe('Gamma-Gamma expected spend', () => {
  const params = { p: 6.25, q: 3.74, gamma: 15.44 };
  it('shrinks a customer\'s mean towards the population mean, less so the more they bought', () => {
    const population = gammaGammaPopulationMeanSpend(params);
    expect(population).toBeCloseTo((6.25 * 15.44) / 2.74, 10);
    const one = gammaGammaExpectedSpend(params, 1, currency(100));
    const ten = gammaGammaExpectedSpend(params, 10, currency(100));
    expect(one).toBeGreaterThan(population);
    expect(one).toBeLessThan(ten);
    expect(ten).toBeLessThan(100);
    expect(gammaGammaExpectedSpend(params, 0, currency(0))).toBe(population);
  });

  it('is not a number when the population mean is infinite (q <= 1)', () => {
    expect(gammaGammaPopulationMeanSpend({ p: 2, q: 0.9, gamma: 10 })).toBeNaN();
  });
});
