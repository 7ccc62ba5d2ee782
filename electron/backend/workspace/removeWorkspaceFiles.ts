import { rmSync } from 'node:fs';

/** Removes a workspace file with its WAL and shared-memory companions, if present. */
export function removeWorkspaceFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}
