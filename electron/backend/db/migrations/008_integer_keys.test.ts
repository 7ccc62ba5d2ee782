import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrate } from '.';
import { migrateTo8 } from './008_integer_keys';

/** A version-7 workspace holding a little of everything that names a customer. */
function version7Workspace(): WritableDB {
  const db = openSqlite(':memory:') as WritableDB;
  db.pragma('foreign_keys = ON');
  migrate(db, 7);
  db.exec(`
    INSERT INTO customers VALUES ('b-2'), ('a-1'), ('c-3');
    INSERT INTO imports VALUES (1, 'transactions', 'a.csv', 10, '2026-01-01T00:00:00Z', '{}', 3, 3, '[]', 3);
    INSERT INTO transactions(transaction_id, customer_id, date, amount, margin, quantity, channel, store, category, import_id) VALUES
      (7, 'b-2', '2024-02-29', 12.5, 3, 1, 'online', 'Madrid', 'books', 1),
      (8, 'a-1', '1970-01-01', 5, NULL, NULL, NULL, NULL, NULL, 1),
      (9, 'b-2', '2024-03-01', 7.25, NULL, 2, NULL, NULL, NULL, NULL);
    INSERT INTO customer_summary VALUES ('b-2', '2024-02-29', '2024-03-01', 2, 1, 0.5, 1.25, 19.75, 9.875, 7.25);
    INSERT INTO attribute_definitions VALUES ('age', 'demographic', 'number', 'Age', 'years'), ('city', 'demographic', 'text', 'City', NULL);
    INSERT INTO customer_attributes VALUES ('c-3', 'age', 41, NULL), ('c-3', 'city', NULL, 'Lima');
    INSERT INTO segmentations VALUES (1, 'tiers', '2026-01-01', '{}', '{}');
    INSERT INTO customer_segments VALUES (1, 'a-1', 0), (1, 'b-2', 2);
    INSERT INTO sample_groups VALUES ('g', 'Group', 1, 0.2, 4, 0.8, 2.4, 6, 4, 15);
    INSERT INTO sample_customer_truth VALUES ('c-3', 'g', 0.1, 0.05, 20, 1);
  `);
  return db;
}

describe('migration 8: integer customer keys and day numbers', () => {
  it('carries every row of a version-7 workspace over, with the same ids, dates and figures', () => {
    const db = version7Workspace();
    migrateTo8(db);
    // Customers are numbered in their ids' text order.
    expect(db.prepare('SELECT customer_key, customer_id FROM customers ORDER BY customer_key').all()).toEqual([
      { customer_key: 1, customer_id: 'a-1' },
      { customer_key: 2, customer_id: 'b-2' },
      { customer_key: 3, customer_id: 'c-3' },
    ]);
    const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(db.prepare('SELECT * FROM transactions ORDER BY transaction_id').all()).toEqual([
      { transaction_id: 7, customer_key: 2, day_number: dayNumber('2024-02-29'), amount: 12.5, margin: 3, quantity: 1, channel: 'online', store: 'Madrid', category: 'books', import_id: 1 },
      { transaction_id: 8, customer_key: 1, day_number: 0, amount: 5, margin: null, quantity: null, channel: null, store: null, category: null, import_id: 1 },
      { transaction_id: 9, customer_key: 2, day_number: dayNumber('2024-03-01'), amount: 7.25, margin: null, quantity: 2, channel: null, store: null, category: null, import_id: null },
    ]);
    expect(db.prepare('SELECT * FROM customer_summary').all()).toEqual([
      {
        customer_key: 2,
        first_purchase_day: dayNumber('2024-02-29'),
        last_purchase_day: dayNumber('2024-03-01'),
        purchase_days: 2,
        frequency: 1,
        recency: 0.5,
        age: 1.25,
        total_spend: 19.75,
        average_spend: 9.875,
        repeat_average_spend: 7.25,
      },
    ]);
    expect(db.prepare('SELECT * FROM customer_attributes ORDER BY name').all()).toEqual([
      { customer_key: 3, name: 'age', value_num: 41, value_text: null },
      { customer_key: 3, name: 'city', value_num: null, value_text: 'Lima' },
    ]);
    expect(db.prepare('SELECT * FROM customer_segments ORDER BY customer_key').all()).toEqual([
      { segmentation_id: 1, customer_key: 1, segment: 0 },
      { segmentation_id: 1, customer_key: 2, segment: 2 },
    ]);
    expect(db.prepare('SELECT customer_key, group_key, alive_at_end FROM sample_customer_truth').all()).toEqual([{ customer_key: 3, group_key: 'g', alive_at_end: 1 }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%_v7'").all()).toEqual([]);
  });

  it('keys the new tables to the new customers, refuses text dates and duplicate ids, and keeps the covering index', () => {
    const db = version7Workspace();
    migrateTo8(db);
    expect(() => db.prepare('INSERT INTO transactions(customer_key, day_number, amount) VALUES (99, 1, 5)').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO transactions(customer_key, day_number, amount) VALUES (1, '2024-01-01', 5)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO customers(customer_id) VALUES ('a-1')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO customer_segments VALUES (1, 99, 0)").run()).toThrow(/FOREIGN KEY/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT customer_key, day_number, amount FROM transactions WHERE day_number <= 0 ORDER BY customer_key, day_number').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX transactions_by_customer_day/);
    db.prepare('DELETE FROM segmentations WHERE segmentation_id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM customer_segments').get()).toEqual({ n: 0 });
  });

  it('refuses, changing nothing and naming the row, a date that is no calendar day', () => {
    const db = version7Workspace();
    db.prepare("INSERT INTO transactions(customer_id, date, amount) VALUES ('a-1', '2024-02-30', 1)").run();
    let message = '';
    try {
      migrate(db);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/1 date\(s\) in it are not calendar days \(transaction \d+ on "2024-02-30"\)\. Nothing was changed\./);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 4 });
  });

  it('fails, changing nothing, on a date SQLite cannot read', () => {
    const db = version7Workspace();
    db.prepare("INSERT INTO transactions(customer_id, date, amount) VALUES ('a-1', '2024-19-01', 1)").run();
    expect(() => migrate(db)).toThrow(/not calendar days \(transaction \d+ on "2024-19-01"\)/);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 4 });
  });
});
