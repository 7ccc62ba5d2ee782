import { isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { Cohort } from '../../../shared/validation/holdout';
import type { ReadableDB } from '../db/types';
import { drain, readInSnapshot, type SlicedRead } from './slicedRead';

export interface TrackingData {
  cohorts: Cohort[];
  repeatDays: [number, number][];
}

/** Customer keys whose purchases one slice reads: some 30 ms of reading at a dozen purchases each (tests make it smaller). */
export const TRACKING_SLICE = { customerKeys: 4_096 };

/**
 * For the tracking chart: the calibration base's customers grouped by first purchase day, and
 * their repeat purchase days counted by day up to the end (the holdout end, or the calibration
 * end when there is no holdout). Same-day purchases count once. At once, on this connection.
 */
export function readTrackingData(db: ReadableDB, calibrationEnd: string, end: string): TrackingData {
  return drain(trackingSlices(db, calibrationEnd, end));
}

/** The same, a slice of customers at a time from a snapshot, with other requests answered between (see slicedRead.ts). */
export function loadTrackingData(db: ReadableDB, calibrationEnd: string, end: string, signal?: AbortSignal): Promise<TrackingData> {
  return readInSnapshot(db, signal, (snapshot) => trackingSlices(snapshot, calibrationEnd, end));
}

/**
 * Both figures are counts of customers and of their purchase days, each customer's own: so they
 * are read for a range of customer keys at a time (off the covering index on customer, day) and
 * added up, the same integers as one pass over every transaction gives.
 */
function* trackingSlices(db: ReadableDB, calibrationEnd: string, end: string): SlicedRead<TrackingData> {
  const days = { end: isoToDayNumber(end), calibrationEnd: isoToDayNumber(calibrationEnd) };
  const base = `WITH days AS (SELECT customer_key, day_number FROM transactions
                               WHERE customer_key >= @from AND customer_key < @to AND day_number <= @end GROUP BY customer_key, day_number),
    firsts AS (SELECT customer_key, min(day_number) AS first FROM days GROUP BY customer_key HAVING min(day_number) <= @calibrationEnd)`;
  const cohortsOf = db.prepare(`${base} SELECT first, count(*) AS n FROM firsts GROUP BY first`).raw();
  const repeatsOf = db.prepare(`${base} SELECT d.day_number AS day, count(*) AS n FROM days d JOIN firsts f USING (customer_key) WHERE d.day_number > f.first GROUP BY d.day_number`).raw();
  const range = db.prepare('SELECT min(customer_key) AS low, max(customer_key) AS high FROM customers').get() as { low: number | null; high: number | null };
  const cohorts = new Map<number, number>();
  const repeats = new Map<number, number>();
  if (range.low !== null && range.high !== null) {
    for (let from = range.low; from <= range.high; from += TRACKING_SLICE.customerKeys) {
      const slice = { ...days, from, to: from + TRACKING_SLICE.customerKeys };
      for (const [day, n] of cohortsOf.all(slice) as [number, number][]) cohorts.set(day, (cohorts.get(day) ?? 0) + n);
      for (const [day, n] of repeatsOf.all(slice) as [number, number][]) repeats.set(day, (repeats.get(day) ?? 0) + n);
      if (from + TRACKING_SLICE.customerKeys <= range.high) yield;
    }
  }
  return {
    cohorts: [...cohorts].sort((a, b) => a[0] - b[0]).map(([firstDay, customers]) => ({ firstDay, customers })),
    repeatDays: [...repeats].sort((a, b) => a[0] - b[0]),
  };
}
