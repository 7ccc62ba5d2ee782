import type { CohortRow, CustomerDistributions, CustomerPage, CustomerRow, CustomerSortKey } from '../../../shared/domain/customers';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { histogram } from '../../../shared/stats/histogram';
import type { ReadableDB } from '../db/types';
import { readMeta } from './workspaceSummary';

/** Sort keys to columns: a fixed map, so nothing from the caller is spliced into SQL. */
const SORT_COLUMNS: Record<CustomerSortKey, string> = {
  customerId: 'customer_id',
  firstPurchase: 'first_purchase',
  lastPurchase: 'last_purchase',
  frequency: 'frequency',
  recency: 'recency',
  age: 'age',
  totalSpend: 'total_spend',
  averageSpend: 'average_spend',
};

const ROW_COLUMNS = `customer_id AS customerId, first_purchase AS firstPurchase, last_purchase AS lastPurchase,
  purchase_days AS purchaseDays, frequency, recency, age, total_spend AS totalSpend, average_spend AS averageSpend`;

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
  const where = search === '' ? '' : "WHERE customer_id LIKE @pattern ESCAPE '\\'";
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const total = (db.prepare(`SELECT count(*) AS n FROM customer_summary ${where}`).get({ pattern }) as { n: number }).n;
  const direction = request.sortDirection === 'desc' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM customer_summary ${where} ORDER BY ${SORT_COLUMNS[request.sortBy]} ${direction}, customer_id ASC LIMIT @limit OFFSET @offset`)
    .all({ pattern, limit: request.limit, offset: request.offset }) as CustomerRow[];
  return { total, offset: request.offset, rows, ...summarySettings(db) };
}

/** Histograms of frequency, recency and spend across the customer base. */
export function readCustomerDistributions(db: ReadableDB): CustomerDistributions {
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

export function readCohorts(db: ReadableDB): CohortRow[] {
  return db
    .prepare(
      `SELECT substr(first_purchase, 1, 7) AS month, count(*) AS customers, sum(frequency > 0) AS repeatCustomers,
              avg(purchase_days) AS averagePurchaseDays, sum(total_spend) AS totalSpend
         FROM customer_summary GROUP BY month ORDER BY month`,
    )
    .all() as CohortRow[];
}
