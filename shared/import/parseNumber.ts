/** How numbers are written in a file: the decimal mark and the thousands grouping mark. */
export interface NumberFormat {
  decimalSeparator: '.' | ',';
  /** '' when numbers are not grouped. */
  thousandsSeparator: '' | ',' | '.' | ' ' | "'";
}

/**
 * Currency marks written beside amounts, taken off before the number is read: the ones
 * shared/import/detectCurrency.ts reports (symbols, prefixed dollars and soles, ISO codes of the
 * currencies our clients' exports carry), so an amount whose currency is recognised also reads.
 */
const CURRENCY_AND_SPACES = /[\s\u00a0\u202f€$£¥₡₲₹₩₽]|US\$|MX\$|CA\$|R\$|C\$|A\$|S\/\.?|EUR|USD|GBP|MXN|COP|CLP|ARS|PEN|BRL|CAD|AUD|JPY|CHF|CNY|INR|UYU|BOB|PYG|VES|GTQ|CRC|DOP|HNL|NIO|PAB/g;
const BARE_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number as the file writes it ("1.234,56", "1,234.56", "€ 12,50", "(12.50)" for a
 * negative amount). Returns null when the text is not a number in that format; nothing is
 * rounded.
 */
export function parseNumber(text: string, format: NumberFormat): number | null {
  // The common case, a bare decimal like "12.50" under a decimal point, reads the same through
  // the general path below; skipping its replacements is a tenth of a large import's parsing.
  if (format.decimalSeparator === '.' && format.thousandsSeparator !== '.' && BARE_DECIMAL.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  let s = text.trim();
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (format.thousandsSeparator !== ' ') s = s.replace(CURRENCY_AND_SPACES, '');
  else s = s.replace(CURRENCY_AND_SPACES, (m) => (/\s/.test(m) ? m : '')).replace(/[\s\u00a0\u202f]/g, '');
  if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  const { decimalSeparator: dec, thousandsSeparator: thou } = format;
  if (thou !== '' && thou !== ' ') {
    // Grouping marks must group by three digits, or the number is misread, not just reformatted.
    const intPart = dec === '.' ? s.split('.')[0]! : s.split(',')[0]!;
    if (intPart.includes(thou)) {
      const groups = intPart.replace(/^[+-]/, '').split(thou);
      if (groups[0] === '' || groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3)) return null;
    }
    s = s.split(thou).join('');
  }
  if (dec === ',') {
    if (s.includes('.')) return null;
    s = s.replace(',', '.');
  }
  if (!PLAIN_NUMBER.test(s)) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}
