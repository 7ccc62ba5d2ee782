import { describe, expect, it } from 'vitest';
import { dayNumberToIso, isoToDayNumber } from './isoDate';

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
});
