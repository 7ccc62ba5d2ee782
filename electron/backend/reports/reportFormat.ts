import type { Locale } from '../../../shared/contract/scenarioSchemas';
import type { KpiUnit } from '../../../shared/simulation/results';

/**
 * Numbers, money and dates as the report's reader writes them: 'en-GB' or 'es-ES' through Intl
 * (decimal comma and grouping dots in Spanish). Every writer (PDF, deck, workbook captions)
 * prints through these, so a figure reads the same in all three and a test can look for the
 * very string a reader sees.
 */
export interface ReportFormat {
  locale: Locale;
  /** The BCP 47 tag Intl is given. */
  tag: 'en-GB' | 'es-ES';
  currency: string;
  /** The currency's symbol as the locale writes it (€, £, US$...). */
  currencySymbol: string;
  /** Whole currency units: "€72,191" / "72.191 €". */
  money(v: number): string;
  /** With cents, for small amounts (cost per point, per customer). */
  moneyPrecise(v: number): string;
  /** Compact for chart axes: "€72K" / "72 mil €". */
  moneyCompact(v: number): string;
  count(v: number): string;
  countCompact(v: number): string;
  /** A share (0.0187) as a percentage with the given decimals: "1.87%" / "1,87 %". */
  percent(v: number, digits?: number): string;
  decimal(v: number, digits?: number): string;
  /** A date (ISO text or Date) in full: "22 November 2026" / "22 de noviembre de 2026". */
  date(iso: string | Date): string;
  dateTime(iso: string | Date): string;
}

/**
 * pdfkit's standard fonts are WinAnsi-encoded. Intl may emit characters outside it (the
 * narrow no-break space some locales put before % or a currency, the minus sign U+2212); they
 * are swapped for their WinAnsi look-alikes so nothing prints as a blank box.
 */
export function winAnsiSafe(text: string): string {
  return text.replace(/\u202f/g, '\u00a0').replace(/\u2212/g, '-').replace(/\u2009/g, ' ');
}

export function reportFormat(locale: Locale, currency: string): ReportFormat {
  const tag = locale === 'es' ? 'es-ES' : 'en-GB';
  const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, o);
  const moneyC = nf({ style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1, minimumFractionDigits: 0 });
  const countC = nf({ notation: 'compact', maximumFractionDigits: 1 });
  // Spanish omits the grouping dot in four-digit numbers (1234 but 12.345); 'always' keeps
  // columns of figures aligned the way a finance reader expects in both languages.
  const grouping = { useGrouping: 'always' as const };
  const moneyG = nf({ style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0, ...grouping });
  const money2G = nf({ style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 2, ...grouping });
  const countG = nf({ maximumFractionDigits: 0, ...grouping });
  const symbol = nf({ style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
  const dateF = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dateTimeF = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });
  const clean = (s: string) => winAnsiSafe(s);
  // -0 prints as "-0": a figure that rounds to zero is zero.
  const z = (v: number, digits: number) => (Math.abs(v) < 0.5 * 10 ** -digits ? 0 : v);
  return {
    locale,
    tag,
    currency,
    currencySymbol: symbol,
    money: (v) => clean(moneyG.format(z(v, 0))),
    moneyPrecise: (v) => clean(money2G.format(z(v, 2))),
    moneyCompact: (v) => clean(moneyC.format(z(v, 1))),
    count: (v) => clean(countG.format(z(v, 0))),
    countCompact: (v) => clean(countC.format(z(v, 1))),
    percent: (v, digits = 1) => clean(nf({ style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(z(v, digits + 2))),
    decimal: (v, digits = 2) => clean(nf({ maximumFractionDigits: digits, minimumFractionDigits: 0, ...grouping }).format(v)),
    date: (d) => clean(dateF.format(typeof d === 'string' ? new Date(d) : d)),
    dateTime: (d) => clean(dateTimeF.format(typeof d === 'string' ? new Date(d) : d)),
  };
}

/** A KPI value as printed in the reports' tables (null: the figure does not exist for the run). */
export function formatKpi(f: ReportFormat, unit: KpiUnit, value: number | null, none: string): string {
  if (value === null || !Number.isFinite(value)) return none;
  switch (unit) {
    case 'currency':
      return Math.abs(value) < 100 ? f.moneyPrecise(value) : f.money(value);
    case 'share':
      return f.percent(value, Math.abs(value) < 0.1 ? 2 : 1);
    case 'ratio':
      return f.percent(value, 1);
    case 'customers':
      return f.count(value);
    case 'weeks':
      return f.count(value);
  }
}
