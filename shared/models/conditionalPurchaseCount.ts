import type { Duration, RfmCustomer } from './modelTime';
import { customerIn } from './modelTime';
import { bgnbdProbabilityAlive, bgnbdProbabilityOfPurchases, type FittedBgNbdFamily } from './predictBgNbd';

/**
 * The chance that a customer with history (x, t_x, T) makes exactly n purchases in (T, T + t]
 * under a BG/NBD fit.
 *
 * Why this is exact and short: a customer still alive at T looks, from T on, like a new customer
 * whose purchase rate and dropout chance were drawn from the posterior — lambda ~ Gamma(r + x,
 * alpha + T) and p ~ Beta(a, b + x), independent given alive (waiting times are memoryless and
 * dropout happens only at purchases). So the count is the new-customer count distribution with
 * those parameters, weighted by P(alive); a customer who has dropped out makes none.
 */
export function bgnbdConditionalProbabilityOfPurchases(fit: FittedBgNbdFamily & { model: 'bg/nbd' }, customer: RfmCustomer, horizon: Duration, n: number): number {
  const { x, T } = customerIn(customer, fit.timeUnit);
  const alive = bgnbdProbabilityAlive(fit, customer);
  const { r, alpha, a, b } = fit.params;
  const posterior = { params: { r: r + x, alpha: alpha + T, a, b: b + x }, timeUnit: fit.timeUnit };
  const whileAlive = bgnbdProbabilityOfPurchases(posterior, horizon, n);
  return alive * whileAlive + (n === 0 ? 1 - alive : 0);
}
