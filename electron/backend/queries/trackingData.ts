import { isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { Cohort } from '../../../shared/validation/holdout';
import type { ReadableDB } from '../db/types';

/**
 * For the tracking chart: the calibration base's customers grouped by first purchase day, and
 * their repeat purchase days counted by day up to the end (the holdout end, or the calibration
 * end when there is no holdout). Same-day purchases count once.
 */
export function readTrackingData(db: ReadableDB, calibrationEnd: string, end: string): { cohorts: Cohort[]; repeatDays: [number, number][] } {
  const base = `WITH days AS (SELECT customer_key, day_number FROM transactions WHERE day_number <= @end GROUP BY customer_key, day_number),
    firsts AS (SELECT customer_key, min(day_number) AS first FROM days GROUP BY customer_key HAVING min(day_number) <= @calibrationEnd)`;
  const days = { end: isoToDayNumber(end), calibrationEnd: isoToDayNumber(calibrationEnd) };
  const cohorts = (db.prepare(`${base} SELECT first, count(*) AS n FROM firsts GROUP BY first ORDER BY first`).all(days) as { first: number; n: number }[]).map((r) => ({
    firstDay: r.first,
    customers: r.n,
  }));
  const repeatDays = (
    db
      .prepare(`${base} SELECT d.day_number AS day, count(*) AS n FROM days d JOIN firsts f USING (customer_key) WHERE d.day_number > f.first GROUP BY d.day_number ORDER BY d.day_number`)
      .all(days) as { day: number; n: number }[]
  ).map((r): [number, number] => [r.day, r.n]);
  return { cohorts, repeatDays };
}
