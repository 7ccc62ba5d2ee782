import { civilDay } from '../calendar/isoDate';
import type { DateFormat } from './parseDate';
import type { NumberFormat } from './parseNumber';

/**
 * Reading the commonest shapes of amounts and dates straight from the character codes of a
 * file's text, between two offsets, without a string per field. Hand-tuned for the import's speed
 * goal (issue 3): the regular expressions, substrings and caches of parseNumber and parseDate
 * were about a third of the parsing worker's time on a million rows (measured with --cpu-prof).
 *
 * Each reader only answers when it is sure to give exactly what parseNumber / parseDate give for
 * the trimmed field; for anything else (surrounding spaces, signs other than a leading '-',
 * grouping marks, currency, more digits than a double holds exactly, a time after the date, a
 * date that does not exist…) it answers NaN and the caller takes the general path, which gives
 * the value or names the error as before. plainFields.test.ts checks both paths agree.
 */

/** Powers of ten exact in a double (10^0 … 10^22). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Digits of a number read here, at most: below 10^15 the digits are an exact integer in a
 * double, so dividing by an exact power of ten rounds once, correctly — the same double
 * Number() gives for the decimal text (IEEE division is correctly rounded).
 */
const MAX_DIGITS = 15;

/**
 * The amount a field writes as `-?digits(<mark>digits)?` — the mark the format's decimal
 * separator — or NaN when the field has any other shape (the caller then uses parseNumber).
 * Null when the format itself is not one this reader covers.
 */
export function plainNumberReader(format: NumberFormat): ((text: string, from: number, to: number) => number) | null {
  // With a decimal point, parseNumber reads a bare decimal with Number() unless '.' groups
  // thousands; with a decimal comma, digits with one ',' read the same whatever groups them,
  // except ',' itself (not an allowed pair anyway).
  if (format.decimalSeparator === '.' ? format.thousandsSeparator === '.' : format.thousandsSeparator === ',') return null;
  const mark = format.decimalSeparator.charCodeAt(0);
  return (text, from, to) => {
    let i = from;
    let negative = false;
    if (i < to && text.charCodeAt(i) === 45 /* - */) {
      negative = true;
      i++;
    }
    let mantissa = 0;
    const digitsFrom = i;
    let c = 0;
    while (i < to && (c = text.charCodeAt(i) - 48) >= 0 && c <= 9) {
      mantissa = mantissa * 10 + c;
      i++;
    }
    const intDigits = i - digitsFrom;
    if (intDigits === 0) return NaN;
    let decimals = 0;
    if (i < to) {
      if (text.charCodeAt(i) !== mark) return NaN;
      i++;
      while (i < to && (c = text.charCodeAt(i) - 48) >= 0 && c <= 9) {
        mantissa = mantissa * 10 + c;
        i++;
        decimals++;
      }
      if (decimals === 0 || i < to) return NaN;
    }
    if (intDigits + decimals > MAX_DIGITS) return NaN;
    const value = decimals === 0 ? mantissa : mantissa / POW10[decimals]!;
    return negative ? -value : value;
  };
}

/**
 * The day number (days since 1970-01-01) a field names in the format, read from its character
 * codes, or NaN when the field has another shape or names no calendar day (the caller then uses
 * parseDate, which gives the day or the error). Covers: ISO YYYY-MM-DD with two-digit month and
 * day, with or without a time after it; D/M/YYYY and M/D/YYYY with '/', '.' or '-'; YYYYMMDD.
 */
export function plainDateReader(format: DateFormat): (text: string, from: number, to: number) => number {
  switch (format) {
    case 'iso':
      return (text, from, to) => {
        if (to - from < 10) return NaN;
        if (text.charCodeAt(from + 4) !== 45 || text.charCodeAt(from + 7) !== 45) return NaN;
        if (to - from > 10 && !timeAfter(text, from + 10, to)) return NaN;
        return civilDay(digits(text, from, 4), digits(text, from + 5, 2), digits(text, from + 8, 2));
      };
    case 'yyyymmdd':
      return (text, from, to) => (to - from === 8 ? civilDay(digits(text, from, 4), digits(text, from + 4, 2), digits(text, from + 6, 2)) : NaN);
    case 'dd/mm/yyyy':
    case 'mm/dd/yyyy': {
      const dayFirst = format === 'dd/mm/yyyy';
      return (text, from, to) => {
        // One or two digits, a separator, one or two digits, a separator, four digits.
        let i = from;
        const first = upToTwoDigits(text, i, to);
        if (first < 0) return NaN;
        i += first >= 100 ? 2 : 1;
        if (i >= to || !isDateSeparator(text.charCodeAt(i))) return NaN;
        const second = upToTwoDigits(text, ++i, to);
        if (second < 0) return NaN;
        i += second >= 100 ? 2 : 1;
        if (i >= to || !isDateSeparator(text.charCodeAt(i))) return NaN;
        i++;
        if (to - i < 4) return NaN;
        const year = digits(text, i, 4);
        if (to - i > 4 && !timeAfter(text, i + 4, to)) return NaN;
        // upToTwoDigits marks two digits by adding 100.
        const a = first % 100;
        const b = second % 100;
        return dayFirst ? civilDay(year, b, a) : civilDay(year, a, b);
      };
    }
  }
}

/** The value of `n` decimal digits from `at`, or NaN when one is not a digit. */
function digits(text: string, at: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(at + k) - 48;
    if (!(c >= 0 && c <= 9)) return NaN;
    v = v * 10 + c;
  }
  return v;
}

/** One or two digits at `at` (before `to`): their value, plus 100 when there are two; -1 when none. */
function upToTwoDigits(text: string, at: number, to: number): number {
  if (at >= to) return -1;
  const a = text.charCodeAt(at) - 48;
  if (!(a >= 0 && a <= 9)) return -1;
  const b = at + 1 < to ? text.charCodeAt(at + 1) - 48 : -1;
  return b >= 0 && b <= 9 ? 100 + a * 10 + b : a;
}

const isDateSeparator = (c: number) => c === 47 /* / */ || c === 46 /* . */ || c === 45; /* - */

/**
 * Whether text[at..to) is what parseDate's patterns accept after the date: 'T' or a space, then
 * anything but a line terminator (which '.' in a regular expression does not match).
 */
function timeAfter(text: string, at: number, to: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 84 /* T */ && c !== 32) return false;
  for (let i = at + 1; i < to; i++) {
    const d = text.charCodeAt(i);
    if (d === 10 || d === 13 || d === 0x2028 || d === 0x2029) return false;
  }
  return true;
}
