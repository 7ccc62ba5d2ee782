import type { Rng } from './rng';

/** Draws from the distributions the customer models use. Parameters follow the rate convention. */

/** Uniform in (0, 1): never exactly 0, so logarithms stay finite. */
export function uniformOpen(rng: Rng): number {
  let u = rng.next();
  while (u === 0) u = rng.next();
  return u;
}

export function exponential(rng: Rng, rate: number): number {
  return -Math.log(uniformOpen(rng)) / rate;
}

/** Standard normal by the polar method (no cached second value, so streams stay simple). */
export function standardNormal(rng: Rng): number {
  for (;;) {
    const u = 2 * rng.next() - 1;
    const v = 2 * rng.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

export function normal(rng: Rng, mean: number, sd: number): number {
  return mean + sd * standardNormal(rng);
}

/** Gamma(shape, rate), mean shape/rate; Marsaglia and Tsang (2000) with the shape < 1 boost. */
export function gamma(rng: Rng, shape: number, rate: number): number {
  if (!(shape > 0) || !(rate > 0)) throw new RangeError(`gamma needs shape > 0 and rate > 0 (got ${shape}, ${rate})`);
  if (shape < 1) {
    const boost = Math.pow(uniformOpen(rng), 1 / shape);
    return gamma(rng, shape + 1, rate) * boost;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniformOpen(rng);
    if (u < 1 - 0.0331 * x * x * x * x) return (d * v) / rate;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

export function beta(rng: Rng, a: number, b: number): number {
  const x = gamma(rng, a, 1);
  const y = gamma(rng, b, 1);
  return x / (x + y);
}

/** Poisson by inversion; fine for the small means the sample uses (up to a few dozen). */
export function poisson(rng: Rng, mean: number): number {
  if (mean < 0) throw new RangeError(`poisson needs mean >= 0 (got ${mean})`);
  if (mean === 0) return 0;
  if (mean > 60) return Math.max(0, Math.round(normal(rng, mean, Math.sqrt(mean))));
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  const u = rng.next();
  while (u > cdf) {
    k += 1;
    p *= mean / k;
    cdf += p;
    if (p < 1e-17 && cdf >= 1 - 1e-15) break;
  }
  return k;
}

export function bernoulli(rng: Rng, probability: number): boolean {
  return rng.next() < probability;
}

/** Index drawn with the given (not necessarily normalised) weights. */
export function categorical(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i] ?? 0;
    if (u < 0) return i;
  }
  return weights.length - 1;
}
