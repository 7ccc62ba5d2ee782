import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber';

const US = { decimalSeparator: '.', thousandsSeparator: ',' } as const;
const EU = { decimalSeparator: ',', thousandsSeparator: '.' } as const;
const PLAIN = { decimalSeparator: '.', thousandsSeparator: '' } as const;

describe('parseNumber', () => {
  it('reads plain, grouped and decimal-comma numbers exactly', () => {
    expect(parseNumber('29.33', PLAIN)).toBe(29.33);
    expect(parseNumber('1,234.56', US)).toBe(1234.56);
    expect(parseNumber('1.234,56', EU)).toBe(1234.56);
    expect(parseNumber('12,5', { decimalSeparator: ',', thousandsSeparator: '' })).toBe(12.5);
    expect(parseNumber('1 234,56', { decimalSeparator: ',', thousandsSeparator: ' ' })).toBe(1234.56);
    expect(parseNumber('0.105', PLAIN)).toBe(0.105);
  });
  it('reads currency symbols, signs and accounting negatives', () => {
    expect(parseNumber('€ 12,50', EU)).toBe(12.5);
    expect(parseNumber('$1,000.00', US)).toBe(1000);
    expect(parseNumber('-3.5', PLAIN)).toBe(-3.5);
    expect(parseNumber('(12.50)', PLAIN)).toBe(-12.5);
    expect(parseNumber('7-', PLAIN)).toBe(-7);
  });
  it('refuses what is not a number in the stated format', () => {
    expect(parseNumber('', PLAIN)).toBeNull();
    expect(parseNumber('abc', PLAIN)).toBeNull();
    expect(parseNumber('12.50', EU)).toBeNull();
    expect(parseNumber('1,23,4.00', US)).toBeNull();
    expect(parseNumber('1.2.3', PLAIN)).toBeNull();
    expect(parseNumber('Infinity', PLAIN)).toBeNull();
  });
});

describe('parseNumber and the currency marks of Latin American and other exports', () => {
  it('reads amounts written with R$, S/, US$, C$ and ISO codes', () => {
    const comma = { decimalSeparator: ',', thousandsSeparator: '.' } as const;
    const point = { decimalSeparator: '.', thousandsSeparator: ',' } as const;
    expect(parseNumber('R$ 1.234,56', comma)).toBe(1234.56);
    expect(parseNumber('S/ 12.50', point)).toBe(12.5);
    expect(parseNumber('S/. 1,200.00', point)).toBe(1200);
    expect(parseNumber('US$12.50', point)).toBe(12.5);
    expect(parseNumber('C$ 3.10', point)).toBe(3.1);
    expect(parseNumber('12,50 BRL', comma)).toBe(12.5);
    expect(parseNumber('1,999 JPY', point)).toBe(1999);
  });
});
