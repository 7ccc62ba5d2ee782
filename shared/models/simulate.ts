import { beta as drawBeta, exponential, gamma as drawGamma } from '../random/distributions';
import type { Rng } from '../random/rng';
import type { BgBbParams } from './bgbb';
import type { BgNbdParams } from './bgnbd';
import type { GammaGammaParams } from './gammaGamma';
import type { ParetoNbdParams } from './paretoNbd';

/** Simulated customers' (x, t_x, T), in the time unit the parameters' rates are per. */
export interface SimulatedRfm {
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
}

/**
 * Customers drawn from the BG/NBD story: rate lambda ~ Gamma(r, alpha), dropout chance
 * p ~ Beta(a, b); purchases arrive at rate lambda, and after each repeat purchase the customer
 * leaves with chance p. With dropoutAtFirstPurchase (the MBG/NBD story) the first purchase, at
 * time 0, is a chance to leave too. One customer per entry of ages (their T).
 */
export function simulateBgNbdCustomers(params: BgNbdParams, ages: ArrayLike<number>, rng: Rng, dropoutAtFirstPurchase = false): SimulatedRfm {
  const n = ages.length;
  const out: SimulatedRfm = { frequency: new Float64Array(n), recency: new Float64Array(n), age: Float64Array.from(ages) };
  for (let i = 0; i < n; i++) {
    const T = ages[i] ?? 0;
    const lambda = drawGamma(rng, params.r, params.alpha);
    const p = drawBeta(rng, params.a, params.b);
    let x = 0;
    let tx = 0;
    let alive = !(dropoutAtFirstPurchase && rng.next() < p);
    let t = 0;
    while (alive) {
      t += exponential(rng, lambda);
      if (t > T) break;
      x++;
      tx = t;
      if (rng.next() < p) alive = false;
    }
    out.frequency[i] = x;
    out.recency[i] = tx;
  }
  return out;
}

/**
 * Customers drawn from the Pareto/NBD story: purchase rate lambda ~ Gamma(r, alpha), dropout
 * rate mu ~ Gamma(s, beta); the customer purchases at rate lambda until an exponential lifetime
 * with rate mu ends.
 */
export function simulateParetoNbdCustomers(params: ParetoNbdParams, ages: ArrayLike<number>, rng: Rng): SimulatedRfm {
  const n = ages.length;
  const out: SimulatedRfm = { frequency: new Float64Array(n), recency: new Float64Array(n), age: Float64Array.from(ages) };
  for (let i = 0; i < n; i++) {
    const T = ages[i] ?? 0;
    const lambda = drawGamma(rng, params.r, params.alpha);
    const mu = drawGamma(rng, params.s, params.beta);
    const end = Math.min(T, exponential(rng, mu));
    let x = 0;
    let tx = 0;
    for (let t = exponential(rng, lambda); t <= end; t += exponential(rng, lambda)) {
      x++;
      tx = t;
    }
    out.frequency[i] = x;
    out.recency[i] = tx;
  }
  return out;
}

/**
 * Mean spend of each customer's repeat purchases under the Gamma-Gamma story: the customer's
 * nu ~ Gamma(q, gamma), each purchase ~ Gamma(p, nu). 0 for customers without repeat purchases.
 */
export function simulateGammaGammaMeanSpend(params: GammaGammaParams, frequency: ArrayLike<number>, rng: Rng): Float64Array {
  const out = new Float64Array(frequency.length);
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i] ?? 0;
    if (x <= 0) continue;
    const nu = drawGamma(rng, params.q, params.gamma);
    // The sum of x Gamma(p, nu) draws is one Gamma(p x, nu) draw.
    out[i] = drawGamma(rng, params.p * x, nu) / x;
  }
  return out;
}

/**
 * Histories drawn from the BG/BB story over `periods` opportunities: the chance to transact while
 * alive p ~ Beta(alpha, beta), the chance to drop out at the start of each later opportunity
 * theta ~ Beta(gamma, delta).
 */
export function simulateBgBbCustomers(params: BgBbParams, customers: number, periods: number, rng: Rng): { frequency: Float64Array; recency: Float64Array; periods: Float64Array } {
  const out = { frequency: new Float64Array(customers), recency: new Float64Array(customers), periods: new Float64Array(customers).fill(periods) };
  for (let i = 0; i < customers; i++) {
    const p = drawBeta(rng, params.alpha, params.beta);
    const theta = drawBeta(rng, params.gamma, params.delta);
    let x = 0;
    let tx = 0;
    for (let t = 1; t <= periods; t++) {
      if (rng.next() < theta) break;
      if (rng.next() < p) {
        x++;
        tx = t;
      }
    }
    out.frequency[i] = x;
    out.recency[i] = tx;
  }
  return out;
}
