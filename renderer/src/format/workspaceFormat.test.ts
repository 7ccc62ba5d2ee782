import { describe, expect, it } from 'vitest';
import { setAppLocale } from './formatters';
import { dataLocale, workspaceFormatters } from './workspaceFormat';

describe("a workspace's figures", () => {
  it("are written in the workspace's locale and currency, whatever the interface language", () => {
    setAppLocale('es-ES');
    const us = workspaceFormatters({ locale: 'en-US', currencyCode: 'USD' });
    expect(us.currency(1234567)).toBe('$1,234,567');
    expect(us.date('2024-03-25')).toBe('Mar 25, 2024');
    const mx = workspaceFormatters({ locale: 'es-MX', currencyCode: 'MXN' });
    expect(mx.currency(1234567)).toBe('$1,234,567');
    expect(mx.date('2024-03-25')).toBe('25 mar 2024');
    const gb = workspaceFormatters({ locale: 'en-GB', currencyCode: 'GBP' });
    expect(gb.currencyPrecise(12.5)).toBe('£12.50');
    expect(gb.date('2024-03-25')).toBe('25 Mar 2024');
  });

  it('follow the interface language in a workspace that never chose a locale', () => {
    setAppLocale('es-ES');
    expect(dataLocale({ locale: null })).toBe('es-ES');
    expect(workspaceFormatters({ locale: null, currencyCode: 'EUR' }).currency(1234567)).toMatch(/^1\.234\.567\s€$/);
    setAppLocale('en-GB');
    expect(workspaceFormatters({ locale: null, currencyCode: 'EUR' }).currency(1234567)).toBe('€1,234,567');
  });

  it("carry a run's own currency when it is given", () => {
    expect(workspaceFormatters({ locale: 'en-US', currencyCode: 'USD' }, 'EUR').currency(10)).toBe('€10');
  });
});
