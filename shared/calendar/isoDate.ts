import type { Days } from '../units';

/**
 * Calendar days as integers (days since 1970-01-01, UTC) and back. Dates in the workspace are
 * plain calendar dates with no time zone; counting in UTC keeps every day exactly 24 hours.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a calendar date, or null when there is no such date (31 April, say). */
export function dayNumberOf(year: number, month: number, day: number): Days | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return (ms / MS_PER_DAY) as Days;
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
