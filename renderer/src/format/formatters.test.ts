import { describe, expect, it } from 'vitest';
import { createFormatters, formatTimeLeft, type TimeLeftWords } from './formatters';

describe('createFormatters', () => {
  const f = createFormatters('en-US', 'EUR');

  it('groups thousands in counts and money', () => {
    expect(f.count(1234567)).toBe('1,234,567');
    expect(f.currency(1234567.4)).toBe('€1,234,567');
    expect(f.currencyPrecise(23.456)).toBe('€23.46');
  });

  it('shortens axis labels', () => {
    expect(f.currencyCompact(1_250_000)).toBe('€1.3M');
    expect(f.currencyCompact(1000)).toBe('€1K');
    expect(f.countCompact(12_000)).toBe('12K');
  });

  it('writes measures with one decimal and shares as percentages', () => {
    expect(f.decimal(12.46)).toBe('12.5');
    expect(f.decimal(0.30000000000000004)).toBe('0.3');
    expect(f.percent(0.4231)).toBe('42.3%');
    expect(f.measure(146)).toBe('146.0');
    expect(f.decimal2(0.4)).toBe('0.40');
    expect(f.estimate(0.000123456)).toBe('0.0001235');
    expect(f.estimate(4.41449)).toBe('4.414');
    expect(f.estimate(Number.NaN)).toBe('–');
  });

  it('formats workspace dates as calendar days, whatever the time zone', () => {
    expect(f.month('2024-03')).toBe('Mar 2024');
    expect(f.date('2024-01-01')).toBe('Jan 1, 2024');
    expect(f.date('not a date')).toBe('not a date');
  });

  it('shows moments in the given time zone', () => {
    const utc = createFormatters('en-GB', 'EUR', 'UTC');
    expect(utc.dateTime('2024-03-25T14:05:00.000Z')).toBe('25 Mar 2024, 14:05');
    expect(utc.dateTime('garbage')).toBe('garbage');
  });

  it('follows the locale', () => {
    const es = createFormatters('es-ES', 'EUR');
    expect(es.currency(1234567)).toMatch(/^1\.234\.567\s€$/);
  });
});

describe('formatTimeLeft', () => {
  it('rounds to what a person would say', () => {
    expect(formatTimeLeft(null)).toBeNull();
    expect(formatTimeLeft(2)).toBe('a few seconds left');
    expect(formatTimeLeft(31)).toBe('about 35 s left');
    expect(formatTimeLeft(150)).toBe('about 3 min left');
    expect(formatTimeLeft(3900)).toBe('about 1 h 5 min left');
  });
});

describe('formatTimeLeft in another language', () => {
  it('takes its words from the caller', () => {
    const spanish: TimeLeftWords = {
      fewSeconds: 'quedan unos segundos',
      seconds: (s) => `quedan unos ${s} s`,
      minutes: (m) => `quedan unos ${m} min`,
      hours: (h, m) => `quedan unas ${h} h ${m} min`,
    };
    expect(formatTimeLeft(2, spanish)).toBe('quedan unos segundos');
    expect(formatTimeLeft(150, spanish)).toBe('quedan unos 3 min');
    expect(formatTimeLeft(3900, spanish)).toBe('quedan unas 1 h 5 min');
  });
});
