import type { WritableDB } from '../types';

/**
 * Version 10: the last result of each kind of analysis, kept in the workspace so that it is
 * still there when the user comes back to the page, reopens the workspace or restarts: the
 * model fit of the Customer value page, the last segmentation of each method, and a scenario's
 * last sensitivity and goal seek. One row per (kind, key): the key names what the result is of
 * ('workspace' for the workspace's fit, the method for a segmentation, the scenario's id for the others);
 * a new result replaces the old.
 *
 * Each row records, as runs do since version 9, one hash per kind of input the analysis read
 * (`input_hashes_json`) and one hash over them (`inputs_hash`), so the app can say whether the
 * result still stands for the workspace and, when not, what changed. Results are small (a fit's
 * figures, a tornado's rows); nothing per customer is kept here. A segmentation's own figures
 * stay in `segmentations` and its row here holds only which one it is; simulation runs stay in
 * `simulation_runs`, which already record what they read.
 */
export function migrateTo10(db: WritableDB): void {
  db.exec(`
    CREATE TABLE analysis_results (
      kind              TEXT NOT NULL CHECK (kind IN ('fit', 'segmentation', 'sensitivity', 'goalSeek')),
      key               TEXT NOT NULL,
      made_at           TEXT NOT NULL,
      request_json      TEXT NOT NULL CHECK (json_valid(request_json)),
      input_hashes_json TEXT NOT NULL CHECK (json_valid(input_hashes_json)),
      inputs_hash       TEXT NOT NULL,
      result_json       TEXT NOT NULL CHECK (json_valid(result_json)),
      PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
  `);
}
