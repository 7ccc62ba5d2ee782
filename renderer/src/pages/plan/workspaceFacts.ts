import type { CustomerOverview, MonthlyActivity } from '../../../../shared/domain/workspace';
import { buyerGroupsFromHistogram, type BuyerGroup } from '../../../../shared/plan/earnRate';

/**
 * A year of the workspace's sales, for running costs as a share of sales: the last twelve
 * months with data, or the months there are scaled to a year. Null without any sales.
 */
export function annualSales(monthly: readonly Pick<MonthlyActivity, 'month' | 'revenue'>[]): number | null {
  const months = [...monthly].sort((a, b) => a.month.localeCompare(b.month)).slice(-12);
  if (months.length === 0) return null;
  const total = months.reduce((sum, m) => sum + m.revenue, 0);
  return total > 0 ? (total / months.length) * 12 : null;
}

/** A year of purchases (transactions), on the same twelve months as annualSales; null without any. */
export function annualPurchases(monthly: readonly Pick<MonthlyActivity, 'month' | 'transactions'>[]): number | null {
  const months = [...monthly].sort((a, b) => a.month.localeCompare(b.month)).slice(-12);
  if (months.length === 0) return null;
  const total = months.reduce((sum, m) => sum + m.transactions, 0);
  return total > 0 ? (total / months.length) * 12 : null;
}

/** Customers who buy alike, from the purchase histogram, at a year's rate: for tiers, visits and streaks. */
export function buyerGroups(overview: Pick<CustomerOverview, 'monthly' | 'purchasesPerCustomer' | 'transactions'>): BuyerGroup[] {
  const perYear = annualPurchases(overview.monthly);
  return perYear === null ? [] : buyerGroupsFromHistogram(overview.purchasesPerCustomer, overview.transactions, perYear);
}
