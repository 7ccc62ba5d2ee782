import { describe, expect, it } from 'vitest';
import { isoToDayNumber } from '../../../shared/calendar/isoDate';
import { migrate } from '../db/migrations';
import { openSqlite } from '../db/sqlite';
import type { WritableDB } from '../db/types';
import { iterateCustomerSummary, storeCustomerSummary } from './customerSummary';

function workspace(rows: [string, string, number][]): WritableDB {
  const db = openSqlite(':memory:') as WritableDB;
  migrate(db);
  for (const id of new Set(rows.map((r) => r[0]))) db.prepare('INSERT INTO customers(customer_id) VALUES (?)').run(id);
  const ins = db.prepare('INSERT INTO transactions(customer_key, day_number, amount) SELECT customer_key, ?, ? FROM customers WHERE customer_id = ?');
  for (const [id, date, amount] of rows) ins.run(isoToDayNumber(date), amount, id);
  return db;
}

describe('customer summary', () => {
  const db = workspace([
    ['a', '2024-01-01', 10],
    ['a', '2024-01-01', 5], // same day: one purchase day worth 15
    ['a', '2024-01-15', 20],
    ['a', '2024-01-29', 40],
    ['a', '2024-03-01', 99], // after the calibration end
    ['b', '2024-01-08', 7],
    ['c', '2024-02-10', 3], // first purchase after the calibration end
  ]);

  it('counts purchase days once, in weeks, up to the calibration end', () => {
    const rows = [...iterateCustomerSummary(db, '2024-02-05', 'week')];
    expect(rows.map((r) => r.customerId)).toEqual(['a', 'b']);
    const a = rows[0]!;
    expect(a).toMatchObject({ firstPurchase: '2024-01-01', lastPurchase: '2024-01-29', purchaseDays: 3, frequency: 2, totalSpend: 75 });
    expect(a.recency).toBeCloseTo(4, 12);
    expect(a.age).toBeCloseTo(5, 12);
    expect(a.averageSpend).toBeCloseTo(25, 12);
    expect(a.repeatAverageSpend).toBeCloseTo(30, 12);
    expect(rows[1]).toMatchObject({ frequency: 0, recency: 0, repeatAverageSpend: 0 });
    expect(rows[1]!.age).toBeCloseTo(4, 12);
  });

  it('speaks days and months as well', () => {
    const [a] = [...iterateCustomerSummary(db, '2024-02-05', 'day')];
    expect(a!.age).toBe(35);
    const [m] = [...iterateCustomerSummary(db, '2024-02-05', 'month')];
    expect(m!.age).toBeCloseTo(35 / 30.4375, 12);
  });

  it('stores the summary with its calibration end and unit', () => {
    storeCustomerSummary(db, '2024-03-31', 'week');
    expect(db.prepare('SELECT count(*) AS n FROM customer_summary').get()).toEqual({ n: 3 });
    const meta = db.prepare("SELECT key, value FROM meta WHERE key LIKE 'summary.%' ORDER BY key").all();
    expect(meta).toEqual([
      { key: 'summary.calibrationEnd', value: '2024-03-31' },
      { key: 'summary.unit', value: 'week' },
    ]);
  });
});
