import type { ReadableDB, WritableDB } from '../db/types';

/**
 * The first and last transaction days, kept in `meta` by whatever writes transactions (an import,
 * the sample), in the same transaction as the rows. Read at every change of the workspace, a
 * min and max over all the transactions would scan millions of rows on the thread that answers
 * the app (there is no index by day alone, and one would cost every import); the stored range is
 * one row. Workspaces written before it was kept fall back to the scan.
 */

const KEY = 'transactions.dayRange';

export interface DayRange {
  first: number | null;
  last: number | null;
}

function scan(db: ReadableDB): DayRange {
  return db.prepare('SELECT min(day_number) AS first, max(day_number) AS last FROM transactions').get() as DayRange;
}

/** Recomputes and stores the range: call inside the transaction that wrote the rows. */
export function storeTransactionRange(db: WritableDB): void {
  db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run(KEY, JSON.stringify(scan(db)));
}

export function readTransactionRange(db: ReadableDB): DayRange {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as DayRange) : scan(db);
}
