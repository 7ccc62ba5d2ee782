import { describe, expect, it } from 'vitest';
import { civilDay, dayNumberOf, dayNumberToIso, isoToDayNumber } from './isoDate';

/** The calendar by JavaScript's Date: the day number, or null when Date rolls the day over. */
function byDate(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / 86_400_000;
}

describe('ISO dates and day numbers', () => {
  it('round-trips across leap years and month ends', () => {
    for (const iso of ['1970-01-01', '1997-09-30', '2024-02-29', '2026-12-31']) {
      expect(dayNumberToIso(isoToDayNumber(iso))).toBe(iso);
    }
    expect(isoToDayNumber('1970-01-02')).toBe(1);
  });
  it('counts the CDNOW calibration span as 39 weeks and a bit', () => {
    expect(isoToDayNumber('1997-09-30') - isoToDayNumber('1997-01-01')).toBe(272);
  });
  it('refuses malformed and impossible dates', () => {
    expect(() => isoToDayNumber('30/09/1997')).toThrow(/YYYY-MM-DD/);
    expect(() => isoToDayNumber('2023-02-29')).toThrow(/not a real calendar date/);
    expect(() => dayNumberToIso(1.5)).toThrow(/whole day/);
  });

  it('civilDay is the calendar Date keeps, valid or not, and dayNumberOf its null-for-no-such-day form', () => {
    const years = [1000, 1001, 1004, 1100, 1600, 1700, 1899, 1900, 1969, 1970, 1971, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9996, 9999];
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const expected = byDate(year, month, day);
          const got = civilDay(year, month, day);
          if (expected === null) expect(got).toBeNaN();
          else expect(got).toBe(expected);
          expect(dayNumberOf(year, month, day)).toBe(expected);
        }
      }
    }
    expect(civilDay(999, 12, 31)).toBeNaN();
    expect(civilDay(10000, 1, 1)).toBeNaN();
  });
});
