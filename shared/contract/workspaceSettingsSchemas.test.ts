import { describe, expect, it } from 'vitest';
import { argSchemas } from './schemas';
import { currencyCodeSchema, localeSchema, workspaceSetSettingsSchema } from './workspaceSettingsSchemas';
import { currencyOfLocale, defaultWorkspaceSettings } from '../domain/workspaceSettings';

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('the workspace settings contract', () => {
  it('takes ISO 4217 codes Intl knows, in any case, and refuses the rest with an example', () => {
    expect(currencyCodeSchema.parse('usd')).toBe('USD');
    expect(currencyCodeSchema.parse(' MXN ')).toBe('MXN');
    for (const code of ['EUR', 'GBP', 'COP', 'ARS', 'CLP', 'PEN', 'BRL', 'JPY']) expect(currencyCodeSchema.parse(code)).toBe(code);
    expect(message(currencyCodeSchema.safeParse('XYZ'))).toMatch(/not an ISO 4217 currency code.*EUR, USD/);
    expect(message(currencyCodeSchema.safeParse('€'))).toMatch(/three-letter ISO 4217 code/);
    expect(message(currencyCodeSchema.safeParse('EURO'))).toMatch(/three-letter/);
  });

  it('takes BCP 47 locales in their canonical form and refuses what is not one', () => {
    expect(localeSchema.parse('es-mx')).toBe('es-MX');
    expect(localeSchema.parse('en-GB')).toBe('en-GB');
    expect(localeSchema.parse('es-419')).toBe('es-419');
    expect(message(localeSchema.safeParse('en_US'))).toMatch(/"en_US" is not a language tag.*es-ES/);
    expect(message(localeSchema.safeParse('xx-YY'))).toMatch(/not a language tag this app can write numbers in/);
  });

  it('changes either setting or both, never nothing, and nothing else', () => {
    expect(workspaceSetSettingsSchema.parse({ currencyCode: 'usd' })).toEqual({ currencyCode: 'USD' });
    expect(workspaceSetSettingsSchema.parse({ locale: 'es-co', currencyCode: 'COP' })).toEqual({ locale: 'es-CO', currencyCode: 'COP' });
    expect(message(workspaceSetSettingsSchema.safeParse({}))).toBe('Give a currency, a locale or both.');
    expect(workspaceSetSettingsSchema.safeParse({ currencyCode: 'USD', rate: 1.1 }).success).toBe(false);
  });

  it('creates a workspace with an optional currency and locale (none: EUR, and the interface language)', () => {
    const create = argSchemas['workspace.create'];
    expect(create.parse({ path: '/tmp/a.lwb' })).toEqual({ path: '/tmp/a.lwb' });
    expect(create.parse({ path: '/tmp/a.lwb', currencyCode: 'clp', locale: 'es-CL' })).toEqual({ path: '/tmp/a.lwb', currencyCode: 'CLP', locale: 'es-CL' });
    expect(create.safeParse({ path: '/tmp/a.lwb', currencyCode: 'PESO' }).success).toBe(false);
  });

  it('proposes the currency of the interface locale’s region', () => {
    expect(defaultWorkspaceSettings('es-ES')).toEqual({ currencyCode: 'EUR', locale: 'es-ES' });
    expect(defaultWorkspaceSettings('en-US')).toEqual({ currencyCode: 'USD', locale: 'en-US' });
    expect(defaultWorkspaceSettings('en-GB')).toEqual({ currencyCode: 'GBP', locale: 'en-GB' });
    expect(defaultWorkspaceSettings('es-MX')).toEqual({ currencyCode: 'MXN', locale: 'es-MX' });
    // Spanish for Latin America as a whole has no one currency: the app's old default stays.
    expect(defaultWorkspaceSettings('es-419')).toEqual({ currencyCode: 'EUR', locale: 'es-419' });
    expect(currencyOfLocale('es')).toBe('EUR');
    expect(currencyOfLocale('en')).toBe('USD');
  });
});
