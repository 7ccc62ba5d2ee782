import type { CustomerRow } from '../../../shared/domain/customers';
import { dayNumberToIso, isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { foldCustomerSummaries, type CustomerName, type CustomerSummary } from '../../../shared/summary/foldCustomerSummary';
import type { ReadableDB, WritableDB } from '../db/types';

/** A customer's summary row; the repeat-day mean spend is the spend model's input. */
export type CustomerSummaryRow = CustomerRow & {
  /** Mean spend of the repeat purchase days; 0 without repeats. */
  repeatAverageSpend: number;
};

/**
 * Purchases up to the calibration end, in the order the fold needs (customer, then day). The
 * covering index on (customer_key, day_number, amount) answers this in one ordered index scan,
 * with no sort; same-day purchases are added up by the fold.
 */
const PURCHASES_SQL = `
  SELECT customer_key, day_number, amount FROM transactions
   WHERE day_number <= ?
   ORDER BY customer_key, day_number`;

/** The same, with each customer's own id instead of the key (a lookup by key per purchase, for readers that show ids). */
const PURCHASES_WITH_IDS_SQL = `
  SELECT c.customer_id, t.day_number, t.amount FROM transactions t JOIN customers c USING (customer_key)
   WHERE t.day_number <= ?
   ORDER BY t.customer_key, t.day_number`;

/**
 * Folds purchase rows (customer, day number, amount; in customer then day order) into each
 * customer's summary, yielded customer by customer. Raw rows (arrays, not objects) and one
 * reused record: this loop runs once per transaction. Every caller reads the rows from the
 * (customer, day, amount) index in its order, so same-day amounts are added up in the same order
 * wherever a customer is folded (and so give the same sums to the last digit).
 */
export function* foldPurchases<C extends CustomerName>(rows: Iterable<[C, number, number]>, calibrationEndDay: number, unit: TimeUnit): Generator<CustomerSummary<C>> {
  const pending: CustomerSummary<C>[] = [];
  const fold = foldCustomerSummaries<C>(calibrationEndDay, unit, (s) => pending.push(s));
  // Its customer is set before the fold first reads it.
  const purchase = { customerId: undefined as unknown as C, day: 0, value: 0 };
  for (const [customer, day, amount] of rows) {
    purchase.customerId = customer;
    purchase.day = day;
    purchase.value = amount;
    fold.add(purchase);
    if (pending.length > 0) yield* pending.splice(0);
  }
  fold.end();
  yield* pending;
}

/**
 * The customer summary up to a calibration end, customers named by their own ids, in customer
 * key order: purchases of a customer on the same day are one purchase day, and only days up to
 * the calibration end count, so customers whose first purchase is after it do not appear.
 * Streams: a million customers need not sit in memory at once.
 */
export function* iterateCustomerSummary(db: ReadableDB, calibrationEnd: string, unit: TimeUnit): Generator<CustomerSummaryRow> {
  const endDay = isoToDayNumber(calibrationEnd);
  const rows = db.prepare(PURCHASES_WITH_IDS_SQL).raw().iterate(endDay) as IterableIterator<[string, number, number]>;
  for (const s of foldPurchases(rows, endDay, unit)) yield toRow(s);
}

/** A folded summary as the customer table shows it (calendar dates as text). */
function toRow(s: CustomerSummary): CustomerSummaryRow {
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

/** Replaces the stored summary; call inside the transaction that changed the transactions. */
export function storeCustomerSummary(db: WritableDB, calibrationEnd: string, unit: TimeUnit): void {
  // The connection cannot write while it streams a query, so the summaries are gathered first
  // (memory grows with customers, not with transactions).
  const endDay = isoToDayNumber(calibrationEnd);
  const rows = db.prepare(PURCHASES_SQL).raw().iterate(endDay) as IterableIterator<[number, number, number]>;
  writeCustomerSummary(db, [...foldPurchases(rows, endDay, unit)], calibrationEnd, unit);
}

/** Summary rows per INSERT statement: one statement per row costs more than the row itself. */
const SUMMARY_BATCH_ROWS = 64;
const SUMMARY_COLUMNS = 10;

/**
 * Replaces the stored summary with summaries already computed, each named by its customer's key
 * (by the scan above, or by an import that folded them as it read); fastest in key order. Call
 * inside the transaction that changed the transactions.
 */
export function writeCustomerSummary(db: WritableDB, summaries: Iterable<CustomerSummary<number>>, calibrationEnd: string, unit: TimeUnit): void {
  db.prepare('DELETE FROM customer_summary').run();
  const insertSql = (n: number) =>
    `INSERT INTO customer_summary(customer_key, first_purchase_day, last_purchase_day, purchase_days, frequency, recency, age,
                                  total_spend, average_spend, repeat_average_spend)
     VALUES ${Array(n).fill('(?,?,?,?,?,?,?,?,?,?)').join(',')}`;
  const insertBatch = db.prepare(insertSql(SUMMARY_BATCH_ROWS));
  const batch: unknown[] = [];
  for (const r of summaries) {
    batch.push(r.customerId, r.firstPurchaseDay, r.lastPurchaseDay, r.purchaseDays, r.frequency, r.recency, r.age, r.totalSpend, r.averageSpend, r.repeatAverageSpend);
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
  const { day } = db.prepare('SELECT max(day_number) AS day FROM transactions').get() as { day: number | null };
  return day === null ? null : dayNumberToIso(day);
}
