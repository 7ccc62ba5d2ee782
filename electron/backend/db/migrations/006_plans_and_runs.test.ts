import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrate } from '.';
import { migrateTo6 } from './006_plans_and_runs';

describe('migration 6: plans and simulation runs', () => {
  it('keeps plan versions and runs, and drops both with their plan', () => {
    const db = openSqlite(':memory:') as WritableDB;
    db.pragma('foreign_keys = ON');
    migrate(db, 5);
    migrateTo6(db);
    db.prepare("INSERT INTO plans VALUES (1, '2026-01-01')").run();
    db.prepare("INSERT INTO plan_versions VALUES (1, 1, 'Basic', '2026-01-01', '{}', 'h1')").run();
    db.prepare("INSERT INTO plan_versions VALUES (1, 2, 'Basic', '2026-01-02', '{}', 'h2')").run();
    expect(() => db.prepare("INSERT INTO plan_versions VALUES (1, 2, 'Again', '2026-01-02', '{}', 'h2')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO plan_versions VALUES (9, 1, 'Orphan', '2026-01-02', '{}', 'h')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO simulation_runs VALUES (NULL, 1, 2, 'h2', 'i', '0.1.0', 1, 1, 2, '2026-01-02', 1.5, 1e6, '{}', x'00')").run();
    expect(() => db.prepare("INSERT INTO simulation_runs VALUES (NULL, 1, 2, 'h2', 'i', '0.1.0', 1, 0, 2, '2026-01-02', 1.5, 1e6, '{}', x'00')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM plans WHERE plan_id = 1').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM plan_versions) + (SELECT count(*) FROM simulation_runs) AS n').get()).toEqual({ n: 0 });
  });
});
