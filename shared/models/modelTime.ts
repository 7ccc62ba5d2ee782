import { DAYS_PER_UNIT, type TimeUnit } from '../domain/timeUnits';

/**
 * A length of time with its unit attached. Predictions take horizons as Durations and convert
 * them into the unit the model was fitted in, so a horizon of "52 weeks" asked of a model fitted
 * on days means 364 days, never 52 days (nor a 7x longer horizon the other way round).
 */
export interface Duration {
  amount: number;
  unit: TimeUnit;
}

export const duration = (amount: number, unit: TimeUnit): Duration => ({ amount, unit });

/** amount, in `from` units, expressed in `to` units. */
export function convertTime(amount: number, from: TimeUnit, to: TimeUnit): number {
  return from === to ? amount : (amount * DAYS_PER_UNIT[from]) / DAYS_PER_UNIT[to];
}

export function durationIn(d: Duration, unit: TimeUnit): number {
  return convertTime(d.amount, d.unit, unit);
}

/**
 * One customer's summary: x repeat purchases, the last t_x after the first, observed for T
 * since the first purchase, recency and age in `timeUnit`.
 */
export interface RfmCustomer {
  frequency: number;
  recency: number;
  age: number;
  timeUnit: TimeUnit;
}

/** The customer's recency and age in the model's unit. */
export function customerIn(customer: RfmCustomer, unit: TimeUnit): { x: number; tx: number; T: number } {
  return {
    x: customer.frequency,
    tx: convertTime(customer.recency, customer.timeUnit, unit),
    T: convertTime(customer.age, customer.timeUnit, unit),
  };
}
