import { DAYS_PER_UNIT, type TimeUnit } from '../../../shared/domain/timeUnits';
import type { ReadableDB, WritableDB } from '../db/types';

export interface CustomerSummaryRow {
  customerId: string;
  firstPurchase: string;
  lastPurchase: string;
  purchaseDays: number;
  /** Repeat purchase days: purchase days up to the calibration end, minus the first. */
  frequency: number;
  /** Time from the first to the last purchase day, in the unit. */
  recency: number;
  /** Time from the first purchase day to the calibration end, in the unit. */
  age: number;
  totalSpend: number;
  /** Spend per purchase day. */
  averageSpend: number;
  /** Mean spend of the repeat purchase days (the Gamma-Gamma input); 0 without repeats. */
  repeatAverageSpend: number;
}

/**
 * The customer summary up to a calibration end, in one pass of SQL: purchases of a customer on
 * the same day are one purchase day (their amounts added), and only days up to the calibration
 * end count. Customers whose first purchase is after it do not appear.
 */
const SUMMARY_SQL = `
  WITH days AS (
    SELECT customer_id, date, sum(amount) AS value
      FROM transactions
     WHERE date <= @calibrationEnd
     GROUP BY customer_id, date
  ), firsts AS (
    SELECT customer_id, min(date) AS first FROM days GROUP BY customer_id
  )
  SELECT d.customer_id AS customerId,
         f.first AS firstPurchase,
         max(d.date) AS lastPurchase,
         count(*) AS purchaseDays,
         count(*) - 1 AS frequency,
         (julianday(max(d.date)) - julianday(f.first)) / @daysPerUnit AS recency,
         (julianday(@calibrationEnd) - julianday(f.first)) / @daysPerUnit AS age,
         sum(d.value) AS totalSpend,
         sum(d.value) / count(*) AS averageSpend,
         CASE WHEN count(*) > 1
              THEN sum(CASE WHEN d.date = f.first THEN 0 ELSE d.value END) / (count(*) - 1)
              ELSE 0 END AS repeatAverageSpend
    FROM days d JOIN firsts f USING (customer_id)
   GROUP BY d.customer_id
   ORDER BY d.customer_id`;

const params = (calibrationEnd: string, unit: TimeUnit) => ({ calibrationEnd, daysPerUnit: DAYS_PER_UNIT[unit] });

/** Streams the summary rows (a million customers need not sit in memory at once). */
export function iterateCustomerSummary(db: ReadableDB, calibrationEnd: string, unit: TimeUnit): IterableIterator<CustomerSummaryRow> {
  return db.prepare(SUMMARY_SQL).iterate(params(calibrationEnd, unit)) as IterableIterator<CustomerSummaryRow>;
}

/** Replaces the stored summary; call inside the transaction that changed the transactions. */
export function storeCustomerSummary(db: WritableDB, calibrationEnd: string, unit: TimeUnit): void {
  db.prepare('DELETE FROM customer_summary').run();
  db.prepare(
    `INSERT INTO customer_summary(customer_id, first_purchase, last_purchase, purchase_days, frequency, recency, age,
                                  total_spend, average_spend, repeat_average_spend)
     SELECT customerId, firstPurchase, lastPurchase, purchaseDays, frequency, recency, age, totalSpend, averageSpend, repeatAverageSpend
       FROM (${SUMMARY_SQL})`,
  ).run(params(calibrationEnd, unit));
  const upsert = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  upsert.run('summary.calibrationEnd', calibrationEnd);
  upsert.run('summary.unit', unit);
}

/** The calibration end the stored summary uses by default: the last transaction day. */
export function lastTransactionDate(db: ReadableDB): string | null {
  return (db.prepare('SELECT max(date) AS d FROM transactions').get() as { d: string | null }).d;
}
