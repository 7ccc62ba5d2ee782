import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeDatabaseFiles } from '../db/workspaceFile';

/**
 * A workspace is written whole to `<target>.partial-<pid>` and renamed onto the target only when
 * complete, so a failed or cancelled write leaves nothing. A process killed outright (kill -9, a
 * power cut) cannot clean up: its partial files, with their WAL, stay until the next write of
 * the same target removes them.
 */

export function partialPath(target: string, pid = process.pid): string {
  return `${target}.partial-${pid}`;
}

function processIsRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the partial files of `target` left by processes no longer running (another running
 * process's are its own), with their -wal, -shm and -journal files. Returns how many it removed.
 */
export function removeStalePartials(target: string): number {
  const prefix = `${basename(target)}.partial-`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    // The folder cannot be listed (gone, not ours to read): no partial file of ours can be in it,
    // and the write that follows reports the folder's problem itself.
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)$/.exec(name.slice(prefix.length))?.[1];
    // Companions (-wal, -shm) go with their database file.
    if (pid === undefined || processIsRunning(Number(pid))) continue;
    removeDatabaseFiles(join(dirname(target), name));
    removed++;
  }
  return removed;
}
