import type { CohortRow, CustomerDistributions, CustomerPage, CustomerRow, CustomerSortKey } from '../../../shared/domain/customers';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { histogram } from '../../../shared/stats/histogram';
import type { ReadableDB } from '../db/types';
import { workspaceInputHashes } from '../simulation/runInputs';
import { isoDateSql, isoMonthSql } from './daySql';
import { readMeta } from './workspaceSummary';

/** Sort keys to columns: a fixed map, so nothing from the caller is spliced into SQL. */
const SORT_COLUMNS: Record<CustomerSortKey, string> = {
  customerId: 'c.customer_id',
  firstPurchase: 's.first_purchase_day',
  lastPurchase: 's.last_purchase_day',
  frequency: 's.frequency',
  recency: 's.recency',
  age: 's.age',
  totalSpend: 's.total_spend',
  averageSpend: 's.average_spend',
};

/** The summary (s) joined to its customers (c): users see their own ids and calendar dates. */
const SUMMARY_WITH_IDS = 'customer_summary s JOIN customers c USING (customer_key)';
const ROW_COLUMNS = `c.customer_id AS customerId, ${isoDateSql('s.first_purchase_day')} AS firstPurchase, ${isoDateSql('s.last_purchase_day')} AS lastPurchase,
  s.purchase_days AS purchaseDays, s.frequency, s.recency, s.age, s.total_spend AS totalSpend, s.average_spend AS averageSpend`;

function summarySettings(db: ReadableDB): { calibrationEnd: string | null; unit: TimeUnit } {
  return { calibrationEnd: readMeta(db, 'summary.calibrationEnd'), unit: (readMeta(db, 'summary.unit') as TimeUnit | null) ?? 'week' };
}

export interface PageRequest {
  offset: number;
  limit: number;
  sortBy: CustomerSortKey;
  sortDirection: 'asc' | 'desc';
  search?: string | undefined;
}

/** A page of the customer base, sorted and searched in SQL so any number of customers pages fast. */
export function readCustomerPage(db: ReadableDB, request: PageRequest): CustomerPage {
  const search = request.search?.trim() ?? '';
  const where = search === '' ? '' : "WHERE c.customer_id LIKE @pattern ESCAPE '\\'";
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const total = (db.prepare(`SELECT count(*) AS n FROM ${SUMMARY_WITH_IDS} ${where}`).get({ pattern }) as { n: number }).n;
  const direction = request.sortDirection === 'desc' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM ${SUMMARY_WITH_IDS} ${where} ORDER BY ${SORT_COLUMNS[request.sortBy]} ${direction}, c.customer_id ASC LIMIT @limit OFFSET @offset`)
    .all({ pattern, limit: request.limit, offset: request.offset }) as CustomerRow[];
  return { total, offset: request.offset, rows, ...summarySettings(db) };
}

/**
 * What the Data page shows of the stored summary as a whole (its histograms, its cohorts), kept
 * per connection under what it is read from: the customers and transactions (their input hashes,
 * which every import changes) and the summary's calibration end and unit (which a recompute of
 * the summary changes). A summary of a million customers takes a second to read through; a kept
 * one, a few look-ups. Callers get a copy.
 */
function keptFromSummary<T>(db: ReadableDB, what: string, read: () => T): T {
  const hashes = workspaceInputHashes(db);
  const key = JSON.stringify([what, hashes.customers, hashes.transactions, readMeta(db, 'summary.calibrationEnd'), readMeta(db, 'summary.unit')]);
  let figures = keptSummaryFigures.get(db);
  if (!figures) {
    figures = new Map();
    keptSummaryFigures.set(db, figures);
  }
  for (const k of figures.keys()) if (k !== key && (JSON.parse(k) as string[])[0] === what) figures.delete(k);
  if (!figures.has(key)) figures.set(key, read());
  return structuredClone(figures.get(key) as T);
}

const keptSummaryFigures = new WeakMap<ReadableDB, Map<string, unknown>>();

/** Histograms of frequency, recency and spend across the customer base (kept: see keptFromSummary). */
export function readCustomerDistributions(db: ReadableDB): CustomerDistributions {
  return keptFromSummary(db, 'distributions', () => distributions(db));
}

function distributions(db: ReadableDB): CustomerDistributions {
  const n = (db.prepare('SELECT count(*) AS n FROM customer_summary').get() as { n: number }).n;
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const spend = new Float64Array(n);
  let i = 0;
  for (const r of db.prepare('SELECT frequency, recency, total_spend AS spend FROM customer_summary').iterate() as IterableIterator<{ frequency: number; recency: number; spend: number }>) {
    frequency[i] = r.frequency;
    recency[i] = r.recency;
    spend[i] = r.spend;
    i++;
  }
  return {
    ...summarySettings(db),
    customers: n,
    frequency: histogram(frequency, { integer: true, bins: 25, capQuantile: 0.98 }),
    recency: histogram(recency, { bins: 20, capQuantile: 1 }),
    totalSpend: histogram(spend, { bins: 20, capQuantile: 0.98 }),
    currencyCode: readMeta(db, 'currency') ?? 'EUR',
  };
}

/** The customers by the month of their first purchase (kept: see keptFromSummary). */
export function readCohorts(db: ReadableDB): CohortRow[] {
  return keptFromSummary(db, 'cohorts', () => cohorts(db));
}

function cohorts(db: ReadableDB): CohortRow[] {
  return db
    .prepare(
      `SELECT ${isoMonthSql('first_purchase_day')} AS month, count(*) AS customers, sum(frequency > 0) AS repeatCustomers,
              avg(purchase_days) AS averagePurchaseDays, sum(total_spend) AS totalSpend
         FROM customer_summary GROUP BY month ORDER BY month`,
    )
    .all() as CohortRow[];
}
