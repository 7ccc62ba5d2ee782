import type { MonthlyActivity } from '../../../../shared/domain/workspace';

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
