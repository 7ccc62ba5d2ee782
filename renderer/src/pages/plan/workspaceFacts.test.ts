import { describe, expect, it } from 'vitest';
import { annualPurchases, annualSales, buyerGroups } from './workspaceFacts';

describe('a year of sales', () => {
  it('sums the last twelve months', () => {
    const monthly = Array.from({ length: 18 }, (_, i) => ({ month: `2024-${String((i % 12) + 1).padStart(2, '0')}`.replace('2024', i < 12 ? '2024' : '2025'), revenue: i < 6 ? 1 : 100 }));
    expect(annualSales(monthly)).toBe(1200);
  });

  it('scales a shorter history to a year, and has nothing to say without sales', () => {
    expect(annualSales([{ month: '2024-01', revenue: 50 }, { month: '2024-02', revenue: 150 }])).toBe(1200);
    expect(annualSales([])).toBeNull();
    expect(annualSales([{ month: '2024-01', revenue: 0 }])).toBeNull();
  });
});

describe('how often the customers buy', () => {
  it('takes a year of purchases like a year of sales', () => {
    expect(annualPurchases([{ month: '2024-01', transactions: 10 }, { month: '2024-02', transactions: 30 }])).toBe(240);
    expect(annualPurchases([])).toBeNull();
  });

  it('groups customers by purchases at a year’s rate, the open bin taking what the total leaves', () => {
    // 3 years of history: 100 customers with 1 purchase, 50 with 3, 10 with 20 or more (the rest of 600).
    const groups = buyerGroups({
      monthly: Array.from({ length: 12 }, (_, i) => ({ month: `2024-${String(i + 1).padStart(2, '0')}`, revenue: 1, transactions: 200 / 12, activeCustomers: 1, newCustomers: 0 })),
      transactions: 600,
      purchasesPerCustomer: [
        { fromPurchases: 1, toPurchases: 1, customers: 100 },
        { fromPurchases: 3, toPurchases: 3, customers: 50 },
        { fromPurchases: 20, toPurchases: null, customers: 10 },
      ],
    });
    expect(groups.map((g) => g.customers)).toEqual([100, 50, 10]);
    expect(groups[0]!.purchasesPerYear).toBeCloseTo(1 / 3, 9);
    expect(groups[2]!.purchasesPerYear).toBeCloseTo(35 / 3, 9);
    expect(groups.reduce((a, g) => a + g.customers * g.purchasesPerYear, 0)).toBeCloseTo(200, 9);
  });
});
