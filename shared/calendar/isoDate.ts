import type { Days } from '../units';

/**
 * Calendar days as integers (days since 1970-01-01, UTC) and back. Dates in the workspace are
 * plain calendar dates with no time zone; counting in UTC keeps every day exactly 24 hours.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoToDayNumber(iso: string): Days {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`"${iso}" is not a date in the form YYYY-MM-DD.`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`"${iso}" is not a real calendar date.`);
  }
  return (ms / MS_PER_DAY) as Days;
}

export function dayNumberToIso(day: Days | number): string {
  if (!Number.isInteger(day)) throw new RangeError(`Day number ${day} is not a whole day.`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
