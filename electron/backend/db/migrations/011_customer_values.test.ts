import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrate } from '.';
import { migrateTo11 } from './011_customer_values';

describe('migration 11: the kept valuation of the customers', () => {
  const fresh = (): WritableDB => {
    const db = openSqlite(':memory:') as WritableDB;
    db.pragma('foreign_keys = ON');
    migrate(db, 10);
    migrateTo11(db);
    db.prepare("INSERT INTO customers(customer_id) VALUES ('a'), ('b')").run();
    return db;
  };
  const header = (db: WritableDB, id = 1, models = '{}') =>
    db
      .prepare('INSERT INTO customer_valuation(id, made_at, basis_hash, basis_json, models_json, complete) VALUES (?, ?, ?, ?, ?, 0)')
      .run(id, '2026-01-02T10:00:00.000Z', 'h', '{"calibrationEnd":"2025-12-31"}', models);
  const row = (db: WritableDB, key: number, stage: number | null = 2, alive: number = 0.5) =>
    db.prepare('INSERT INTO customer_values(customer_key, probability_alive, lifetime_value, lifecycle_stage) VALUES (?, ?, ?, ?)').run(key, alive, 12.5, stage);

  it('keeps one valuation, with a row per customer valued', () => {
    const db = fresh();
    header(db);
    expect(() => header(db)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => header(db, 2)).toThrow(/CHECK/);
    row(db, 1);
    row(db, 2, null, NaN);
    expect(db.prepare('SELECT customer_key AS key, probability_alive AS alive, lifecycle_stage AS stage FROM customer_values ORDER BY customer_key').all()).toEqual([
      { key: 1, alive: 0.5, stage: 2 },
      // NaN is kept as NULL (read back as NaN).
      { key: 2, alive: null, stage: null },
    ]);
    expect(db.prepare('SELECT complete, score_hash, lifecycle_hash FROM customer_valuation').get()).toEqual({ complete: 0, score_hash: null, lifecycle_hash: null });
  });

  it('refuses rows of no customer, stages it does not know and figures that are not JSON', () => {
    const db = fresh();
    expect(() => row(db, 3)).toThrow(/FOREIGN KEY/);
    expect(() => row(db, 1, 5)).toThrow(/CHECK/);
    expect(() => header(db, 1, 'not json')).toThrow(/CHECK/);
    header(db);
    expect(() => db.prepare("UPDATE customer_valuation SET score_json = 'x'").run()).toThrow(/CHECK/);
  });

  it('leaves what was there before untouched', () => {
    const db = openSqlite(':memory:') as WritableDB;
    migrate(db, 10);
    db.prepare("INSERT INTO customers(customer_id) VALUES ('a')").run();
    db.prepare("INSERT INTO analysis_results VALUES ('fit', 'workspace', '2026-01-01', '{}', '{}', 'h', '{}')").run();
    migrateTo11(db);
    expect(db.prepare('SELECT count(*) AS n FROM analysis_results').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM customer_values').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM customer_valuation').get()).toEqual({ n: 0 });
  });
});
