import type { BaseFigures } from '../../../shared/plan/templateSizing';
import type { ReadableDB } from '../db/types';
import { readTransactionRange } from './transactionRange';
import { readWorkspaceSettings } from './workspaceSettings';

/** A year, in days, for yearly figures from dated transactions. */
const YEAR_DAYS = 365;

/**
 * The base a template is sized to: its customers, and a year of sales and purchases — the last
 * 365 days of data, scaled up to a year when the data spans less (a store with six months of
 * history is sized on twice those six months). One pass over the transactions.
 */
export function readBaseFigures(db: ReadableDB): BaseFigures {
  const { currencyCode } = readWorkspaceSettings(db);
  const customers = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
  const range = readTransactionRange(db);
  if (range.first === null || range.last === null) return { currencyCode, customers, yearlySalesCurrency: null, yearlyPurchases: null };
  const from = Math.max(range.first, range.last - (YEAR_DAYS - 1));
  const spanDays = range.last - from + 1;
  const year = db.prepare('SELECT coalesce(sum(amount), 0) AS sales, count(*) AS purchases FROM transactions WHERE day_number >= ?').get(from) as { sales: number; purchases: number };
  const toYear = YEAR_DAYS / spanDays;
  return {
    currencyCode,
    customers,
    yearlySalesCurrency: year.sales > 0 ? year.sales * toYear : null,
    yearlyPurchases: year.purchases > 0 ? year.purchases * toYear : null,
  };
}
