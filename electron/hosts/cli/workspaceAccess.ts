import { setTimeout as sleep } from 'node:timers/promises';
import { BackendError } from '../../../shared/contract/errors';
import { BUSY_TIMEOUT_MS, workspaceLocked } from '../../backend/db/storageFailures';
import type { WritableDB } from '../../backend/db/types';
import type { CommandIO } from './command';

/** How long a command waits for another program's write to end, unless LW_LOCK_WAIT_SECONDS says otherwise. */
const DEFAULT_WAIT_SECONDS = 30;
const POLL_MS = 250;

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Whether a write transaction can start now (another program's write would make it wait). */
function tryWriteLock(db: WritableDB): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return true;
  } catch (e) {
    if (isBusy(e)) return false;
    throw e;
  }
}

/**
 * Before a command writes: when another program (another lw, or the app) is writing to the
 * workspace, says so once and waits for it, without holding anything, and gives up with a clear
 * message after the wait. SQLite's own wait (a few seconds, silent) still covers the moment
 * between this check and the command's first write.
 */
export async function waitForWriteAccess(db: WritableDB, path: string, io: Pick<CommandIO, 'stderr' | 'env' | 'signal'>): Promise<void> {
  const waitSeconds = Number(io.env.LW_LOCK_WAIT_SECONDS ?? DEFAULT_WAIT_SECONDS);
  const limitMs = (Number.isFinite(waitSeconds) && waitSeconds >= 0 ? waitSeconds : DEFAULT_WAIT_SECONDS) * 1000;
  db.pragma('busy_timeout = 0');
  try {
    if (tryWriteLock(db)) return;
    io.stderr(`lw: another program is writing to ${path}; waiting for it to finish (up to ${Math.round(limitMs / 1000)} s, Ctrl-C to give up)…`);
    const started = Date.now();
    for (;;) {
      if (io.signal.aborted) throw new BackendError('cancelled', 'Cancelled while waiting for the workspace; nothing was changed.');
      if (Date.now() - started >= limitMs) throw workspaceLocked(path, limitMs);
      await sleep(POLL_MS);
      if (tryWriteLock(db)) return;
    }
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}
