/**
 * A Gamma(shape, 1) / shape draw (mean 1) from a single standard normal, for basket values in
 * the simulation's inner loop: the Wilson-Hilferty cube of a normal (the normal from the
 * ziggurat). Exact Marsaglia-Tsang sampling needs a normal, a uniform and often a logarithm per
 * draw; this needs one normal and some arithmetic, and for the shapes spend models give (above
 * about 1) its distribution is within a few per mille of the Gamma's.
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

/** A mean-1 Gamma(shape)/shape draw from the standard normal z (e.g. a ziggurat draw). */
export function unitGammaOf(g: UnitGamma, z: number): number {
  const c = g.a + g.b * z;
  return c > 0 ? c * c * c * g.scale : 0;
}
