import { describe, expect, it } from 'vitest';
import { appLocale } from '../format/formatters';
import { i18next, localeFor, setLanguage } from './i18n';
import { en } from './locales/en';
import { es } from './locales/es';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the interface language', () => {
  it('has a Spanish text for every English one and no other', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('switches words, plurals and number formats together', () => {
    setLanguage('es');
    expect(i18next.t('nav.scenarios')).toBe('Escenarios');
    expect(i18next.t('customers', { count: 20_000 })).toBe('20.000 clientes');
    expect(appLocale()).toBe('es-ES');
    setLanguage('en');
    expect(i18next.t('nav.scenarios')).toBe('Scenarios');
    expect(i18next.t('customers', { count: 1 })).toBe('1 customer');
    expect(localeFor('es')).toBe('es-ES');
  });
});
