import type { WritableDB } from '../types';

/**
 * Version 2: the ground truth of a generated sample (which group each customer was drawn from,
 * with what parameters), so the customer-value models can be checked against it. Client
 * workspaces leave these tables empty.
 */
export function migrateTo2(db: WritableDB): void {
  db.exec(`
    CREATE TABLE sample_groups (
      group_key   TEXT PRIMARY KEY,
      label       TEXT NOT NULL,
      share       REAL NOT NULL,
      -- BG/NBD purchase and dropout in weeks, Gamma-Gamma spend in the workspace currency.
      r           REAL NOT NULL,
      alpha_weeks REAL NOT NULL,
      a           REAL NOT NULL,
      b           REAL NOT NULL,
      spend_p     REAL NOT NULL,
      spend_q     REAL NOT NULL,
      spend_gamma REAL NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE sample_customer_truth (
      customer_id         TEXT PRIMARY KEY REFERENCES customers(customer_id),
      group_key           TEXT NOT NULL REFERENCES sample_groups(group_key),
      lambda_per_week     REAL NOT NULL,
      dropout_probability REAL NOT NULL,
      spend_nu            REAL NOT NULL,
      alive_at_end        INTEGER NOT NULL CHECK (alive_at_end IN (0, 1))
    ) WITHOUT ROWID;
  `);
}
