import type { TimeUnit } from '../domain/timeUnits';
import { DAYS_PER_UNIT } from '../domain/timeUnits';

/**
 * What names a customer to the fold: the customer's own id, or a number the caller gave it (the
 * workspace's customer key, an import's customer number). The fold only compares them.
 */
export type CustomerName = string | number;

/** One purchase; several on the same day of a customer make one purchase day. */
export interface Purchase<Customer extends CustomerName = string> {
  customerId: Customer;
  /** Days since 1970-01-01. */
  day: number;
  value: number;
}

export interface CustomerSummary<Customer extends CustomerName = string> {
  customerId: Customer;
  firstPurchaseDay: number;
  lastPurchaseDay: number;
  purchaseDays: number;
  /** Repeat purchase days: purchase days minus the first. */
  frequency: number;
  /** First to last purchase day, in the unit. */
  recency: number;
  /** First purchase day to the calibration end, in the unit. */
  age: number;
  totalSpend: number;
  /** Spend per purchase day. */
  averageSpend: number;
  /** Mean spend of the repeat purchase days (the spend model's input); 0 without repeats. */
  repeatAverageSpend: number;
}

/**
 * Folds purchases, sorted by customer and then by day and already cut at the calibration end,
 * into one summary per customer. Purchases of a customer on the same day count as one purchase
 * day, their values added. Streaming: it holds one customer at a time, so a base of any size is
 * summarised in constant memory.
 */
export function foldCustomerSummaries<Customer extends CustomerName = string>(calibrationEndDay: number, unit: TimeUnit, emit: (summary: CustomerSummary<Customer>) => void) {
  const perUnit = DAYS_PER_UNIT[unit];
  let id: Customer | null = null;
  let first = 0;
  let last = 0;
  let days = 0;
  let total = 0;
  let firstValue = 0;

  const flush = () => {
    if (id === null) return;
    const frequency = days - 1;
    emit({
      customerId: id,
      firstPurchaseDay: first,
      lastPurchaseDay: last,
      purchaseDays: days,
      frequency,
      recency: (last - first) / perUnit,
      age: (calibrationEndDay - first) / perUnit,
      totalSpend: total,
      averageSpend: total / days,
      repeatAverageSpend: frequency > 0 ? (total - firstValue) / frequency : 0,
    });
  };

  return {
    add(row: Purchase<Customer>): void {
      if (row.customerId !== id) {
        flush();
        id = row.customerId;
        first = row.day;
        last = row.day;
        days = 1;
        total = row.value;
        firstValue = row.value;
        return;
      }
      if (row.day < last) {
        throw new RangeError(`Purchases of ${row.customerId} are not in date order (day ${row.day} after ${last}).`);
      }
      if (row.day === first) firstValue += row.value;
      if (row.day > last) days++;
      last = row.day;
      total += row.value;
    },
    end(): void {
      flush();
      id = null;
    },
  };
}
