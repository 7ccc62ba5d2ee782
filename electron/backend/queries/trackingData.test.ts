import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dayNumberToIso, isoToDayNumber } from '../../../shared/calendar/isoDate';
import { createRng } from '../../../shared/random/rng';
import { createWorkspace } from '../db/openWorkspace';
import type { ReadableDB, WritableDB } from '../db/types';
import { importPlainCsv } from '../import/testImports';
import { loadTrackingData, readTrackingData, TRACKING_SLICE, type TrackingData } from './trackingData';

const dir = mkdtempSync(join(tmpdir(), 'lw-tracking-'));
const CALIBRATION_END = '2024-06-30';
const HOLDOUT_END = '2024-12-31';
let db: WritableDB;

/** The figures as one pass over every transaction gave them before they were read in slices. */
function onePass(db: ReadableDB, calibrationEnd: string, end: string): TrackingData {
  const base = `WITH days AS (SELECT customer_key, day_number FROM transactions WHERE day_number <= @end GROUP BY customer_key, day_number),
    firsts AS (SELECT customer_key, min(day_number) AS first FROM days GROUP BY customer_key HAVING min(day_number) <= @calibrationEnd)`;
  const days = { end: isoToDayNumber(end), calibrationEnd: isoToDayNumber(calibrationEnd) };
  const cohorts = (db.prepare(`${base} SELECT first, count(*) AS n FROM firsts GROUP BY first ORDER BY first`).all(days) as { first: number; n: number }[]).map((r) => ({ firstDay: r.first, customers: r.n }));
  const repeatDays = (
    db.prepare(`${base} SELECT d.day_number AS day, count(*) AS n FROM days d JOIN firsts f USING (customer_key) WHERE d.day_number > f.first GROUP BY d.day_number ORDER BY d.day_number`).all(days) as {
      day: number;
      n: number;
    }[]
  ).map((r): [number, number] => [r.day, r.n]);
  return { cohorts, repeatDays };
}

beforeAll(async () => {
  db = createWorkspace(join(dir, 'tracking.lwb'));
  const rng = createRng(11, 0);
  const first = isoToDayNumber('2024-01-01');
  const rows: string[] = [];
  for (let c = 0; c < 3000; c++) {
    // Customers arriving through the calibration period and after it, some buying twice a day.
    let day = first + Math.floor(rng.next() * 330);
    const purchases = 1 + Math.floor(rng.next() * 8);
    for (let p = 0; p < purchases && day <= isoToDayNumber('2025-02-28'); p++) {
      rows.push(`k${c},${dayNumberToIso(day)},${(5 + rng.next() * 50).toFixed(2)}`);
      if (rng.next() < 0.2) rows.push(`k${c},${dayNumberToIso(day)},3.50`);
      day += 1 + Math.floor(rng.next() * 40);
    }
  }
  const path = join(dir, 'tx.csv');
  writeFileSync(path, `customer,date,amount\n${rows.join('\n')}\n`);
  await importPlainCsv(db, path);
});

afterEach(() => {
  TRACKING_SLICE.customerKeys = 4_096;
});

describe('tracking data read a range of customers at a time', () => {
  it('is the one-pass figures exactly, whatever the slice, with and without a holdout', async () => {
    for (const end of [CALIBRATION_END, HOLDOUT_END]) {
      const reference = onePass(db, CALIBRATION_END, end);
      expect(reference.cohorts.length).toBeGreaterThan(100);
      expect(reference.repeatDays.length).toBeGreaterThan(100);
      for (const keys of [16_384, 257, 1]) {
        TRACKING_SLICE.customerKeys = keys;
        expect(readTrackingData(db, CALIBRATION_END, end), `slices of ${keys}`).toEqual(reference);
      }
      TRACKING_SLICE.customerKeys = 97;
      expect(await loadTrackingData(db, CALIBRATION_END, end)).toEqual(reference);
    }
  });

  it('is empty for a workspace without customers', () => {
    const empty = createWorkspace(join(dir, 'empty.lwb'));
    expect(readTrackingData(empty, CALIBRATION_END, CALIBRATION_END)).toEqual({ cohorts: [], repeatDays: [] });
  });
});
