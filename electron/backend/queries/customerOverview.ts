import { dayNumberToIso } from '../../../shared/calendar/isoDate';
import type { CustomerOverview, MonthlyActivity, PurchaseCountBin } from '../../../shared/domain/workspace';
import type { ReadableDB } from '../db/types';
import { isoMonthSql } from './daySql';
import { readMeta } from './workspaceSummary';

/** Purchase-count bins for the frequency chart: 1, 2, ..., 19, then "20 or more". */
const OPEN_BIN_FROM = 20;

export function readCustomerOverview(db: ReadableDB): CustomerOverview {
  const totals = db
    .prepare('SELECT count(*) AS transactions, coalesce(sum(amount), 0) AS revenue, min(day_number) AS first, max(day_number) AS last FROM transactions')
    .get() as { transactions: number; revenue: number; first: number | null; last: number | null };
  const customers = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;

  // Two grouped passes joined by month: a correlated subquery per month made this take seconds.
  const monthly = db
    .prepare(
      `WITH activity AS (
         SELECT ${isoMonthSql('day_number')} AS month, sum(amount) AS revenue, count(*) AS transactions,
                count(DISTINCT customer_key) AS activeCustomers
           FROM transactions GROUP BY month
       ), arrivals AS (
         SELECT month, count(*) AS newCustomers
           FROM (SELECT ${isoMonthSql('min(day_number)')} AS month FROM transactions GROUP BY customer_key)
          GROUP BY month
       )
       SELECT a.month, a.revenue, a.transactions, a.activeCustomers, coalesce(n.newCustomers, 0) AS newCustomers
         FROM activity a LEFT JOIN arrivals n USING (month)
        ORDER BY a.month`,
    )
    .all() as MonthlyActivity[];

  const perCustomer = db
    .prepare(
      `SELECT min(n, ${OPEN_BIN_FROM}) AS bin, count(*) AS customers
         FROM (SELECT count(*) AS n FROM transactions GROUP BY customer_key)
        GROUP BY bin ORDER BY bin`,
    )
    .all() as { bin: number; customers: number }[];
  const purchasesPerCustomer: PurchaseCountBin[] = perCustomer.map((r) => ({
    fromPurchases: r.bin,
    toPurchases: r.bin === OPEN_BIN_FROM ? null : r.bin,
    customers: r.customers,
  }));

  return {
    customers,
    transactions: totals.transactions,
    revenue: totals.revenue,
    currencyCode: readMeta(db, 'currency') ?? 'EUR',
    averageTransactionValue: totals.transactions > 0 ? totals.revenue / totals.transactions : null,
    firstTransactionDate: totals.first === null ? null : dayNumberToIso(totals.first),
    lastTransactionDate: totals.last === null ? null : dayNumberToIso(totals.last),
    monthly,
    purchasesPerCustomer,
  };
}
