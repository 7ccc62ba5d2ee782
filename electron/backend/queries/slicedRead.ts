import { openSqlite } from '../db/sqlite';
import type { ReadableDB } from '../db/types';
import { cancelledError } from '../workers/workerPool';

/**
 * A read cut into slices: a generator that reads one slice (some tens of milliseconds) per step
 * and returns its result. `drain` runs one to the end at once; `readInSnapshot` lets the event
 * loop in between slices, so other requests are answered while a million rows are read.
 */
export type SlicedRead<T> = Generator<void, T, void>;

export function drain<T>(read: SlicedRead<T>): T {
  for (;;) {
    const step = read.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a sliced read on its own read-only connection to the workspace, inside one read
 * transaction, yielding to the event loop between slices: every slice sees the same snapshot, so
 * an import committed meanwhile cannot mix into it, and the workspace's own connection stays free
 * for other requests. A workspace with no file to open a second connection on (in memory: tests)
 * is read at once on its own connection. A cancel through `signal` stops it between slices.
 */
export async function readInSnapshot<T>(db: ReadableDB, signal: AbortSignal | undefined, read: (snapshot: ReadableDB) => SlicedRead<T>): Promise<T> {
  if (signal?.aborted) throw cancelledError();
  if (db.memory || db.name === '') return drain(read(db));
  const snapshot = openSqlite(db.name, { readonly: true, fileMustExist: true }) as ReadableDB;
  try {
    snapshot.exec('BEGIN');
    const steps = read(snapshot);
    for (;;) {
      if (signal?.aborted) throw cancelledError();
      const step = steps.next();
      if (step.done) return step.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    if (snapshot.inTransaction) snapshot.exec('COMMIT');
    snapshot.close();
  }
}
