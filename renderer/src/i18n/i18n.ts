import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setAppLocale } from '../format/formatters';
import { en } from './locales/en';
import { es } from './locales/es';

/**
 * The interface language: English or Spanish, switchable at any time, remembered on this
 * machine. i18next does the lookup, plurals and interpolation; numbers, money and dates follow
 * the language's locale (decimal comma and day-first dates in Spanish) through the formatters.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'lw.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: typeof en;
  }
}

function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' || value === 'es' ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
}

/** The locale numbers and dates are written in for a language. */
export function localeFor(language: Language): string {
  if (language === 'es') return 'es-ES';
  const browser = browserLanguage();
  return browser.toLowerCase().startsWith('en') ? browser : 'en-GB';
}

const initial: Language = storedLanguage() ?? (browserLanguage().toLowerCase().startsWith('es') ? 'es' : 'en');
setAppLocale(localeFor(initial));
void i18next.use(initReactI18next).init({
  resources: { en, es },
  lng: initial,
  fallbackLng: 'en',
  defaultNS: 'app',
  ns: Object.keys(en),
  interpolation: { escapeValue: false },
});

export function currentLanguage(): Language {
  return i18next.language === 'es' ? 'es' : 'en';
}

export function setLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered (private mode); the switch still applies now.
  }
  setAppLocale(localeFor(language));
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export { i18next };
