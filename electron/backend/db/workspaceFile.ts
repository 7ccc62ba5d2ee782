import { accessSync, closeSync, constants, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A workspace as files on disk, looked at without SQLite: its header, the -wal and -shm files
 * beside it, and whether its folder can be written to.
 */

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Where SQLite keeps the application id in a database file's first page (big-endian). */
const APPLICATION_ID_OFFSET = 68;
const HEADER_BYTES = 100;

export type DatabaseHeader = { kind: 'sqlite'; applicationId: number } | { kind: 'not-sqlite'; detail: string };

/** A few formats people open by mistake, named by their first bytes. */
function describeForeignBytes(head: Buffer): string {
  if (head.length === 0) return 'the file is empty';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'it is a ZIP archive (an Excel workbook, a Word document or similar), not a database';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'it is a PDF document, not a database';
  return 'it is not a database file';
}

export function readDatabaseHeader(path: string): DatabaseHeader {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, head, 0, HEADER_BYTES, 0);
    const bytes = head.subarray(0, read);
    if (read < HEADER_BYTES || !bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return { kind: 'not-sqlite', detail: describeForeignBytes(bytes) };
    return { kind: 'sqlite', applicationId: bytes.readInt32BE(APPLICATION_ID_OFFSET) };
  } finally {
    closeSync(fd);
  }
}

export interface Companions {
  wal: boolean;
  shm: boolean;
}

export function companionsPresent(path: string): Companions {
  return { wal: existsSync(`${path}-wal`), shm: existsSync(`${path}-shm`) };
}

/**
 * Removes the empty -wal and -shm files that opening a file made beside it, when the file was
 * then refused: a refused file is left as it was found.
 */
export function removeNewCompanions(path: string, before: Companions): void {
  for (const [suffix, existed] of [['-wal', before.wal], ['-shm', before.shm]] as const) {
    const companion = path + suffix;
    if (existed || !existsSync(companion)) continue;
    // The -shm file of a WAL database is a few zero-filled pages; -wal is empty until a write.
    if (suffix === '-wal' && statSync(companion).size > 0) continue;
    rmSync(companion, { force: true });
  }
}

/**
 * Whether the file and its folder can be written to (a workspace in WAL mode writes its -wal and
 * -shm files beside it even to read). A read-only mount answers EROFS even to root.
 */
export function canWriteBeside(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    // The answer, not a failure: access refused (EACCES, EROFS, ENOENT) is "cannot write here".
    return false;
  }
}

/** Removes a database file with its WAL, shared-memory and rollback-journal companions. */
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}
