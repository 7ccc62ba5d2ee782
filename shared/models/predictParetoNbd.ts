import type { TimeUnit } from '../domain/timeUnits';
import { customerIn, durationIn, type Duration, type RfmCustomer } from './modelTime';
import type { ParetoNbdParams } from './paretoNbd';
import { paretoLogTail } from './paretoNbdLikelihood';
import { logSubExp } from './special';

/** A fitted Pareto/NBD: what the predictions need from a fit result. */
export interface FittedParetoNbd {
  model: 'pareto/nbd';
  params: ParetoNbdParams;
  timeUnit: TimeUnit;
}

/**
 * The chance the customer is alive at T: the likelihood's "alive at T" part over the whole,
 *   1 / (1 + s (alpha+T)^(r+x) (beta+T)^s (I(t_x) - I(T))),  I as in paretoLogTail.
 */
export function paretoNbdProbabilityAlive(fit: FittedParetoNbd, customer: RfmCustomer): number {
  const { x, tx, T } = customerIn(customer, fit.timeUnit);
  if (tx >= T) return 1;
  const { r, alpha, s, beta } = fit.params;
  const logGoneOverAlive =
    Math.log(s) +
    (r + x) * Math.log(alpha + T) +
    s * Math.log(beta + T) +
    logSubExp(paretoLogTail(r, alpha, s, beta, x, tx), paretoLogTail(r, alpha, s, beta, x, T));
  return 1 / (1 + Math.exp(logGoneOverAlive));
}

/** (1 - e^(-k L)) / k, continuous through k = 0 (where it is L). */
function expm1Ratio(k: number, L: number): number {
  return Math.abs(k * L) < 1e-12 ? L : -Math.expm1(-k * L) / k;
}

/**
 * Expected purchases in (T, T + horizon] given the history (Schmittlein et al. 1987):
 *   (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)] P(alive),
 * written so that s = 1 is no special case.
 */
export function paretoNbdExpectedPurchases(fit: FittedParetoNbd, customer: RfmCustomer, horizon: Duration): number {
  const { x, T } = customerIn(customer, fit.timeUnit);
  const t = durationIn(horizon, fit.timeUnit);
  const { r, alpha, s, beta } = fit.params;
  const whileAlive = ((r + x) / (alpha + T)) * (beta + T) * expm1Ratio(s - 1, Math.log1p(t / (beta + T)));
  return whileAlive * paretoNbdProbabilityAlive(fit, customer);
}

/** Expected purchases of a new customer in (0, t]: r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)]. */
export function paretoNbdExpectedPurchasesNewCustomer(fit: FittedParetoNbd, horizon: Duration): number {
  const t = durationIn(horizon, fit.timeUnit);
  const { r, alpha, s, beta } = fit.params;
  return ((r * beta) / alpha) * expm1Ratio(s - 1, Math.log1p(t / beta));
}
