import type { Days } from '../units';

/**
 * Calendar days as integers (days since 1970-01-01, UTC) and back. Dates in the workspace are
 * plain calendar dates with no time zone; counting in UTC keeps every day exactly 24 hours.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a calendar date in the years 1000-9999, or NaN when there is no such
 * date (31 April, say). Arithmetic (days from the civil calendar, H. Hinnant's algorithm) rather
 * than Date.UTC and a Date to check, which cost more than the rest of an imported row; NaN
 * rather than null so the import's per-row path handles plain numbers only.
 */
export function civilDay(year: number, month: number, day: number): number {
  if (!(year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > monthDays) return NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day number of a calendar date, or null when there is no such date (31 April, say). */
export function dayNumberOf(year: number, month: number, day: number): Days | null {
  const d = civilDay(year, month, day);
  return Number.isNaN(d) ? null : (d as Days);
}

export function isoToDayNumber(iso: string): Days {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`"${iso}" is not a date in the form YYYY-MM-DD.`);
  const day = dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null) throw new RangeError(`"${iso}" is not a real calendar date.`);
  return day;
}

export function dayNumberToIso(day: Days | number): string {
  if (!Number.isInteger(day)) throw new RangeError(`Day number ${day} is not a whole day.`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
