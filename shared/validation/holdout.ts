import type { TimeUnit } from '../domain/timeUnits';
import type { FittedPurchaseModel } from '../models/clv';
import { expectedPurchases } from '../models/clv';
import { duration } from '../models/modelTime';
import { bgnbdExpectedPurchasesNewCustomer } from '../models/predictBgNbd';
import { paretoNbdExpectedPurchasesNewCustomer } from '../models/predictParetoNbd';

/** Expected repeat purchases of a new customer in (0, t], t in the model's unit. */
export function expectedNewCustomerPurchases(fit: FittedPurchaseModel, t: number): number {
  if (t <= 0) return 0;
  const horizon = duration(t, fit.timeUnit);
  return fit.model === 'pareto/nbd' ? paretoNbdExpectedPurchasesNewCustomer(fit, horizon) : bgnbdExpectedPurchasesNewCustomer(fit, horizon);
}

/** Customers grouped by the day of their first purchase (days since 1970-01-01). */
export interface Cohort {
  firstDay: number;
  customers: number;
}

/**
 * The tracking chart: cumulative repeat purchases of the calibration base, day by day in steps,
 * as the model expects them (each cohort's new-customer expectation from its first day) next to
 * what happened. Cohorts make this cheap: a few hundred first days, not every customer.
 */
export function trackingSeries(
  fit: FittedPurchaseModel,
  cohorts: readonly Cohort[],
  actualRepeatDays: ReadonlyMap<number, number>,
  fromDay: number,
  toDay: number,
  stepDays: number,
  daysPerUnit: number,
): { day: number; actual: number; expected: number }[] {
  const points: { day: number; actual: number; expected: number }[] = [];
  const sortedActual = [...actualRepeatDays.entries()].sort((a, b) => a[0] - b[0]);
  let k = 0;
  let cumulative = 0;
  for (let day = fromDay + stepDays; day <= toDay + stepDays - 1; day += stepDays) {
    const at = Math.min(day, toDay);
    while (k < sortedActual.length && sortedActual[k]![0] <= at) cumulative += sortedActual[k++]![1];
    let expected = 0;
    for (const c of cohorts) if (at > c.firstDay) expected += c.customers * expectedNewCustomerPurchases(fit, (at - c.firstDay) / daysPerUnit);
    points.push({ day: at, actual: cumulative, expected });
  }
  return points;
}

export interface HoldoutComparison {
  /** By repeat purchases in calibration, 0..maxX-1 then "maxX or more": mean actual vs expected holdout purchases. */
  byFrequency: { frequencyFrom: number; frequencyTo: number | null; customers: number; actual: number; expected: number }[];
  /** Mean absolute error per customer, in purchases. */
  meanAbsoluteError: number;
  /** Total expected minus total actual holdout purchases, as a share of the actual. */
  totalError: number;
  totalActual: number;
  totalExpected: number;
}

/** How well a fit's conditional expectations predicted each customer's holdout purchases. */
export function compareHoldout(
  fit: FittedPurchaseModel,
  unit: TimeUnit,
  data: { x: ArrayLike<number>; tx: ArrayLike<number>; T: ArrayLike<number> },
  actual: ArrayLike<number>,
  holdoutLength: number,
  maxX = 7,
): HoldoutComparison {
  const bins = Array.from({ length: maxX + 1 }, (_, i) => ({ frequencyFrom: i, frequencyTo: i === maxX ? null : i, customers: 0, actual: 0, expected: 0 }));
  let absolute = 0;
  let totalActual = 0;
  let totalExpected = 0;
  const horizon = duration(holdoutLength, unit);
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i]!;
    const e = expectedPurchases(fit, { frequency: x, recency: data.tx[i]!, age: data.T[i]!, timeUnit: unit }, horizon);
    const a = actual[i]!;
    const bin = bins[Math.min(x, maxX)]!;
    bin.customers++;
    bin.actual += a;
    bin.expected += e;
    absolute += Math.abs(a - e);
    totalActual += a;
    totalExpected += e;
  }
  for (const b of bins) {
    if (b.customers > 0) {
      b.actual /= b.customers;
      b.expected /= b.customers;
    }
  }
  const n = data.x.length;
  return {
    byFrequency: bins.filter((b) => b.customers > 0),
    meanAbsoluteError: n > 0 ? absolute / n : NaN,
    totalError: totalActual > 0 ? (totalExpected - totalActual) / totalActual : NaN,
    totalActual,
    totalExpected,
  };
}
