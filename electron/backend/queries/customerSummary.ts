import type { CustomerRow } from '../../../shared/domain/customers';
import { dayNumberToIso, isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { foldCustomerSummaries, type CustomerSummary } from '../../../shared/summary/foldCustomerSummary';
import type { ReadableDB, WritableDB } from '../db/types';

/** A customer's summary row; the repeat-day mean spend is the spend model's input. */
export type CustomerSummaryRow = CustomerRow & {
  /** Mean spend of the repeat purchase days; 0 without repeats. */
  repeatAverageSpend: number;
};

/**
 * Purchases up to the calibration end, in the order the fold needs (customer, then day). The
 * covering index on (customer_id, date, amount) answers this in one ordered index scan, with no
 * sort; same-day purchases are added up by the fold.
 */
const PURCHASES_SQL = `
  SELECT customer_id, date, amount FROM transactions
   WHERE date <= ?
   ORDER BY customer_id, date`;

/**
 * The customer summary up to a calibration end: purchases of a customer on the same day are one
 * purchase day, and only days up to the calibration end count, so customers whose first purchase
 * is after it do not appear. Streams: a million customers need not sit in memory at once.
 */
export function* iterateCustomerSummary(db: ReadableDB, calibrationEnd: string, unit: TimeUnit): Generator<CustomerSummaryRow> {
  const pending: CustomerSummaryRow[] = [];
  const fold = foldCustomerSummaries(isoToDayNumber(calibrationEnd), unit, (s) => pending.push(toRow(s)));
  const days = new DayCache();
  const purchase = { customerId: '', day: 0, value: 0 };
  // Raw rows (arrays, not objects) and one reused record: this loop runs once per transaction.
  for (const [customerId, date, amount] of db.prepare(PURCHASES_SQL).raw().iterate(calibrationEnd) as IterableIterator<[string, string, number]>) {
    purchase.customerId = customerId;
    purchase.day = days.toDay(date);
    purchase.value = amount;
    fold.add(purchase);
    if (pending.length > 0) yield* pending.splice(0);
  }
  fold.end();
  yield* pending;
}

/** A folded summary as the table stores it (calendar dates as text). */
export function toRow(s: CustomerSummary): CustomerSummaryRow {
  return {
    customerId: s.customerId,
    firstPurchase: isoOf(s.firstPurchaseDay),
    lastPurchase: isoOf(s.lastPurchaseDay),
    purchaseDays: s.purchaseDays,
    frequency: s.frequency,
    recency: s.recency,
    age: s.age,
    totalSpend: s.totalSpend,
    averageSpend: s.averageSpend,
    repeatAverageSpend: s.repeatAverageSpend,
  };
}

const isoCache = new Map<number, string>();
function isoOf(day: number): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = dayNumberToIso(day);
    if (isoCache.size < 100_000) isoCache.set(day, s);
  }
  return s;
}

/** Dates repeat across customers; parsing each distinct one once keeps the fold cheap. */
class DayCache {
  private readonly cache = new Map<string, number>();
  toDay(iso: string): number {
    let d = this.cache.get(iso);
    if (d === undefined) this.cache.set(iso, (d = isoToDayNumber(iso)));
    return d;
  }
}

/** Replaces the stored summary; call inside the transaction that changed the transactions. */
export function storeCustomerSummary(db: WritableDB, calibrationEnd: string, unit: TimeUnit): void {
  // The connection cannot write while it streams a query, so the summaries are gathered first
  // (memory grows with customers, not with transactions).
  const rows = [...iterateCustomerSummary(db, calibrationEnd, unit)];
  writeCustomerSummary(db, rows, calibrationEnd, unit);
}

/** Summary rows per INSERT statement: one statement per row costs more than the row itself. */
const SUMMARY_BATCH_ROWS = 64;
const SUMMARY_COLUMNS = 10;

/**
 * Replaces the stored summary with rows already computed (by the scan above, or by an import
 * that folded them as it read); call inside the transaction that changed the transactions.
 */
export function writeCustomerSummary(db: WritableDB, rows: Iterable<CustomerSummaryRow>, calibrationEnd: string, unit: TimeUnit): void {
  db.prepare('DELETE FROM customer_summary').run();
  const insertSql = (n: number) =>
    `INSERT INTO customer_summary(customer_id, first_purchase, last_purchase, purchase_days, frequency, recency, age,
                                  total_spend, average_spend, repeat_average_spend)
     VALUES ${Array(n).fill('(?,?,?,?,?,?,?,?,?,?)').join(',')}`;
  const insertBatch = db.prepare(insertSql(SUMMARY_BATCH_ROWS));
  const batch: unknown[] = [];
  for (const r of rows) {
    batch.push(r.customerId, r.firstPurchase, r.lastPurchase, r.purchaseDays, r.frequency, r.recency, r.age, r.totalSpend, r.averageSpend, r.repeatAverageSpend);
    if (batch.length === SUMMARY_BATCH_ROWS * SUMMARY_COLUMNS) {
      insertBatch.run(batch);
      batch.length = 0;
    }
  }
  if (batch.length > 0) db.prepare(insertSql(batch.length / SUMMARY_COLUMNS)).run(batch);
  const upsert = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  upsert.run('summary.calibrationEnd', calibrationEnd);
  upsert.run('summary.unit', unit);
}

/** The calibration end the stored summary uses by default: the last transaction day. */
export function lastTransactionDate(db: ReadableDB): string | null {
  return (db.prepare('SELECT max(date) AS d FROM transactions').get() as { d: string | null }).d;
}
