import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { compressRfm } from './compress';
import { fitParetoNbd, PARETO_NBD_PARAMS } from './paretoNbd';
import { paretoLogTail, paretoNbdRowsLogLikelihood, prepareParetoRows } from './paretoNbdLikelihood';
import { prepareRfm } from './rfmPrepared';
import { simulateParetoNbdCustomers } from './simulate';
import { evenAges, gradientMismatch, numericGradient } from './testing';

const TRUTH = { r: 0.55, alpha: 10, s: 0.6, beta: 12 };

function simulated(seed: number, customers: number) {
  const sim = simulateParetoNbdCustomers(TRUTH, evenAges(customers, 26, 52), createRng(seed));
  return compressRfm('week', sim.frequency, sim.recency, sim.age);
}

/** The tail integral by brute force: Simpson's rule after mapping [t, inf) onto (0, 1]. */
function tailByQuadrature(r: number, alpha: number, s: number, beta: number, x: number, t: number): number {
  // u = t + v / (1 - v), du = dv / (1 - v)^2
  const f = (v: number) => {
    if (v >= 1) return 0;
    const u = t + v / (1 - v);
    return Math.pow(alpha + u, -(r + x)) * Math.pow(beta + u, -(s + 1)) / ((1 - v) * (1 - v));
  };
  const n = 200_000;
  let sum = f(0) + f(1);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i / n);
  return Math.log((sum / (3 * n)));
}

describe('Pareto/NBD likelihood', () => {
  it('the 2F1 form of the tail integral agrees with quadrature, for alpha above and below beta', () => {
    for (const [r, alpha, s, beta, x, t] of [
      [0.55, 10.58, 0.61, 11.67, 2, 30.43],
      [0.55, 11.67, 0.61, 10.58, 2, 30.43],
      [1.3, 2, 1.4, 8, 0, 0],
      [0.8, 8, 2.5, 2, 5, 12],
    ] as const) {
      expect(paretoLogTail(r, alpha, s, beta, x, t)).toBeCloseTo(tailByQuadrature(r, alpha, s, beta, x, t), 6);
    }
  });

  it('stays finite when alpha and beta are far apart (z near 1: the expansion around 1)', () => {
    const v = paretoLogTail(0.3, 500, 0.7, 0.2, 0, 0);
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeCloseTo(tailByQuadrature(0.3, 500, 0.7, 0.2, 0, 0), 4);
  });

  it('analytic gradients agree with central differences', () => {
    const prepared = prepareParetoRows(prepareRfm(simulated(2, 600)));
    for (const point of [
      [0.55, 10, 0.6, 12],
      [0.55, 12, 0.6, 10],
      [2.1, 0.7, 1.6, 30],
      [0.3, 60, 0.4, 1.5], // alpha far above beta: the tail's series goes past z = 0.9 for some rows
    ]) {
      const params = Float64Array.from(point);
      const analytic = new Float64Array(4);
      paretoNbdRowsLogLikelihood(prepared, params, analytic);
      const numeric = numericGradient((p) => paretoNbdRowsLogLikelihood(prepared, p, null), params);
      expect(gradientMismatch(analytic, numeric), `at ${point.join(', ')}`).toBeLessThan(1e-5);
    }
  });
});

describe('Pareto/NBD parameter recovery', () => {
  it('recovers the parameters of 4,000 simulated customers to within three standard errors', () => {
    // One seed only (the Pareto/NBD fits slower than the BG/NBD), so a wider net than the 95%
    // interval, which by design misses one time in twenty (here it does miss s by 0.02).
    const fit = fitParetoNbd(simulated(1, 4000));
    expect(fit.converged).toBe(true);
    for (const k of PARETO_NBD_PARAMS) {
      const logSe = fit.standardErrors[k] / fit.params[k];
      expect(Math.abs(Math.log(fit.params[k] / TRUTH[k])), k).toBeLessThan(3 * logSe);
    }
  });
});
