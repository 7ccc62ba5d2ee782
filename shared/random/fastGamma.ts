/**
 * A Gamma(shape, 1) / shape draw (mean 1) from a single uniform or normal, for basket values in the
 * simulation's inner loop: the Wilson-Hilferty cube of a normal, with the normal from an
 * inverse-CDF approximation. Exact Marsaglia-Tsang sampling needs a normal pair, a uniform and
 * often a logarithm per draw; this needs one uniform and some arithmetic, and for the shapes
 * spend models give (above about 1) its distribution is within a few per mille of the Gamma's.
 * The cube is rescaled so that the mean is exactly 1: revenue is never biased by the shortcut.
 */
export interface UnitGamma {
  a: number;
  b: number;
  /** 1 / E[(a + b Z)^3] = 1 / (a^3 + 3 a b^2). */
  scale: number;
}

export function unitGamma(shape: number): UnitGamma {
  const a = 1 - 1 / (9 * shape);
  const b = 1 / (3 * Math.sqrt(shape));
  return { a, b, scale: 1 / (a * a * a + 3 * a * b * b) };
}

/** Below this shape the cube approximation is poor; callers use an exact sampler instead. */
export const FAST_GAMMA_MIN_SHAPE = 1;

// Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

export function normalQuantile(u: number): number {
  if (u <= 0) return -8.3;
  if (u >= 1) return 8.3;
  if (u < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(u));
    return (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  }
  if (u > 0.97575) {
    const q = Math.sqrt(-2 * Math.log(1 - u));
    return -(((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  }
  const q = u - 0.5;
  const r = q * q;
  return ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) / (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
}

/** A mean-1 Gamma(shape)/shape draw from the uniform u. */
export function unitGammaAt(g: UnitGamma, u: number): number {
  return unitGammaOf(g, normalQuantile(u));
}

/** A mean-1 Gamma(shape)/shape draw from the standard normal z (e.g. a ziggurat draw). */
export function unitGammaOf(g: UnitGamma, z: number): number {
  const c = g.a + g.b * z;
  return c > 0 ? c * c * c * g.scale : 0;
}
