import { describe, expect, it } from 'vitest';
import { invertPositiveDefinite, minimize, minimizeBfgs, minimizeNelderMead, numericalHessian, type Objective } from './optimize';

/** Rosenbrock's banana valley, minimum 0 at (1, 1): the classic hard case for simple descent. */
const rosenbrock = (withGradient: boolean): Objective => ({
  dimension: 2,
  value: (t) => {
    const x = t[0] ?? NaN;
    const y = t[1] ?? NaN;
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
  },
  ...(withGradient
    ? {
        valueAndGradient: (t: Float64Array, g: Float64Array) => {
          const x = t[0] ?? NaN;
          const y = t[1] ?? NaN;
          g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
          g[1] = 200 * (y - x * x);
          return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
        },
      }
    : {}),
});

describe('BFGS', () => {
  it('finds the minimum of Rosenbrock with an analytic gradient', () => {
    const r = minimizeBfgs(rosenbrock(true), Float64Array.of(-1.2, 1));
    expect(r.converged).toBe(true);
    expect(r.failureReason).toBe('');
    expect(r.theta[0]).toBeCloseTo(1, 6);
    expect(r.theta[1]).toBeCloseTo(1, 6);
    expect(r.iterations).toBeGreaterThan(5);
  });

  it('finds it with central-difference gradients too', () => {
    const r = minimizeBfgs(rosenbrock(false), Float64Array.of(-1.2, 1), { gradientTolerance: 1e-6 });
    expect(r.converged).toBe(true);
    expect(r.theta[0]).toBeCloseTo(1, 5);
    expect(r.theta[1]).toBeCloseTo(1, 5);
  });

  it('reports a non-finite start in plain words instead of throwing', () => {
    const r = minimizeBfgs({ dimension: 1, value: () => NaN }, Float64Array.of(0));
    expect(r.converged).toBe(false);
    expect(r.failureReason).toMatch(/not a finite number at the starting point/);
  });

  it('backs off from a region where the objective is not finite', () => {
    // Minimum at x = 0.5 next to a wall: values beyond x = 1 are NaN, as a likelihood with
    // an overflowing term would be.
    const wall: Objective = {
      dimension: 1,
      value: (t) => ((t[0] ?? NaN) > 1 ? NaN : ((t[0] ?? NaN) - 0.5) ** 2 - Math.log(1.0001 - (t[0] ?? NaN))),
    };
    const r = minimizeBfgs(wall, Float64Array.of(-3), { maxStep: 10 });
    expect(r.converged).toBe(true);
    expect(Number.isFinite(r.value)).toBe(true);
    expect(r.theta[0]).toBeLessThan(1);
  });
});

describe('Nelder-Mead and the fallback', () => {
  it('Nelder-Mead finds the minimum of Rosenbrock without a gradient', () => {
    const r = minimizeNelderMead(rosenbrock(false), Float64Array.of(-1.2, 1), { maxIterations: 5000 });
    expect(r.converged).toBe(true);
    expect(r.theta[0]).toBeCloseTo(1, 4);
    expect(r.theta[1]).toBeCloseTo(1, 4);
  });

  it('minimize falls back to Nelder-Mead when BFGS cannot start, then polishes with BFGS', () => {
    // The gradient is NaN beyond x = 1 (as a 2F1 that failed to converge would make it), the
    // values are fine everywhere: BFGS cannot start at x = 3, the simplex can.
    const brokenGradient: Objective = {
      dimension: 2,
      value: (t) => ((t[0] ?? 0) - 0.2) ** 2 + ((t[1] ?? 0) + 0.4) ** 2,
      valueAndGradient: (t, g) => {
        const x = t[0] ?? 0;
        const y = t[1] ?? 0;
        g[0] = x > 1 ? NaN : 2 * (x - 0.2);
        g[1] = x > 1 ? NaN : 2 * (y + 0.4);
        return (x - 0.2) ** 2 + (y + 0.4) ** 2;
      },
    };
    const r = minimize(brokenGradient, Float64Array.of(3, 3));
    expect(r.converged).toBe(true);
    expect(r.method).toBe('nelder-mead then bfgs');
    expect(r.notes[0]).toMatch(/BFGS stopped \(the gradient is not a finite number at the starting point\); retried with Nelder-Mead/);
    expect(r.theta[0]).toBeCloseTo(0.2, 8);
    expect(r.theta[1]).toBeCloseTo(-0.4, 8);
  });

  it('says why when nothing works', () => {
    const r = minimize({ dimension: 2, value: () => NaN }, Float64Array.of(0, 0));
    expect(r.converged).toBe(false);
    expect(r.failureReason).toMatch(/not a finite number/);
  });
});

describe('Hessian and its inverse', () => {
  // f = 0.5 t' A t + sin(t0): Hessian A - diag(sin(t0), 0).
  const A = [4, 1, 1, 3];
  const quadratic = (withGradient: boolean): Objective => ({
    dimension: 2,
    value: (t) => {
      const x = t[0] ?? 0;
      const y = t[1] ?? 0;
      return 0.5 * (4 * x * x + 2 * x * y + 3 * y * y) + Math.sin(x);
    },
    ...(withGradient
      ? {
          valueAndGradient: (t: Float64Array, g: Float64Array) => {
            const x = t[0] ?? 0;
            const y = t[1] ?? 0;
            g[0] = 4 * x + y + Math.cos(x);
            g[1] = x + 3 * y;
            return 0.5 * (4 * x * x + 2 * x * y + 3 * y * y) + Math.sin(x);
          },
        }
      : {}),
  });

  it('is accurate from gradients and from values alone', () => {
    const at = Float64Array.of(0.7, -0.3);
    for (const withGradient of [true, false]) {
      const h = numericalHessian(quadratic(withGradient), at);
      const want = [4 - Math.sin(0.7), 1, 1, 3];
      for (let i = 0; i < 4; i++) expect(h[i]).toBeCloseTo(want[i] ?? NaN, 6);
    }
  });

  it('inverts a positive definite matrix and refuses one that is not', () => {
    const inv = invertPositiveDefinite(Float64Array.from(A), 2);
    expect(inv).not.toBeNull();
    const det = 4 * 3 - 1;
    const want = [3 / det, -1 / det, -1 / det, 4 / det];
    for (let i = 0; i < 4; i++) expect(inv?.[i]).toBeCloseTo(want[i] ?? NaN, 14);
    expect(invertPositiveDefinite(Float64Array.of(1, 2, 2, 1), 2)).toBeNull();
  });
});
