import { existsSync } from 'node:fs';
import { BackendError } from '../../../shared/contract/errors';
import { notAWorkspace, workspaceDamaged, workspaceFromNewerVersion } from './errors';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate } from './migrations';
import { openSqlite } from './sqlite';
import type { WritableDB } from './types';

function applyConnectionSettings(db: WritableDB): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

/**
 * Looks at an existing file read-only before anything writes to it: a file from a newer version,
 * another program's database or a damaged file is refused untouched.
 */
function inspect(path: string): void {
  let db;
  try {
    db = openSqlite(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw notAWorkspace(path, `it cannot be opened as a database: ${(e as Error).message}`);
  }
  try {
    let appId: number;
    let version: number;
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
      version = db.pragma('user_version', { simple: true }) as number;
    } catch (e) {
      throw notAWorkspace(path, (e as Error).message);
    }
    if (appId !== APPLICATION_ID) {
      throw notAWorkspace(path, appId === 0 ? 'it has no Loyalty Workbench marker' : `it belongs to another program (application id ${appId})`);
    }
    if (version > LATEST_SCHEMA_VERSION) throw workspaceFromNewerVersion(path, version, LATEST_SCHEMA_VERSION);
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw workspaceDamaged(path, check);
  } finally {
    db.close();
  }
}

/** Opens an existing workspace, bringing an older one up to the current schema. */
export function openWorkspace(path: string): WritableDB {
  if (!existsSync(path)) {
    throw new BackendError('not-found', `There is no workspace at ${path}.`, 'Check the path, or create a new workspace there.');
  }
  inspect(path);
  const db = openSqlite(path, { fileMustExist: true }) as WritableDB;
  try {
    applyConnectionSettings(db);
    migrate(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** Creates a new, empty workspace at the latest schema. Refuses to overwrite a file. */
export function createWorkspace(path: string, currencyCode = 'EUR'): WritableDB {
  if (existsSync(path)) {
    throw new BackendError('already-exists', `A file already exists at ${path}.`, 'Choose another name, or open the existing workspace.');
  }
  const db = openSqlite(path) as WritableDB;
  try {
    applyConnectionSettings(db);
    migrate(db);
    db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)').run('currency', currencyCode);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

export { LATEST_SCHEMA_VERSION };
