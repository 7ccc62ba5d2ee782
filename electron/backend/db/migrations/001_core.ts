import type { WritableDB } from '../types';

/** Version 1: workspace metadata, customers, their transactions and their CRM attributes. */
export function migrateTo1(db: WritableDB): void {
  db.exec(`
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE customers (
      customer_id TEXT PRIMARY KEY
    ) WITHOUT ROWID;

    -- One row a receipt line as imported. Dates are calendar days (YYYY-MM-DD); amounts and
    -- margins are in the workspace currency, never rounded on the way in.
    CREATE TABLE transactions (
      transaction_id INTEGER PRIMARY KEY,
      customer_id    TEXT NOT NULL REFERENCES customers(customer_id),
      date           TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      amount         REAL NOT NULL,
      margin         REAL,
      quantity       REAL,
      channel        TEXT,
      store          TEXT,
      category       TEXT
    );
    CREATE INDEX transactions_by_customer_date ON transactions(customer_id, date);
    CREATE INDEX transactions_by_date ON transactions(date);

    CREATE TABLE attribute_definitions (
      name       TEXT PRIMARY KEY,
      kind       TEXT NOT NULL CHECK (kind IN ('commercial','financial','quality','marketing','demographic')),
      value_type TEXT NOT NULL CHECK (value_type IN ('number','text')),
      label      TEXT NOT NULL,
      unit       TEXT
    ) WITHOUT ROWID;

    CREATE TABLE customer_attributes (
      customer_id TEXT NOT NULL REFERENCES customers(customer_id),
      name        TEXT NOT NULL REFERENCES attribute_definitions(name),
      value_num   REAL,
      value_text  TEXT,
      PRIMARY KEY (customer_id, name)
    ) WITHOUT ROWID;
  `);
}
