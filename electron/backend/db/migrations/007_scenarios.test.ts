import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrate } from '.';
import { migrateTo7 } from './007_scenarios';

describe('migration 7: scenarios', () => {
  it('names scenarios uniquely (whatever the case), ties runs to them and drops them with their plan', () => {
    const db = openSqlite(':memory:') as WritableDB;
    db.pragma('foreign_keys = ON');
    migrate(db, 6);
    migrateTo7(db);
    db.prepare("INSERT INTO plans VALUES (1, '2026-01-01')").run();
    db.prepare("INSERT INTO scenarios VALUES (1, 'Base case', 1, 7, 1, NULL, '2026-01-01', '2026-01-01')").run();
    expect(() => db.prepare("INSERT INTO scenarios VALUES (2, 'base CASE', 1, 7, 1, NULL, '2026-01-01', '2026-01-01')").run()).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO simulation_runs VALUES (NULL, 1, 1, 'h', 'i', '0.1.0', 7, 1, 1, '2026-01-01', 1, 1, '{}', x'00', 1)").run();
    db.prepare('DELETE FROM plans WHERE plan_id = 1').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM scenarios) + (SELECT count(*) FROM simulation_runs) AS n').get()).toEqual({ n: 0 });
  });
});
