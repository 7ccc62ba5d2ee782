import type { TimeUnit } from '../domain/timeUnits';
import type { BgNbdParams } from './bgnbd';
import type { MbgNbdParams } from './mbgnbd';
import { customerIn, durationIn, type Duration, type RfmCustomer } from './modelTime';
import { hyp2F1Signed, logBeta, logGamma } from './special';

/** A fitted BG/NBD or MBG/NBD: what the predictions need from a fit result. */
export interface FittedBgNbdFamily {
  model: 'bg/nbd' | 'mbg/nbd';
  params: BgNbdParams | MbgNbdParams;
  timeUnit: TimeUnit;
}

/** 1 for the MBG/NBD (dropout possible at the first purchase too), 0 for the BG/NBD. */
const shiftOf = (model: FittedBgNbdFamily['model']): 0 | 1 => (model === 'mbg/nbd' ? 1 : 0);

/**
 * ln of the odds of having dropped out against being alive:
 *   a / (b + x + shift - 1) * ((alpha + T) / (alpha + t_x))^(r + x),
 * -Infinity for a BG/NBD customer without repeat purchases (who cannot have dropped out).
 */
function logDropoutOdds(p: BgNbdParams, shift: 0 | 1, x: number, tx: number, T: number): number {
  if (x === 0 && shift === 0) return -Infinity;
  return Math.log(p.a) - Math.log(p.b + x + shift - 1) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
}

/** The chance the customer is still alive at the end of their observation (time T). */
export function bgnbdProbabilityAlive(fit: FittedBgNbdFamily, customer: RfmCustomer): number {
  const { x, tx, T } = customerIn(customer, fit.timeUnit);
  return 1 / (1 + Math.exp(logDropoutOdds(fit.params, shiftOf(fit.model), x, tx, T)));
}

/**
 * (A / (a - 1)) * (1 - G) with G = e^logG, which has a finite limit at a = 1 though both factors
 * do not: there, the average of a = 1 +- 1e-5 (error of order 1e-10 relative).
 */
function overAMinusOne(a: number, value: (a: number) => number): number {
  if (Math.abs(a - 1) > 1e-5) return value(a);
  return 0.5 * (value(1 - 1e-5) + value(1 + 1e-5));
}

/**
 * Expected purchases in (T, T + horizon] for a customer with history (x, t_x, T) (Fader, Hardie &
 * Lee 2005, eq. 10; b -> b + 1 and no x > 0 condition for the MBG/NBD):
 *   E = (a+b+x+s-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x+s; a+b+x+s-1; t/(alpha+T+t))] P(alive)
 */
export function bgnbdExpectedPurchases(fit: FittedBgNbdFamily, customer: RfmCustomer, horizon: Duration): number {
  const { x, tx, T } = customerIn(customer, fit.timeUnit);
  const t = durationIn(horizon, fit.timeUnit);
  if (t === 0) return 0;
  const p = fit.params;
  const shift = shiftOf(fit.model);
  const rx = p.r + x;
  const z = t / (p.alpha + T + t);
  const logPower = rx * (Math.log(p.alpha + T) - Math.log(p.alpha + T + t));
  const expected = overAMinusOne(p.a, (a) => {
    const c = a + p.b + x + shift - 1;
    const f = hyp2F1Signed(rx, p.b + x + shift, c, z);
    // 1 - power * F, with F's sign kept (c can be below 0 when a + b < 1 and x = 0).
    const oneMinus = f.sign > 0 ? -Math.expm1(logPower + f.log) : 1 - f.sign * Math.exp(logPower + f.log);
    return (c / (a - 1)) * oneMinus;
  });
  return expected / (1 + Math.exp(logDropoutOdds(p, shift, x, tx, T)));
}

/**
 * Expected purchases of a new customer in (0, t] after the first (FHL 2005 eq. 9):
 *   BG/NBD:  (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))]
 * For the MBG/NBD the customer first survives the dropout chance at time 0, which weighs p by
 * (1-p): b/(a+b) times the BG/NBD value with b+1, i.e.
 *   MBG/NBD: b/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b+1; a+b; t/(alpha+t))]
 */
export function bgnbdExpectedPurchasesNewCustomer(fit: FittedBgNbdFamily, horizon: Duration): number {
  const t = durationIn(horizon, fit.timeUnit);
  if (t === 0) return 0;
  const p = fit.params;
  const shift = shiftOf(fit.model);
  const z = t / (p.alpha + t);
  const logPower = p.r * (Math.log(p.alpha) - Math.log(p.alpha + t));
  return overAMinusOne(p.a, (a) => {
    const c = a + p.b + shift - 1;
    const f = hyp2F1Signed(p.r, p.b + shift, c, z);
    const oneMinus = f.sign > 0 ? -Math.expm1(logPower + f.log) : 1 - f.sign * Math.exp(logPower + f.log);
    return ((shift === 1 ? p.b : c) / (a - 1)) * oneMinus;
  });
}

/**
 * The chance that a new BG/NBD customer makes exactly n repeat purchases in (0, t] (FHL 2005
 * eq. 8):
 *   B(a, b+n)/B(a,b) NB(n; r, alpha, t) + [n > 0] B(a+1, b+n-1)/B(a,b) P(NB >= n)
 * where NB is the negative binomial count of purchases of a customer who never drops out.
 */
export function bgnbdProbabilityOfPurchases(fit: { params: BgNbdParams; timeUnit: TimeUnit }, horizon: Duration, n: number): number {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`n must be a whole number of purchases, 0 or more (got ${n})`);
  const t = durationIn(horizon, fit.timeUnit);
  const { r, alpha, a, b } = fit.params;
  const lnStay = Math.log(alpha) - Math.log(alpha + t); // ln(alpha / (alpha + t))
  const lnGo = Math.log(t) - Math.log(alpha + t); // ln(t / (alpha + t))
  const lbAB = logBeta(a, b);
  const lgR = logGamma(r);
  const logNb = (j: number) => logGamma(r + j) - lgR - logGamma(j + 1) + r * lnStay + (j === 0 ? 0 : j * lnGo);
  const alive = Math.exp(logBeta(a, b + n) - lbAB + logNb(n));
  if (n === 0) return alive;
  return alive + Math.exp(logBeta(a + 1, b + n - 1) - lbAB) * negativeBinomialTail(logNb, n);
}

/** P(N >= n) for a count with log-probabilities logP(j): from the CDF when that is small, else the upper tail summed. */
function negativeBinomialTail(logP: (j: number) => number, n: number): number {
  let cdf = 0;
  for (let j = 0; j < n; j++) cdf += Math.exp(logP(j));
  if (cdf < 0.5) return 1 - cdf;
  let tail = 0;
  for (let j = n; j < n + 100_000; j++) {
    const term = Math.exp(logP(j));
    tail += term;
    if (term < 1e-17 * tail && j > n + 10) break;
  }
  return tail;
}
