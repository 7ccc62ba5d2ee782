import { describe, expect, it } from 'vitest';
import { annualSales } from './workspaceFacts';

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
