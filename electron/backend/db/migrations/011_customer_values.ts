import type { WritableDB } from '../types';

/**
 * Version 11: the valuation of the customer base behind the value card and the lifecycle panel,
 * kept in the workspace so that it is made once — after an import, at the first need — and read
 * afterwards, also after a restart: a card reads one customer's row, never refits.
 *
 * `customer_valuation` holds the one kept valuation (id 1): what it was made from (`basis_json`,
 * hashed in `basis_hash`: the customers' and transactions' input hashes, the summary's calibration
 * end and unit, the model and the value settings), its fitted models, and whether every row is
 * written (`complete`). The strategic scores and the lifecycle stages depend on more (the score
 * weights and attributes; the lifecycle rules) and are rewritten alone when that changes: each has
 * its own hash, NULL while its columns are being written. A valuation whose basis hash is not the
 * workspace's current one stands for nothing and is replaced at the next need.
 *
 * `customer_values` holds one row per customer valued: the model's figures (probability alive,
 * expected purchases in the next year, expected spend per purchase, lifetime value), the margin
 * the customer has brought (an input of the score), the score with its three parts, and the
 * lifecycle stage (an index into LIFECYCLE_STAGES). The figures may be NaN, which SQLite keeps as
 * NULL: the columns allow it.
 */
export function migrateTo11(db: WritableDB): void {
  db.exec(`
    CREATE TABLE customer_valuation (
      id             INTEGER PRIMARY KEY CHECK (id = 1),
      made_at        TEXT NOT NULL,
      basis_hash     TEXT NOT NULL,
      basis_json     TEXT NOT NULL CHECK (json_valid(basis_json)),
      models_json    TEXT NOT NULL CHECK (json_valid(models_json)),
      complete       INTEGER NOT NULL CHECK (complete IN (0, 1)),
      score_hash     TEXT,
      score_json     TEXT CHECK (score_json IS NULL OR json_valid(score_json)),
      lifecycle_hash TEXT,
      lifecycle_json TEXT CHECK (lifecycle_json IS NULL OR json_valid(lifecycle_json))
    );

    CREATE TABLE customer_values (
      customer_key       INTEGER PRIMARY KEY REFERENCES customers(customer_key),
      probability_alive  REAL,
      expected_purchases REAL,
      expected_spend     REAL,
      lifetime_value     REAL,
      historic_margin    REAL,
      score              REAL,
      score_prospective  REAL,
      score_current      REAL,
      score_qualitative  REAL,
      lifecycle_stage    INTEGER CHECK (lifecycle_stage BETWEEN 0 AND 4)
    );
  `);
}
