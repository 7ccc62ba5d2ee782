import type { CustomerOverview } from '../../../shared/domain/workspace';
import type { ChartTheme } from './chartTheme';

/** Plain colours so chart tests need no Mantine theme. */
export const TEST_CHART_THEME: ChartTheme = {
  text: '#111',
  mutedText: '#666',
  axisLine: '#999',
  splitLine: '#eee',
  tooltipBackground: '#fff',
  tooltipBorder: '#ccc',
  fontFamily: 'sans-serif',
  primary: '#3b5bdb',
  primaryMuted: '#bac8ff',
  secondary: '#e8590c',
  palette: ['#4c6ef5', '#12b886', '#fd7e14', '#be4bdb', '#15aabf'],
};

export function overviewFixture(overrides: Partial<CustomerOverview> = {}): CustomerOverview {
  return {
    customers: 3,
    transactions: 30,
    revenue: 1500,
    currencyCode: 'EUR',
    averageTransactionValue: 50,
    firstTransactionDate: '2024-01-03',
    lastTransactionDate: '2024-03-28',
    monthly: [
      { month: '2024-01', revenue: 400, transactions: 8, activeCustomers: 2, newCustomers: 2 },
      { month: '2024-02', revenue: 500.5, transactions: 10, activeCustomers: 3, newCustomers: 1 },
      { month: '2024-03', revenue: 599.5, transactions: 12, activeCustomers: 3, newCustomers: 0 },
    ],
    purchasesPerCustomer: [
      { fromPurchases: 1, toPurchases: 1, customers: 10 },
      { fromPurchases: 2, toPurchases: 2, customers: 6 },
      { fromPurchases: 4, toPurchases: 4, customers: 2 },
      { fromPurchases: 20, toPurchases: null, customers: 1 },
    ],
    ...overrides,
  };
}
