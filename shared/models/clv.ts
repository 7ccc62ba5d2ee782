import { currency, type Currency, type Share } from '../units';
import { durationIn, type Duration, type RfmCustomer } from './modelTime';
import { bgnbdExpectedPurchases, type FittedBgNbdFamily } from './predictBgNbd';
import { paretoNbdExpectedPurchases, type FittedParetoNbd } from './predictParetoNbd';

/** A fitted purchase-count model: BG/NBD, MBG/NBD or Pareto/NBD. */
export type FittedPurchaseModel = FittedBgNbdFamily | FittedParetoNbd;

/** Expected purchases in (T, T + horizon] under whichever purchase model was fitted. */
export function expectedPurchases(fit: FittedPurchaseModel, customer: RfmCustomer, horizon: Duration): number {
  return fit.model === 'pareto/nbd' ? paretoNbdExpectedPurchases(fit, customer, horizon) : bgnbdExpectedPurchases(fit, customer, horizon);
}

export interface ClvSettings {
  /** The length of one discounting period, e.g. { amount: 1, unit: 'month' }. */
  period: Duration;
  /** How many periods the horizon spans. */
  periods: number;
  /** Discount rate per period (0.01 = 1% per period), not per year unless the period is a year. */
  discountRatePerPeriod: number;
  /** Margin as a share of spend (0.3 = 30%). */
  margin: Share;
}

/**
 * Customer lifetime value over a horizon: the sum over periods k = 1..K of the expected
 * purchases in period k times the expected spend per purchase times the margin, discounted by
 * (1 + d)^k (each period's value counted at its end). Expected purchases in period k are the
 * difference of the cumulative expectations at k and k - 1 periods after T, in the model's unit.
 */
export function customerLifetimeValue(
  fit: FittedPurchaseModel,
  customer: RfmCustomer,
  expectedSpendPerPurchase: Currency,
  settings: ClvSettings,
): Currency {
  const { periods, discountRatePerPeriod: d, margin } = settings;
  if (!(Number.isInteger(periods) && periods >= 0)) throw new RangeError(`periods must be a whole number, 0 or more (got ${periods})`);
  if (!(d > -1)) throw new RangeError(`the discount rate per period must be above -100% (got ${d})`);
  if (!(margin >= 0 && margin <= 1)) throw new RangeError(`margin is a share between 0 and 1 (got ${margin})`);
  const periodLength = durationIn(settings.period, fit.timeUnit);
  let value = 0;
  let before = 0;
  let discount = 1;
  for (let k = 1; k <= periods; k++) {
    const upTo = expectedPurchases(fit, customer, { amount: k * periodLength, unit: fit.timeUnit });
    discount /= 1 + d;
    value += (upTo - before) * discount;
    before = upTo;
  }
  return currency(value * expectedSpendPerPurchase * margin);
}
