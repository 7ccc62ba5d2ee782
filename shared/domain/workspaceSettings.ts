/**
 * A workspace's money and how its figures are written: an ISO 4217 currency code and a BCP 47
 * locale for numbers and dates. Both belong to the client's data, not to the user: a Spanish
 * consultant may study a US retailer in USD with en-US figures while the interface stays in
 * Spanish. The interface language (renderer/src/i18n) is the user's; these are the workspace's.
 */
export interface WorkspaceSettings {
  currencyCode: string;
  /** null: never chosen (workspaces made before it existed, the sample): figures follow the interface language. */
  locale: string | null;
}

/** What a workspace is given when nobody says otherwise: the currency the app has always assumed. */
export const DEFAULT_CURRENCY = 'EUR';

let currencies: ReadonlySet<string> | null = null;

/** The ISO 4217 codes this runtime's Intl knows, so a code accepted here can always be formatted. */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

/**
 * The canonical form of a BCP 47 tag ("es-mx" → "es-MX"), or null when it is not a well-formed
 * tag or names a language Intl cannot format numbers in.
 */
export function canonicalLocale(tag: string): string | null {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    // Intl's RangeError for a malformed tag is the answer this function gives as null.
    return null;
  }
  if (!canonical) return null;
  return Intl.NumberFormat.supportedLocalesOf(canonical).length > 0 ? canonical : null;
}

/** The locale's region as Intl fills it in ("es" → "ES", "en" → "US", "es-419" → "419"), or null. */
export function regionOf(locale: string): string | null {
  try {
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    // Intl's RangeError for a malformed tag: no region, which is what null says.
    return null;
  }
}

/**
 * The currency of the regions a client of this app is likely to be in: the Spanish-speaking
 * Americas and Spain first, then the other markets one meets in retail data. A region missing
 * here simply gives no suggestion.
 */
const REGION_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD', PR: 'USD', EC: 'USD', SV: 'USD', PA: 'USD',
  MX: 'MXN', CO: 'COP', AR: 'ARS', CL: 'CLP', PE: 'PEN', UY: 'UYU', BO: 'BOB', PY: 'PYG', VE: 'VES',
  CR: 'CRC', DO: 'DOP', GT: 'GTQ', HN: 'HNL', NI: 'NIO', CU: 'CUP', BR: 'BRL',
  GB: 'GBP', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON',
  ES: 'EUR', PT: 'EUR', FR: 'EUR', DE: 'EUR', IT: 'EUR', NL: 'EUR', BE: 'EUR', AT: 'EUR', IE: 'EUR',
  FI: 'EUR', GR: 'EUR', LU: 'EUR', SK: 'EUR', SI: 'EUR', EE: 'EUR', LV: 'EUR', LT: 'EUR', HR: 'EUR',
  CA: 'CAD', AU: 'AUD', NZ: 'NZD', JP: 'JPY', CN: 'CNY', IN: 'INR', KR: 'KRW', SG: 'SGD', HK: 'HKD',
  ZA: 'ZAR', TR: 'TRY', IL: 'ILS', AE: 'AED',
};

/** The currency of the locale's region ("es-MX" → "MXN", "en-GB" → "GBP"), or null when unknown. */
export function currencyOfLocale(locale: string): string | null {
  const region = regionOf(locale);
  return region ? (REGION_CURRENCY[region] ?? null) : null;
}

/**
 * The locales offered in the new-workspace and settings dialogs: the markets the app is made
 * for. Any other well-formed tag is accepted too (the settings schema checks it, not this list).
 */
export const SUGGESTED_LOCALES = ['en-US', 'en-GB', 'es-ES', 'es-MX', 'es-CO', 'es-AR', 'es-CL', 'es-PE', 'es-US', 'pt-BR', 'fr-FR', 'de-DE'] as const;

/** The currencies offered first in the dialogs (any ISO 4217 code Intl knows is accepted). */
export const SUGGESTED_CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN', 'COP', 'ARS', 'CLP', 'PEN', 'BRL', 'UYU', 'CAD', 'CHF', 'JPY'] as const;

/**
 * What a new workspace proposes from the interface's locale: that locale for its figures, and
 * its region's currency (euros for a region the table does not know: what the app assumed before).
 */
export function defaultWorkspaceSettings(interfaceLocale: string): { currencyCode: string; locale: string } {
  const locale = canonicalLocale(interfaceLocale) ?? 'en-GB';
  return { currencyCode: currencyOfLocale(locale) ?? DEFAULT_CURRENCY, locale };
}
