import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_FORMATS, parseDate } from './parseDate';
import { parseNumber, type NumberFormat } from './parseNumber';
import { plainDateReader, plainNumberReader } from './plainFields';

/** The fast readers must give exactly what the general ones give, or step aside (NaN). */
const FORMATS: NumberFormat[] = [
  { decimalSeparator: '.', thousandsSeparator: '' },
  { decimalSeparator: '.', thousandsSeparator: ',' },
  { decimalSeparator: '.', thousandsSeparator: ' ' },
  { decimalSeparator: '.', thousandsSeparator: "'" },
  { decimalSeparator: '.', thousandsSeparator: '.' },
  { decimalSeparator: ',', thousandsSeparator: '' },
  { decimalSeparator: ',', thousandsSeparator: '.' },
  { decimalSeparator: ',', thousandsSeparator: ' ' },
  { decimalSeparator: ',', thousandsSeparator: "'" },
];

const numberish = fc.oneof(
  fc.stringMatching(/^[-+ ]?\d{0,12}([.,]\d{0,9})?[ -]?$/),
  fc.double({ noNaN: true }).map(String),
  fc.integer().map(String),
  fc.constantFrom('-0', '0.0', '-0.000', '12.', '.5', '1,234.56', '1.234,56', '9007199254740993', '123456789012345', '1234567890123456', '0.1', '-0,1'),
);

describe('plainNumberReader', () => {
  it('reads what parseNumber reads, to the bit, or steps aside', () => {
    fc.assert(
      fc.property(numberish, fc.constantFrom(...FORMATS), fc.string({ maxLength: 3 }), (text, format, around) => {
        const read = plainNumberReader(format);
        if (read === null) return;
        const padded = around + text + around;
        const n = read(padded, around.length, around.length + text.length);
        if (!Number.isNaN(n)) expect(Object.is(n, parseNumber(text.trim(), format))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the common shapes', () => {
    const read = plainNumberReader({ decimalSeparator: '.', thousandsSeparator: '' })!;
    for (const t of ['12.50', '-3', '0.1', '199.99', '123456789.123456']) expect(read(t, 0, t.length)).toBe(Number(t));
    expect(read('12.5', 0, 4)).toBe(12.5);
    const comma = plainNumberReader({ decimalSeparator: ',', thousandsSeparator: '.' })!;
    expect(comma('-12,50', 0, 6)).toBe(-12.5);
    expect(plainNumberReader({ decimalSeparator: '.', thousandsSeparator: '.' })).toBeNull();
  });
});

describe('plainDateReader', () => {
  const dateish = fc.oneof(
    fc.tuple(fc.integer({ min: 990, max: 10010 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('-', '/', '.', ''), fc.boolean(), fc.constantFrom('', 'T10:00', ' 10:00:00', 'T1\r', 'x', ' ')).chain(
      ([y, m, d, sep, pad, tail]) => {
        const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
        return fc.constantFrom(`${y}${sep}${p(m)}${sep}${p(d)}${tail}`, `${p(d)}${sep}${p(m)}${sep}${y}${tail}`, `${p(m)}${sep}${p(d)}${sep}${y}${tail}`);
      },
    ),
    fc.string({ maxLength: 14 }),
    fc.stringMatching(/^[\d/.\-T ]{0,14}$/),
  );

  it('reads what parseDate reads, or steps aside', () => {
    fc.assert(
      fc.property(dateish, fc.constantFrom(...DATE_FORMATS), fc.constantFrom('', ' ', ',', 'ab'), (text, format, around) => {
        const n = plainDateReader(format)(around + text + around, around.length, around.length + text.length);
        if (!Number.isNaN(n)) expect(n).toBe(parseDate(text, format));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the common shapes', () => {
    expect(plainDateReader('iso')('2024-02-29', 0, 10)).toBe(parseDate('2024-02-29', 'iso'));
    expect(plainDateReader('iso')('2023-02-29', 0, 10)).toBeNaN();
    expect(plainDateReader('iso')('2024-03-01T09:30', 0, 16)).toBe(parseDate('2024-03-01', 'iso'));
    expect(plainDateReader('dd/mm/yyyy')('5/1/2024', 0, 8)).toBe(parseDate('2024-01-05', 'iso'));
    expect(plainDateReader('mm/dd/yyyy')('01.05.2024', 0, 10)).toBe(parseDate('2024-01-05', 'iso'));
    expect(plainDateReader('yyyymmdd')('20240105', 0, 8)).toBe(parseDate('2024-01-05', 'iso'));
  });
});
