/**
 * Helpers for the models' tests: a finite-difference check of an analytic gradient, and the
 * count of seeds whose 95% interval holds the true value.
 */

/** Central-difference gradient of f at params, relative step 1e-6. */
export function numericGradient(f: (params: Float64Array) => number, params: Float64Array): Float64Array {
  const out = new Float64Array(params.length);
  for (let k = 0; k < params.length; k++) {
    const v = params[k] ?? NaN;
    const h = 1e-6 * Math.max(Math.abs(v), 1e-3);
    const up = Float64Array.from(params);
    const down = Float64Array.from(params);
    up[k] = v + h;
    down[k] = v - h;
    out[k] = (f(up) - f(down)) / (2 * h);
  }
  return out;
}

/** Largest |analytic - numeric| relative to max(1, |numeric|) over the components. */
export function gradientMismatch(analytic: Float64Array, numeric: Float64Array): number {
  let worst = 0;
  for (let k = 0; k < numeric.length; k++) {
    const n = numeric[k] ?? NaN;
    worst = Math.max(worst, Math.abs((analytic[k] ?? NaN) - n) / Math.max(1, Math.abs(n)));
  }
  return worst;
}

/** Spread of ages (T) over [from, to], deterministic: customers who joined evenly over a window. */
export function evenAges(count: number, from: number, to: number): Float64Array {
  return Float64Array.from({ length: count }, (_, i) => from + ((to - from) * (i + 0.5)) / count);
}
