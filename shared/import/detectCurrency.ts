import { currencyOfLocale, isCurrencyCode } from '../domain/workspaceSettings';
import type { DetectedColumn } from './detectFormat';

/**
 * The currency a file's amounts are in, read from how they are written: a symbol or code beside
 * the number ("$1,234.50", "1.234,56 €", "MXN 300", "R$ 45,90"), a currency in the amount's
 * header ("Importe (€)", "price_usd"), or a column of currency codes ("Moneda": "COP").
 *
 * Some marks name several currencies: "$" is the US dollar and the peso of Mexico, Colombia,
 * Argentina, Chile... (and the Canadian, Australian dollars); "¥" is the yen and the yuan; "kr"
 * the Nordic crowns. Those are reported as ambiguous with their candidates; the caller decides
 * with the workspace's locale (resolveDetectedCurrency), since the file alone cannot.
 */
export interface CurrencyDetection {
  /** The likeliest currency from the file alone (the first candidate). */
  code: string;
  /** More than one currency fits the marks seen. */
  ambiguous: boolean;
  /** Every currency the marks could mean, likeliest first; one when not ambiguous. */
  candidates: string[];
  /** The marks as the file writes them: "$", "€", "US$", "MXN". */
  marks: string[];
  /** Where they were seen: beside the amounts, in the amount column's header, or in a column of codes. */
  source: 'amounts' | 'header' | 'currencyColumn';
  column: number;
  /** Marks of different currencies in one column: the file may mix currencies (which no import converts). */
  mixed: boolean;
}

/** "$" alone, likeliest first for this app's clients: the US dollar, then the pesos the app is made for, then other dollars. */
const DOLLAR_SIGN = ['USD', 'MXN', 'COP', 'ARS', 'CLP', 'CAD', 'AUD', 'NZD', 'UYU', 'SGD', 'HKD'];

/** Marks that are not codes, each with the currencies it may mean (longest marks are tried first). */
const SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  '€': ['EUR'],
  '£': ['GBP'],
  '¥': ['JPY', 'CNY'],
  '￥': ['JPY', 'CNY'],
  '₹': ['INR'],
  '₩': ['KRW'],
  '₺': ['TRY'],
  '₪': ['ILS'],
  '₽': ['RUB'],
  'R$': ['BRL'],
  'US$': ['USD'],
  'U$S': ['USD'],
  'USD$': ['USD'],
  'C$': ['CAD', 'NIO'],
  'CA$': ['CAD'],
  'A$': ['AUD'],
  'AU$': ['AUD'],
  'NZ$': ['NZD'],
  'MX$': ['MXN'],
  'MEX$': ['MXN'],
  'COL$': ['COP'],
  'CLP$': ['CLP'],
  'AR$': ['ARS'],
  'S/.': ['PEN'],
  'S/': ['PEN'],
  '$U': ['UYU'],
  'Bs.': ['BOB', 'VES'],
  'Bs': ['BOB', 'VES'],
  kr: ['SEK', 'NOK', 'DKK'],
  'kr.': ['DKK', 'SEK', 'NOK'],
  zł: ['PLN'],
  $: DOLLAR_SIGN,
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Longest first, so "US$" is read as such and not as "$"; letters' marks only as whole words.
const SYMBOL_PATTERN = Object.keys(SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map((m) => (/^[a-z]/i.test(m) ? `(?<![A-Za-z])${escape(m)}(?![A-Za-z])` : escape(m)))
  .join('|');

/** A number with a mark before or after it: "-$1,234.50", "(€ 12)", "1.234,56 €", "EUR 12,50", "12.5USD". */
const NUMBER = String.raw`[+-]?\(?[+-]?\d[\d.,'\s\u00a0\u202f]*\)?-?`;
const MARKED_AMOUNT = new RegExp(String.raw`^\s*[+-]?\(?\s*(?<before>${SYMBOL_PATTERN}|[A-Z]{3})?\s*(?<number>${NUMBER})\s*(?<after>${SYMBOL_PATTERN}|[A-Z]{3})?\s*\)?\s*$`, 'u');

/** The currencies a mark may mean; a three-letter code only when Intl knows it (so "ABC" is not read as one). */
function currenciesOf(mark: string): readonly string[] | null {
  const symbol = SYMBOLS[mark];
  if (symbol) return symbol;
  return /^[A-Z]{3}$/.test(mark) && isCurrencyCode(mark) ? [mark] : null;
}

/** The mark beside one amount, or null when it carries none (a bare number, or text that is not an amount). */
export function currencyMarkOf(value: string): { mark: string; currencies: readonly string[] } | null {
  const m = MARKED_AMOUNT.exec(value);
  if (!m?.groups) return null;
  const { before, after } = m.groups;
  const mark = before ?? after;
  // Two marks ("$12 USD"): the code says which dollar.
  if (before && after) {
    const code = currenciesOf(after)?.length === 1 ? after : currenciesOf(before)?.length === 1 ? before : null;
    const currencies = code ? currenciesOf(code) : null;
    return currencies ? { mark: `${before} ${after}`, currencies } : null;
  }
  if (!mark) return null;
  const currencies = currenciesOf(mark);
  return currencies ? { mark, currencies } : null;
}

/**
 * Codes and symbols written in a header ("Amount (USD)", "Importe €", "precio_mxn"). Lowercase
 * codes only among the common ones: in a header "all" or "top" is a word, not a currency.
 */
const HEADER_CODES = new Set(['EUR', 'USD', 'GBP', 'MXN', 'COP', 'ARS', 'CLP', 'PEN', 'BRL', 'UYU', 'CAD', 'AUD', 'CHF', 'JPY', 'CNY', 'INR']);

function headerCurrencies(header: string): { mark: string; currencies: readonly string[] } | null {
  for (const token of header.split(/[^A-Za-z]+/)) {
    if (HEADER_CODES.has(token.toUpperCase()) && (token === token.toUpperCase() || token === token.toLowerCase())) return { mark: token, currencies: [token.toUpperCase()] };
  }
  const symbol = new RegExp(SYMBOL_PATTERN, 'u').exec(header);
  if (!symbol) return null;
  // "kr" or "Bs" inside a word ("Bsales") is not a mark; the pattern already asks for word edges.
  return { mark: symbol[0], currencies: SYMBOLS[symbol[0]]! };
}

/** A header that names a column of currency codes, in English or Spanish. */
const CURRENCY_HEADER = /^(currency|currency[ _-]?code|ccy|curr|moneda|divisa|tipo[ _-]?de[ _-]?moneda|c[oó]digo[ _-]?de[ _-]?moneda)$/i;

/** What the marks of one column say, when enough of its values carry one. */
function fromMarks(found: { mark: string; currencies: readonly string[] }[], source: CurrencyDetection['source'], column: number): CurrencyDetection | null {
  if (found.length === 0) return null;
  const marks = [...new Set(found.map((f) => f.mark))];
  // A currency is a candidate when every mark allows it; when none does, the column mixes currencies.
  const sets = [...new Set(found.map((f) => f.currencies.join(',')))].map((s) => s.split(','));
  const common = sets.reduce((acc, s) => acc.filter((c) => s.includes(c)));
  const mixed = common.length === 0;
  const candidates = mixed ? [...new Set(sets.flat())] : common;
  return { code: candidates[0]!, ambiguous: candidates.length > 1, candidates, marks, source, column, mixed };
}

/** At least this share of a column's non-blank values carry a mark before it is taken to be in that currency. */
const MARKED_SHARE = 0.5;

function markedColumn(rows: readonly (readonly string[])[], column: number): CurrencyDetection | null {
  const values = rows.map((r) => (r[column] ?? '').trim()).filter((v) => v !== '');
  if (values.length === 0) return null;
  const found = values.map(currencyMarkOf).filter((f): f is NonNullable<typeof f> => f !== null);
  return found.length >= values.length * MARKED_SHARE ? fromMarks(found, 'amounts', column) : null;
}

function codeColumn(columns: readonly DetectedColumn[], rows: readonly (readonly string[])[]): CurrencyDetection | null {
  for (const c of columns) {
    if (!CURRENCY_HEADER.test(c.name.trim())) continue;
    const values = rows.map((r) => (r[c.index] ?? '').trim().toUpperCase()).filter((v) => v !== '');
    const codes = values.filter((v) => /^[A-Z]{3}$/.test(v) && isCurrencyCode(v));
    if (codes.length === 0 || codes.length < values.length * MARKED_SHARE) continue;
    return fromMarks(codes.map((code) => ({ mark: code, currencies: [code] })), 'currencyColumn', c.index);
  }
  return null;
}

/**
 * The currency of a file's amounts, from its sample rows: the amount column's marks first (the
 * amount given, or, when none is known, the column whose values carry the most marks), then a
 * column of currency codes, then the amount column's header. Null when nothing says.
 */
export function detectCurrency(columns: readonly DetectedColumn[], rows: readonly (readonly string[])[], amountColumn: number | null): CurrencyDetection | null {
  const inAmounts =
    amountColumn !== null
      ? markedColumn(rows, amountColumn)
      : columns
          .map((c) => markedColumn(rows, c.index))
          .filter((d): d is CurrencyDetection => d !== null)
          .sort((a, b) => Number(a.mixed) - Number(b.mixed))[0] ?? null;
  if (inAmounts) return inAmounts;
  const inColumn = codeColumn(columns, rows);
  if (inColumn) return inColumn;
  const header = amountColumn !== null ? columns.find((c) => c.index === amountColumn) : undefined;
  const named = header ? headerCurrencies(header.name) : null;
  return named && header ? fromMarks([named], 'header', header.index) : null;
}

/**
 * The currency to propose for a detection: the only one when the marks name one; among several
 * (a "$"), the one of the workspace's locale region when it is a candidate ("$" in an es-MX
 * workspace is MXN), else the likeliest. `byRegion` says the region decided, so the UI can say so.
 */
export function resolveDetectedCurrency(detection: CurrencyDetection, locale: string | null): { code: string; byRegion: boolean } {
  if (!detection.ambiguous) return { code: detection.code, byRegion: false };
  const regional = locale ? currencyOfLocale(locale) : null;
  if (regional && detection.candidates.includes(regional)) return { code: regional, byRegion: true };
  return { code: detection.code, byRegion: false };
}
