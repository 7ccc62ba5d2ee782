import type { WritableDB } from '../types';

/**
 * Version 9: a run keeps, beside its single inputs hash, one hash per kind of input it read
 * (customers, transactions, attributes, models, segmentation, lifecycle rules, plan, settings) as
 * a JSON object. Why: one hash can say that a run is out of date but not why; with one per kind,
 * the app can tell a user "the customers were segmented again since this run" and a script can
 * test for it. Runs made before this version have none (NULL): nothing records what they read,
 * so the app cannot vouch for them and says so.
 */
export function migrateTo9(db: WritableDB): void {
  db.exec(`ALTER TABLE simulation_runs ADD COLUMN input_hashes_json TEXT CHECK (input_hashes_json IS NULL OR json_valid(input_hashes_json));`);
}
