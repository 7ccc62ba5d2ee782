import { describe, expect, it } from 'vitest';
import { formatDifference } from './compareTable';
import { formatKpi } from './kpiTable';

describe('KPI figures on the command line', () => {
  it('prints ratios (ROI) and shares as percentages, money to the cent with its currency', () => {
    expect(formatKpi(-1.001, 'ratio', 'EUR')).toBe('-100.1%');
    expect(formatKpi(0.0234, 'share', 'EUR')).toBe('2.34%');
    expect(formatKpi(1234.5, 'currency', 'USD')).toBe('1,234.50 USD');
    expect(formatKpi(null, 'ratio', 'EUR')).toBe('–');
  });

  it('prints differences of rates in percentage points, of money in money', () => {
    expect(formatDifference(0.0062, 'ratio', 'EUR')).toBe('+0.62 pp');
    expect(formatDifference(-0.139, 'share', 'EUR')).toBe('-13.9 pp');
    expect(formatDifference(2929.53, 'currency', 'EUR')).toBe('+2,929.53 EUR');
    expect(formatDifference(null, 'currency', 'EUR')).toBe('–');
  });
});
