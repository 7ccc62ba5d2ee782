import { BackendError } from '../../../shared/contract/errors';

/**
 * What the disk and SQLite can refuse a user, said so that they can act on it: a read-only file
 * or folder, a full disk, a workspace another program is writing to. SQLite's own words ("attempt
 * to write a readonly database") and a stack trace help nobody; these say what happened, that the
 * workspace is as it was (every write is a transaction), and what to do.
 */

/** How long a writer waits for another program's write to end before it gives up. */
export const BUSY_TIMEOUT_MS = 5000;

/** The SQLite result code (better-sqlite3's SqliteError) or the Node system error code, if any. */
function codeOf(e: unknown): string | null {
  if (typeof e !== 'object' || e === null || !('code' in e)) return null;
  const code = (e as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
}

export function workspaceReadOnly(path: string): BackendError {
  return new BackendError(
    'workspace-read-only',
    `${path} cannot be written to: the file or its folder is read-only. Nothing was changed.`,
    'A workspace is saved as you work, so it needs a folder you can write to: copy it to one of your own folders (for example Documents) and open the copy, or make the file and its folder writable.',
  );
}

export function workspaceLocked(path: string, waitedMs = BUSY_TIMEOUT_MS): BackendError {
  return new BackendError(
    'workspace-locked',
    `Another program is writing to ${path} and has not finished after ${Math.round(waitedMs / 1000)} s; nothing was changed.`,
    'Wait for the other job to end (another lw command, or Loyalty Workbench with this workspace open), then try again.',
  );
}

export function diskFull(path: string): BackendError {
  return new BackendError(
    'disk-full',
    `The disk holding ${path} is full; the last change was not saved and the workspace is as it was before it.`,
    'Free some space on that disk, or move the workspace to a disk with room, then try again.',
  );
}

/**
 * The user-facing error for a storage failure met while working on `path`, or null when `e` is
 * not one (a fault of ours, left to the caller's report).
 */
export function storageFailure(e: unknown, path: string): BackendError | null {
  if (e instanceof BackendError) return e;
  const code = codeOf(e);
  if (code === null) return null;
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return workspaceReadOnly(path);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return diskFull(path);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return workspaceLocked(path);
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new BackendError(
      'storage-failure',
      `The disk failed while writing ${path} (${code}); the last change was not saved.`,
      'Check the disk or the network share the workspace is on (is it still connected?), then try again.',
    );
  }
  return null;
}
