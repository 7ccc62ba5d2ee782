import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrateTo1 } from './001_core';

const fresh = () => openSqlite(':memory:') as WritableDB;

describe('migration 1: core tables', () => {
  it('creates the tables a workspace needs', () => {
    const db = fresh();
    migrateTo1(db);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['attribute_definitions', 'customer_attributes', 'customers', 'meta', 'transactions']);
  });

  it('refuses malformed dates, unknown attribute kinds and orphan transactions', () => {
    const db = fresh();
    migrateTo1(db);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO customers VALUES ('c1')").run();
    expect(() => db.prepare("INSERT INTO transactions(customer_id, date, amount) VALUES ('c1', '30/09/1997', 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO transactions(customer_id, date, amount) VALUES ('nobody', '1997-09-30', 1)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO attribute_definitions VALUES ('x', 'astrological', 'text', 'X', NULL)").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO transactions(customer_id, date, amount) VALUES ('c1', '1997-09-30', 12.345)").run();
    expect((db.prepare('SELECT amount FROM transactions').get() as { amount: number }).amount).toBe(12.345);
  });
});
