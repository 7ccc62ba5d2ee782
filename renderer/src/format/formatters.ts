/**
 * Number and date formatting in one place, built once per locale and currency. Components and
 * chart builders take a `Formatters` rather than calling Intl themselves, so tests can pin the
 * locale and the whole UI formats alike.
 */
export interface Formatters {
  locale: string;
  currencyCode: string;
  /** Whole numbers with thousands separators: 12,345. */
  count(value: number): string;
  /** Money with its symbol, no cents for large sums: €1,234,567. */
  currency(value: number): string;
  /** Money with cents: €23.45. */
  currencyPrecise(value: number): string;
  /** Short money for axis labels: €1.2M. */
  currencyCompact(value: number): string;
  /** Short counts for axis labels: 12K. */
  countCompact(value: number): string;
  /** A measure with at most one decimal: 12.5 (weeks, purchases per customer). */
  decimal(value: number): string;
  /** A measure with exactly one decimal, for columns that line up: 146.0, 3.4. */
  measure(value: number): string;
  /** A statistic with exactly two decimals: 0.42, -1,234.57. */
  decimal2(value: number): string;
  /** A model estimate to four significant digits, whatever its size: 0.2431, 4.414, 0.0001234. */
  estimate(value: number): string;
  /** A share from 0 to 1 as a percentage with one decimal: 42.3%. */
  percent(share: number): string;
  /** A YYYY-MM month as "Mar 2024". */
  month(isoMonth: string): string;
  /** A YYYY-MM-DD date as "3 Mar 2024" (in the locale's order). */
  date(isoDate: string): string;
  /** A moment (an ISO timestamp) in the user's own time zone: "3 Mar 2024, 14:05". */
  dateTime(isoTimestamp: string): string;
}

// Workspace dates are calendar dates without a zone; formatting them in UTC keeps the day.
const UTC = 'UTC';

function isoToUtcDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
}

export function createFormatters(locale: string, currencyCode: string, timeZone?: string): Formatters {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const countCompact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode, maximumFractionDigits: 0 });
  const moneyPrecise = new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Without a minimum, currency keeps its cents' digits and a round €1,000 reads "€1.0K".
  const moneyCompact = new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const measure = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const decimal2 = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const estimate = new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: UTC });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: UTC });
  // A moment, unlike a calendar date, is shown in local time: it is when the user did something.
  const dateTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });

  const formatDate = (format: Intl.DateTimeFormat, iso: string): string => {
    const d = isoToUtcDate(iso);
    return d ? format.format(d) : iso;
  };

  return {
    locale,
    currencyCode,
    count: (v) => count.format(v),
    currency: (v) => money.format(v),
    currencyPrecise: (v) => moneyPrecise.format(v),
    currencyCompact: (v) => moneyCompact.format(v),
    countCompact: (v) => countCompact.format(v),
    decimal: (v) => decimal.format(v),
    measure: (v) => measure.format(v),
    decimal2: (v) => decimal2.format(v),
    estimate: (v) => (Number.isFinite(v) ? estimate.format(v) : '–'),
    percent: (v) => percent.format(v),
    month: (iso) => formatDate(month, iso),
    date: (iso) => formatDate(date, iso),
    dateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
  };
}

/** The locale the UI formats in: the user's, as the browser or Electron reports it. */
let chosenLocale: string | null = null;

/** Set by the interface language (renderer/src/i18n): the locale every formatter then uses. */
export function setAppLocale(locale: string): void {
  chosenLocale = locale;
}

export function appLocale(): string {
  if (chosenLocale) return chosenLocale;
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
}

/** The words of a time-left estimate; English unless the caller passes its language's. */
export interface TimeLeftWords {
  fewSeconds: string;
  seconds(s: number): string;
  minutes(minutes: number): string;
  hours(hours: number, minutes: number): string;
}

export const ENGLISH_TIME_LEFT: TimeLeftWords = {
  fewSeconds: 'a few seconds left',
  seconds: (s) => `about ${s} s left`,
  minutes: (m) => `about ${m} min left`,
  hours: (h, m) => `about ${h} h ${m} min left`,
};

/** "about 40 s left", "about 3 min left"; rounded, because an estimate is not a promise. */
export function formatTimeLeft(secondsLeft: number | null, words: TimeLeftWords = ENGLISH_TIME_LEFT): string | null {
  if (secondsLeft === null || !Number.isFinite(secondsLeft)) return null;
  const s = Math.max(0, Math.round(secondsLeft));
  if (s < 5) return words.fewSeconds;
  if (s < 60) return words.seconds(Math.ceil(s / 5) * 5);
  const minutes = Math.round(s / 60);
  if (minutes < 60) return words.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  return words.hours(hours, minutes % 60);
}
