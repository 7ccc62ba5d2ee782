import type { ReadableDB } from '../db/types';

/** The margin assumed when the workspace's transactions carry none. */
export const DEFAULT_MARGIN = 0.3;

/**
 * Gross margin over sales across the transactions that record a margin, or null when none do.
 * A scan of every transaction (half a second to a second for ten million), so kept per
 * connection until the transactions change: every change of them is an import (or the sample),
 * which its record and the last transaction id tell, in two indexed look-ups.
 */
export function workspaceMargin(db: ReadableDB): number | null {
  const state = transactionsState(db);
  const kept = keptMargins.get(db);
  if (kept?.state === state) return kept.value;
  const r = db.prepare('SELECT total(margin) AS margin, total(amount) AS sales FROM transactions WHERE margin IS NOT NULL').get() as { margin: number; sales: number };
  const value = r.sales > 0 ? r.margin / r.sales : null;
  keptMargins.set(db, { state, value });
  return value;
}

const keptMargins = new WeakMap<ReadableDB, { state: string; value: number | null }>();

/** What the transactions are as of now, as the run inputs' hash of them sees it (runInputs.ts): their imports and the last transaction. */
function transactionsState(db: ReadableDB): string {
  const imports = db.prepare("SELECT count(*) AS n, max(import_id) AS last, total(rows_imported) AS rows FROM imports WHERE kind IN ('transactions', 'sample')").get();
  const last = db.prepare('SELECT max(transaction_id) AS last FROM transactions').get();
  return JSON.stringify([imports, last]);
}
