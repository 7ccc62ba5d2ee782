import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrate } from '.';
import { migrateTo9 } from './009_run_inputs';

describe('migration 9: the inputs a run read, by kind', () => {
  it('keeps runs made before it (with no hashes) and refuses hashes that are not JSON', () => {
    const db = openSqlite(':memory:') as WritableDB;
    db.pragma('foreign_keys = ON');
    migrate(db, 8);
    db.prepare("INSERT INTO plans VALUES (1, '2026-01-01')").run();
    db.prepare("INSERT INTO plan_versions VALUES (1, 1, 'Basic', '2026-01-01', '{}', 'h1')").run();
    db.prepare("INSERT INTO simulation_runs VALUES (1, 1, 1, 'h1', 'i', '0.1.0', 1, 1, 2, '2026-01-02', 1.5, 1e6, '{}', x'00', NULL)").run();
    migrateTo9(db);
    expect(db.prepare('SELECT run_id AS runId, input_hashes_json AS hashes FROM simulation_runs').all()).toEqual([{ runId: 1, hashes: null }]);
    db.prepare(`INSERT INTO simulation_runs VALUES (2, 1, 1, 'h1', 'i', '0.1.0', 1, 1, 2, '2026-01-02', 1.5, 1e6, '{}', x'00', NULL, '{"plan":"h1"}')`).run();
    expect(() => db.prepare(`INSERT INTO simulation_runs VALUES (3, 1, 1, 'h1', 'i', '0.1.0', 1, 1, 2, '2026-01-02', 1.5, 1e6, '{}', x'00', NULL, 'plan=h1')`).run()).toThrow(/CHECK/);
  });
});
