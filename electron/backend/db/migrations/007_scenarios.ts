import type { WritableDB } from '../types';

/**
 * Version 7: scenarios — a named plan with its seed, assumption draws and sample size, the unit
 * a strategist compares, a finance team stresses and a consultant presents. Runs may belong to a
 * scenario, so a scenario's latest run is its figures.
 */
export function migrateTo7(db: WritableDB): void {
  db.exec(`
    CREATE TABLE scenarios (
      scenario_id   INTEGER PRIMARY KEY,
      name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
      plan_id       INTEGER NOT NULL REFERENCES plans(plan_id) ON DELETE CASCADE,
      seed          INTEGER NOT NULL CHECK (seed >= 0),
      draws         INTEGER NOT NULL CHECK (draws >= 1),
      max_customers INTEGER,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL
    );
    ALTER TABLE simulation_runs ADD COLUMN scenario_id INTEGER REFERENCES scenarios(scenario_id) ON DELETE SET NULL;
    CREATE INDEX simulation_runs_by_scenario ON simulation_runs(scenario_id, run_id);
  `);
}
