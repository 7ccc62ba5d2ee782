import { describe, expect, it } from 'vitest';
import type { WorkspaceSettingsView } from '../../../shared/contract/methods';
import { currencyChoices, localeChoices, sampleFigures, settingsConsequences } from './settingsChoices';

const view: WorkspaceSettingsView = {
  currencyCode: 'EUR',
  locale: null,
  transactions: 1234,
  plans: [
    { planId: 1, name: 'Basic 1%', currency: 'EUR' },
    { planId: 2, name: 'Club USA', currency: 'USD' },
  ],
};

describe('the workspace settings fields', () => {
  it('offer the common currencies first, named in the interface language, then every other', () => {
    const [common, all] = currencyChoices('es', { common: 'Habituales', all: 'Todas' });
    expect(common!.items.slice(0, 2)).toEqual([
      { value: 'EUR', label: 'EUR — euro' },
      { value: 'USD', label: 'USD — dólar estadounidense' },
    ]);
    expect(all!.items.some((i) => i.value === 'EUR')).toBe(false);
    expect(all!.items.length).toBeGreaterThan(100);
  });

  it('offer the suggested locales, and keep one the workspace has outside them', () => {
    expect(localeChoices('en', null)[0]).toEqual({ value: 'en-US', label: 'en-US — American English' });
    expect(localeChoices('es', 'es-UY')[0]).toEqual({ value: 'es-UY', label: 'es-UY — español (Uruguay)' });
  });

  it('show how the figures will read', () => {
    expect(sampleFigures('en-US', 'USD')).toBe('$1,234,567.89 · 20,000 · Mar 25, 2024');
    expect(sampleFigures('es-ES', 'EUR')).toMatch(/^1\.234\.567,89\s€ · 20\.000 · 25 mar 2024$/);
  });

  it('say what a change of currency leaves behind: the transactions, and the plans in another currency', () => {
    expect(settingsConsequences(view, 'EUR')).toEqual({ currencyChanged: false, transactions: 0, plansLeft: [] });
    expect(settingsConsequences(view, 'USD')).toEqual({ currencyChanged: true, transactions: 1234, plansLeft: [{ planId: 1, name: 'Basic 1%', currency: 'EUR' }] });
    expect(settingsConsequences(view, 'MXN').plansLeft.map((p) => p.name)).toEqual(['Basic 1%', 'Club USA']);
  });
});
