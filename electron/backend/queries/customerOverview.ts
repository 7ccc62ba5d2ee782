import { createHash } from 'node:crypto';
import { dayNumberToIso } from '../../../shared/calendar/isoDate';
import type { CustomerOverview, MonthlyActivity, PurchaseCountBin } from '../../../shared/domain/workspace';
import type { ReadableDB, WritableDB } from '../db/types';
import { workspaceInputHashes } from '../simulation/runInputs';
import { isoMonthSql } from './daySql';
import { writeWithoutWaiting } from './writeWithoutWaiting';
import { readMeta } from './workspaceSummary';

/** Purchase-count bins for the frequency chart: 1, 2, ..., 19, then "20 or more". */
const OPEN_BIN_FROM = 20;

/** The overview's figures: all of it but the currency, which the user may change at any time. */
type OverviewFigures = Omit<CustomerOverview, 'currencyCode'>;

/**
 * The Data page's overview (and the Plan page's facts: a year of sales and purchases, buyers by
 * purchases), computed from the transactions once per state of the workspace's customers and
 * transactions — their input hashes, which every import changes — and kept: in memory for the
 * open workspace and in the workspace's meta table (so also after a restart). Computing it takes
 * three passes over the transactions (totals; activity by month; per customer, their first month
 * and purchase count); reading it back takes a few look-ups.
 */
export function keptCustomerOverview(opened: { reader: ReadableDB; db: WritableDB }): CustomerOverview {
  const { reader, db } = opened;
  const basis = overviewBasis(reader);
  let figures = kept.get(reader)?.basis === basis ? kept.get(reader)!.figures : null;
  if (!figures) {
    const stored = readMeta(reader, STORED_KEY);
    const parsed = stored === null ? null : (JSON.parse(stored) as { basis: string; figures: OverviewFigures });
    if (parsed?.basis === basis) figures = parsed.figures;
  }
  if (!figures) {
    figures = overviewFigures(reader);
    const computed = figures;
    // Kept for the next time when the workspace can be written now; when another writer holds
    // it (an import in its thread), the figures stay in memory only and are written next time.
    writeWithoutWaiting(db, () => {
      // Only for the workspace as it is: an import committed since the figures were read makes them old.
      if (overviewBasis(db) === basis) {
        db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(STORED_KEY, JSON.stringify({ basis, figures: computed }));
      }
    });
  }
  kept.set(reader, { basis, figures });
  return withCurrency(reader, figures);
}

/** The overview computed afresh from the transactions (not kept). */
export function readCustomerOverview(db: ReadableDB): CustomerOverview {
  return withCurrency(db, overviewFigures(db));
}

const STORED_KEY = 'customers.overview';
/** Bumped when what the overview holds or how it is computed changes, so figures kept by an older version are computed again. */
const OVERVIEW_VERSION = 1;

const kept = new WeakMap<ReadableDB, { basis: string; figures: OverviewFigures }>();

function overviewBasis(db: ReadableDB): string {
  const hashes = workspaceInputHashes(db);
  return createHash('sha256')
    .update(JSON.stringify([OVERVIEW_VERSION, hashes.customers, hashes.transactions]))
    .digest('hex')
    .slice(0, 32);
}

function withCurrency(db: ReadableDB, figures: OverviewFigures): CustomerOverview {
  // A copy: what is kept must not change with what a caller does to the answer.
  const { customers, transactions, revenue, averageTransactionValue, firstTransactionDate, lastTransactionDate, monthly, purchasesPerCustomer } = structuredClone(figures);
  return { customers, transactions, revenue, currencyCode: readMeta(db, 'currency') ?? 'EUR', averageTransactionValue, firstTransactionDate, lastTransactionDate, monthly, purchasesPerCustomer };
}

function overviewFigures(db: ReadableDB): OverviewFigures {
  const totals = db
    .prepare('SELECT count(*) AS transactions, coalesce(sum(amount), 0) AS revenue, min(day_number) AS first, max(day_number) AS last FROM transactions')
    .get() as { transactions: number; revenue: number; first: number | null; last: number | null };
  const customers = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;

  // Activity by month: one grouped pass (a correlated subquery per month made this take seconds).
  const activity = db
    .prepare(
      `SELECT ${isoMonthSql('day_number')} AS month, sum(amount) AS revenue, count(*) AS transactions, count(DISTINCT customer_key) AS activeCustomers
         FROM transactions GROUP BY month ORDER BY month`,
    )
    .all() as Omit<MonthlyActivity, 'newCustomers'>[];

  // Per customer, in one pass over the (customer, day) index kept for both uses: the month of
  // the first purchase (arrivals by month) and the number of purchases (the frequency chart).
  const perCustomer = db
    .prepare(
      `WITH per AS MATERIALIZED (SELECT min(day_number) AS first, count(*) AS n FROM transactions GROUP BY customer_key)
       SELECT 0 AS arrivals, ${isoMonthSql('first')} AS what, count(*) AS customers FROM per GROUP BY what
       UNION ALL
       SELECT 1, min(n, ${OPEN_BIN_FROM}) AS bin, count(*) FROM per GROUP BY bin`,
    )
    .raw()
    .all() as [0 | 1, string | number, number][];
  const arrivals = new Map<string, number>();
  const bins: { bin: number; customers: number }[] = [];
  for (const [isArrival, what, n] of perCustomer) {
    if (isArrival === 0) arrivals.set(what as string, n);
    else bins.push({ bin: what as number, customers: n });
  }
  bins.sort((a, b) => a.bin - b.bin);

  const monthly: MonthlyActivity[] = activity.map((a) => ({ month: a.month, revenue: a.revenue, transactions: a.transactions, activeCustomers: a.activeCustomers, newCustomers: arrivals.get(a.month) ?? 0 }));
  const purchasesPerCustomer: PurchaseCountBin[] = bins.map((r) => ({
    fromPurchases: r.bin,
    toPurchases: r.bin === OPEN_BIN_FROM ? null : r.bin,
    customers: r.customers,
  }));
  return {
    customers,
    transactions: totals.transactions,
    revenue: totals.revenue,
    averageTransactionValue: totals.transactions > 0 ? totals.revenue / totals.transactions : null,
    firstTransactionDate: totals.first === null ? null : dayNumberToIso(totals.first),
    lastTransactionDate: totals.last === null ? null : dayNumberToIso(totals.last),
    monthly,
    purchasesPerCustomer,
  };
}
