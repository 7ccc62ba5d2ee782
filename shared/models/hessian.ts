import { evaluateWithGradient, type Objective } from './objective';

/**
 * The Hessian of the objective at theta (row-major n x n), symmetrised. With an analytic
 * gradient: forward differences of the gradient (step eps^(1/2)); otherwise second differences
 * of values (step eps^(1/4)), which keeps the error near 1e-7 relative for smooth objectives.
 */
export function numericalHessian(objective: Objective, theta: Float64Array): Float64Array {
  const n = theta.length;
  const out = new Float64Array(n * n);
  const probe = Float64Array.from(theta);
  if (objective.valueAndGradient) {
    // Forward differences of the analytic gradient: n + 1 gradients instead of 2n, with an error
    // near 1e-8 relative, far below what standard errors need.
    const at = new Float64Array(n);
    const up = new Float64Array(n);
    evaluateWithGradient(objective, probe, at);
    for (let j = 0; j < n; j++) {
      const x = theta[j] ?? 0;
      const h = Math.sqrt(Number.EPSILON) * Math.max(1, Math.abs(x));
      probe[j] = x + h;
      evaluateWithGradient(objective, probe, up);
      probe[j] = x;
      for (let i = 0; i < n; i++) out[i * n + j] = ((up[i] ?? 0) - (at[i] ?? 0)) / h;
    }
  } else {
    const f0 = objective.value(probe);
    const steps = Array.from(theta, (x) => Math.pow(Number.EPSILON, 0.25) * Math.max(1, Math.abs(x)));
    const at = (i: number, di: number, j: number, dj: number): number => {
      const xi = theta[i] ?? 0;
      const xj = theta[j] ?? 0;
      probe[i] = xi + di * (steps[i] ?? 0);
      probe[j] = (i === j ? probe[j] ?? 0 : xj) + dj * (steps[j] ?? 0);
      const v = objective.value(probe);
      probe[i] = xi;
      probe[j] = xj;
      return v;
    };
    for (let i = 0; i < n; i++) {
      const hi = steps[i] ?? 1;
      out[i * n + i] = (at(i, 1, i, 0) - 2 * f0 + at(i, -1, i, 0)) / (hi * hi);
      for (let j = 0; j < i; j++) {
        const hj = steps[j] ?? 1;
        const v = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * hi * hj);
        out[i * n + j] = v;
        out[j * n + i] = v;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const v = 0.5 * ((out[i * n + j] ?? 0) + (out[j * n + i] ?? 0));
      out[i * n + j] = v;
      out[j * n + i] = v;
    }
  }
  return out;
}

/**
 * The inverse of a symmetric positive definite matrix (row-major) by Cholesky factorisation, or
 * null when it is not positive definite (the fit is not at a proper maximum, or a parameter is
 * not identified by the data).
 */
export function invertPositiveDefinite(matrix: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j] ?? NaN;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] ?? 0) * (l[j * n + k] ?? 0);
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / (l[j * n + j] ?? 1);
      }
    }
  }
  // Invert L, then inverse = L^-T L^-1.
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    inv[i * n + i] = 1 / (l[i * n + i] ?? 1);
    for (let j = 0; j < i; j++) {
      let sum = 0;
      for (let k = j; k < i; k++) sum -= (l[i * n + k] ?? 0) * (inv[k * n + j] ?? 0);
      inv[i * n + j] = sum / (l[i * n + i] ?? 1);
    }
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let k = i; k < n; k++) sum += (inv[k * n + i] ?? 0) * (inv[k * n + j] ?? 0);
      out[i * n + j] = sum;
      out[j * n + i] = sum;
    }
  }
  return Number.isFinite(out.reduce((a, b) => a + b, 0)) ? out : null;
}
