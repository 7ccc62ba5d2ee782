import type { WritableDB } from '../types';

/**
 * Version 6: points plans and their simulation runs. A plan keeps every saved version (a plan is
 * a document finance may need to trace back); a run records which version it ran, the hashes of
 * its plan and of all its inputs, the app version, seed, draws, workers and timings, with its
 * results compressed beside them.
 */
export function migrateTo6(db: WritableDB): void {
  db.exec(`
    CREATE TABLE plans (
      plan_id    INTEGER PRIMARY KEY,
      created_at TEXT NOT NULL
    );

    CREATE TABLE plan_versions (
      plan_id   INTEGER NOT NULL REFERENCES plans(plan_id) ON DELETE CASCADE,
      version   INTEGER NOT NULL CHECK (version >= 1),
      name      TEXT NOT NULL,
      saved_at  TEXT NOT NULL,
      plan_json TEXT NOT NULL,
      plan_hash TEXT NOT NULL,
      PRIMARY KEY (plan_id, version)
    ) WITHOUT ROWID;

    CREATE TABLE simulation_runs (
      run_id         INTEGER PRIMARY KEY,
      plan_id        INTEGER NOT NULL REFERENCES plans(plan_id) ON DELETE CASCADE,
      plan_version   INTEGER NOT NULL,
      plan_hash      TEXT NOT NULL,
      inputs_hash    TEXT NOT NULL,
      app_version    TEXT NOT NULL,
      seed           INTEGER NOT NULL,
      draws          INTEGER NOT NULL CHECK (draws >= 1),
      workers        INTEGER NOT NULL CHECK (workers >= 1),
      started_at     TEXT NOT NULL,
      seconds        REAL NOT NULL,
      customer_weeks REAL NOT NULL,
      request_json   TEXT NOT NULL,
      results_gzip   BLOB NOT NULL
    );
    CREATE INDEX simulation_runs_by_plan ON simulation_runs(plan_id, run_id);
  `);
}
