import type { WritableDB } from '../types';

/**
 * Version 3: a record of every import (what came in, what was dropped and why, for the
 * data-quality panel), each transaction tied to the import that brought it, and the per-customer
 * summary (purchase days, recency and age in a chosen unit up to a calibration end, spend).
 */
export function migrateTo3(db: WritableDB): void {
  db.exec(`
    CREATE TABLE imports (
      import_id     INTEGER PRIMARY KEY,
      kind          TEXT NOT NULL CHECK (kind IN ('transactions', 'attributes', 'sample')),
      file_name     TEXT NOT NULL,
      file_bytes    INTEGER NOT NULL,
      imported_at   TEXT NOT NULL,
      settings_json TEXT NOT NULL,
      rows_read     INTEGER NOT NULL,
      rows_imported INTEGER NOT NULL,
      -- What was left out and why: [{ "reason": ..., "rows": n, "lines": [first line numbers] }].
      dropped_json  TEXT NOT NULL,
      customers_added INTEGER NOT NULL
    );

    ALTER TABLE transactions ADD COLUMN import_id INTEGER REFERENCES imports(import_id);

    -- Same-day purchases count once (a "purchase day"). x = purchase days up to the calibration
    -- end minus one; recency and age are measured from the first purchase, in summary_unit.
    CREATE TABLE customer_summary (
      customer_id         TEXT PRIMARY KEY REFERENCES customers(customer_id),
      first_purchase      TEXT NOT NULL,
      last_purchase       TEXT NOT NULL,
      purchase_days       INTEGER NOT NULL,
      frequency           INTEGER NOT NULL,
      recency             REAL NOT NULL,
      age                 REAL NOT NULL,
      total_spend         REAL NOT NULL,
      average_spend       REAL NOT NULL,
      repeat_average_spend REAL NOT NULL
    ) WITHOUT ROWID;
  `);
  // No secondary indexes on the summary: the table is rebuilt on every import, and a sorted page
  // of it (a top-N sort over one table) is fast enough without them.
}
