import { isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { Cohort } from '../../../shared/validation/holdout';
import type { ReadableDB } from '../db/types';

/**
 * For the tracking chart: the calibration base's customers grouped by first purchase day, and
 * their repeat purchase days counted by day up to the end (the holdout end, or the calibration
 * end when there is no holdout). Same-day purchases count once.
 */
export function readTrackingData(db: ReadableDB, calibrationEnd: string, end: string): { cohorts: Cohort[]; repeatDays: [number, number][] } {
  const base = `WITH days AS (SELECT customer_id, date FROM transactions WHERE date <= @end GROUP BY customer_id, date),
    firsts AS (SELECT customer_id, min(date) AS first FROM days GROUP BY customer_id HAVING min(date) <= @calibrationEnd)`;
  const cohorts = (db.prepare(`${base} SELECT first, count(*) AS n FROM firsts GROUP BY first ORDER BY first`).all({ end, calibrationEnd }) as { first: string; n: number }[]).map(
    (r) => ({ firstDay: isoToDayNumber(r.first), customers: r.n }),
  );
  const repeatDays = (
    db.prepare(`${base} SELECT d.date AS date, count(*) AS n FROM days d JOIN firsts f USING (customer_id) WHERE d.date > f.first GROUP BY d.date ORDER BY d.date`).all({ end, calibrationEnd }) as {
      date: string;
      n: number;
    }[]
  ).map((r): [number, number] => [isoToDayNumber(r.date), r.n]);
  return { cohorts, repeatDays };
}
