import type { WritableDB } from '../db/types';

/** What a write that must not wait can meet: done, or the workspace held by another writer (or not writable). */
export type WriteOutcome = 'written' | 'busy';

/**
 * Runs `step` as one write transaction without waiting for the workspace's write lock. For
 * writes that keep what a read computed (a valuation, the Data page's figures): when another
 * connection holds the lock (an import runs in a thread of its own with its own connection),
 * waiting for it would hold this thread for the lock's whole timeout, so the step reports 'busy'
 * at once instead, having written nothing, and the caller keeps its result in memory meanwhile.
 */
export function writeWithoutWaiting(db: WritableDB, step: () => void): WriteOutcome {
  // A transaction this connection holds open across its awaits (an import run on it) must not take in this write.
  if (db.inTransaction) return 'busy';
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.transaction(step)();
    return 'written';
  } catch (e) {
    // Another writer holds the lock, or the file is read-only: nothing was written (the step's
    // transaction rolled back) and the caller keeps what it computed in memory; any other failure goes up.
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_READONLY'))) return 'busy';
    throw e;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}
