import { describe, expect, it } from 'vitest';
import { detectDateFormat, parseDate } from './parseDate';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe('parseDate', () => {
  it('reads each supported layout', () => {
    expect(parseDate('1997-01-18', 'iso')).toBe(day('1997-01-18'));
    expect(parseDate('1997-01-18 13:45:00', 'iso')).toBe(day('1997-01-18'));
    expect(parseDate('18/01/1997', 'dd/mm/yyyy')).toBe(day('1997-01-18'));
    expect(parseDate('18.1.1997', 'dd/mm/yyyy')).toBe(day('1997-01-18'));
    expect(parseDate('01/18/1997', 'mm/dd/yyyy')).toBe(day('1997-01-18'));
    expect(parseDate('19970118', 'yyyymmdd')).toBe(day('1997-01-18'));
  });
  it('refuses impossible dates and other layouts', () => {
    expect(parseDate('1997-02-30', 'iso')).toBeNull();
    expect(parseDate('18/01/1997', 'mm/dd/yyyy')).toBeNull();
    expect(parseDate('1997011', 'yyyymmdd')).toBeNull();
    expect(parseDate('yesterday', 'iso')).toBeNull();
  });
});

describe('detectDateFormat', () => {
  it('tells day-first from month-first when a day is above 12', () => {
    expect(detectDateFormat(['03/04/2024', '25/04/2024']).formats).toEqual(['dd/mm/yyyy']);
    expect(detectDateFormat(['04/03/2024', '04/25/2024']).formats).toEqual(['mm/dd/yyyy']);
  });
  it('says when it cannot tell', () => {
    expect(detectDateFormat(['03/04/2024', '05/06/2024'])).toEqual({ formats: ['dd/mm/yyyy', 'mm/dd/yyyy'], ambiguous: true });
    expect(detectDateFormat(['19970101', '19970230']).formats).toEqual([]);
    expect(detectDateFormat(['19970101']).formats).toEqual(['yyyymmdd']);
  });
});
