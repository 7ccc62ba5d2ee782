import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { BGNBD_PARAMS, fitBgNbd } from './bgnbd';
import { bgnbdFamilyLogLikelihood, bgnbdScratch } from './bgnbdFamily';
import { compressRfm } from './compress';
import { ModelFitError } from './fitResult';
import { fitMbgNbd } from './mbgnbd';
import { prepareRfm } from './rfmPrepared';
import { simulateBgNbdCustomers } from './simulate';
import { evenAges, gradientMismatch, numericGradient } from './testing';

const TRUTH = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };

function simulated(seed: number, customers: number, dropoutAtFirstPurchase = false) {
  const rng = createRng(seed);
  // Customers who joined over half a year: T between 26 and 52 weeks.
  const sim = simulateBgNbdCustomers(TRUTH, evenAges(customers, 26, 52), rng, dropoutAtFirstPurchase);
  return compressRfm('week', sim.frequency, sim.recency, sim.age);
}

describe('BG/NBD and MBG/NBD likelihood', () => {
  it('analytic gradients agree with central differences', () => {
    const prepared = prepareRfm(simulated(3, 800));
    const scratch = bgnbdScratch(prepared);
    for (const shift of [0, 1] as const) {
      for (const point of [
        [0.25, 4, 0.8, 2.5],
        [1.7, 0.3, 3.1, 0.4],
        [0.05, 40, 0.2, 9],
      ]) {
        const params = Float64Array.from(point);
        const analytic = new Float64Array(4);
        bgnbdFamilyLogLikelihood(prepared, shift, params, analytic, scratch);
        const numeric = numericGradient((p) => bgnbdFamilyLogLikelihood(prepared, shift, p, null, scratch), params);
        expect(gradientMismatch(analytic, numeric), `shift ${shift} at ${point.join(', ')}`).toBeLessThan(1e-5);
      }
    }
  });

  it('is NaN outside the parameter space, which the optimiser treats as a wall', () => {
    const prepared = prepareRfm(simulated(3, 50));
    expect(bgnbdFamilyLogLikelihood(prepared, 0, Float64Array.of(-1, 4, 0.8, 2.5), null, bgnbdScratch(prepared))).toBeNaN();
  });
});

describe('BG/NBD parameter recovery', () => {
  it('the true parameters fall inside the 95% intervals for at least 4 of 5 seeds (5,000 customers each)', () => {
    // A 95% interval misses the truth 5% of the time by design, so one seed in five may miss
    // for any one parameter without anything being wrong; over 100 seeds these intervals
    // covered r, alpha, a, b 94, 96, 94 and 94 times.
    const covered: Record<string, number> = { r: 0, alpha: 0, a: 0, b: 0 };
    for (let seed = 1; seed <= 5; seed++) {
      const fit = fitBgNbd(simulated(seed, 5000));
      expect(fit.converged).toBe(true);
      expect(fit.n).toBe(5000);
      for (const k of BGNBD_PARAMS) {
        if (fit.ci95[k].lower <= TRUTH[k] && TRUTH[k] <= fit.ci95[k].upper) covered[k] = (covered[k] ?? 0) + 1;
      }
    }
    for (const k of BGNBD_PARAMS) expect(covered[k], `seeds whose interval holds ${k}`).toBeGreaterThanOrEqual(4);
  });

  it('MBG/NBD recovers its parameters from MBG/NBD customers', () => {
    const fit = fitMbgNbd(simulated(11, 5000, true));
    expect(fit.converged).toBe(true);
    for (const k of BGNBD_PARAMS) {
      // Three standard errors: one seed only, so a wider net than the 95% interval.
      expect(Math.abs(Math.log(fit.params[k] / TRUTH[k])), k).toBeLessThan((3 * fit.standardErrors[k]) / fit.params[k]);
    }
  });
});

describe('BG/NBD fit failures', () => {
  it('says in plain words when there is nothing to fit', () => {
    const none = compressRfm('week', [0, 0, 0], [0, 0, 0], [10, 20, 30]);
    expect(() => fitBgNbd(none)).toThrow(ModelFitError);
    expect(() => fitBgNbd(none)).toThrow(/no customer made a repeat purchase/);
    expect(() => fitBgNbd(compressRfm('week', [], [], []))).toThrow(/there are no customers to fit/);
    expect(() => fitBgNbd(simulated(1, 100), { start: { r: -1 } })).toThrow(/starting value of r must be a positive number/);
  });

  it('warns when the data cannot pin the parameters down', () => {
    // Everyone buys like clockwork and nobody leaves: the dropout chance runs to zero.
    const x = Float64Array.from({ length: 300 }, (_, i) => 10 + (i % 5));
    const fit = fitBgNbd(compressRfm('week', x, x, Float64Array.from(x, (v) => v + 0.5)));
    expect(fit.warnings.join(' ')).toMatch(/ran to the edge of its range/);
  });
});
