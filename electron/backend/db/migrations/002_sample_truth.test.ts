import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrateTo1 } from './001_core';
import { migrateTo2 } from './002_sample_truth';

describe('migration 2: sample ground truth', () => {
  it('adds the group parameters and each customer’s drawn truth, tied to customers', () => {
    const db = openSqlite(':memory:') as WritableDB;
    db.pragma('foreign_keys = ON');
    migrateTo1(db);
    migrateTo2(db);
    db.prepare("INSERT INTO customers VALUES ('c1')").run();
    db.prepare("INSERT INTO sample_groups VALUES ('g', 'G', 1, 0.2, 4, 0.8, 2.4, 6, 4, 15)").run();
    db.prepare("INSERT INTO sample_customer_truth VALUES ('c1', 'g', 0.05, 0.3, 2.5, 1)").run();
    expect(() => db.prepare("INSERT INTO sample_customer_truth VALUES ('c2', 'g', 0.05, 0.3, 2.5, 1)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO sample_customer_truth VALUES ('c1', 'g', 0.05, 0.3, 2.5, 2)").run()).toThrow();
  });
});
