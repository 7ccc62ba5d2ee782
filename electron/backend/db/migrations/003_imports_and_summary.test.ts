import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrateTo1 } from './001_core';
import { migrateTo2 } from './002_sample_truth';
import { migrateTo3 } from './003_imports_and_summary';

describe('migration 3: imports and the customer summary', () => {
  it('keeps existing transactions and ties new ones to their import', () => {
    const db = openSqlite(':memory:') as WritableDB;
    db.pragma('foreign_keys = ON');
    migrateTo1(db);
    migrateTo2(db);
    db.prepare("INSERT INTO customers VALUES ('c1')").run();
    db.prepare("INSERT INTO transactions(customer_id, date, amount) VALUES ('c1', '2024-01-01', 5)").run();
    migrateTo3(db);
    expect(db.prepare('SELECT import_id FROM transactions').get()).toEqual({ import_id: null });
    db.prepare("INSERT INTO imports VALUES (1, 'transactions', 'a.csv', 10, '2026-01-01T00:00:00Z', '{}', 1, 1, '[]', 1)").run();
    db.prepare("INSERT INTO transactions(customer_id, date, amount, import_id) VALUES ('c1', '2024-01-02', 5, 1)").run();
    expect(() => db.prepare("INSERT INTO transactions(customer_id, date, amount, import_id) VALUES ('c1', '2024-01-02', 5, 9)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO imports VALUES (2, 'magic', 'a.csv', 10, 'x', '{}', 1, 1, '[]', 1)").run()).toThrow(/CHECK/);
  });
});
