import { existsSync } from 'node:fs';
import { BackendError } from '../../../shared/contract/errors';
import { DEFAULT_CURRENCY } from '../../../shared/domain/workspaceSettings';
import { writeWorkspaceSettings } from '../queries/workspaceSettings';
import { notAWorkspace, workspaceDamaged, workspaceFromNewerVersion } from './errors';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate } from './migrations';
import { openSqlite } from './sqlite';
import { storageFailure, workspaceReadOnly } from './storageFailures';
import type { WritableDB } from './types';
import { canWriteBeside, companionsPresent, readDatabaseHeader, removeDatabaseFiles, removeNewCompanions } from './workspaceFile';

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
  // The file's own header first: a file that is not ours is refused without SQLite opening it
  // (which would leave -wal and -shm files beside it), and a read-only place is told apart from a
  // file that is not a workspace.
  const header = readDatabaseHeader(path);
  if (header.kind === 'not-sqlite') throw notAWorkspace(path, header.detail);
  if (header.applicationId !== APPLICATION_ID && !companionsPresent(path).wal) {
    throw notAWorkspace(path, header.applicationId === 0 ? 'it has no Loyalty Workbench marker' : `it belongs to another program (application id ${header.applicationId})`);
  }
  if (!canWriteBeside(path)) throw workspaceReadOnly(path);
  let db;
  try {
    db = openSqlite(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw storageFailure(e, path) ?? notAWorkspace(path, `it cannot be opened as a database: ${(e as Error).message}`);
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
  const before = companionsPresent(path);
  try {
    inspect(path);
  } catch (e) {
    removeNewCompanions(path, before);
    throw e;
  }
  const db = openWorkspaceConnection(path);
  try {
    migrate(db);
  } catch (e) {
    db.close();
    throw storageFailure(e, path) ?? e;
  }
  return db;
}

/**
 * Creates a new, empty workspace at the latest schema, in the given currency and locale (already
 * validated: see shared/contract/workspaceSettingsSchemas). Without a currency it is in EUR, as
 * workspaces always were; without a locale its figures follow the interface language.
 * Refuses to overwrite a file.
 */
export function createWorkspace(path: string, currencyCode: string = DEFAULT_CURRENCY, locale?: string): WritableDB {
  if (existsSync(path)) {
    throw new BackendError('already-exists', `A file already exists at ${path}.`, 'Choose another name, or open the existing workspace.');
  }
  let db: WritableDB;
  try {
    db = openSqlite(path) as WritableDB;
  } catch (e) {
    removeDatabaseFiles(path);
    throw storageFailure(e, path) ?? e;
  }
  try {
    applyConnectionSettings(db);
    migrate(db);
    writeWorkspaceSettings(db, { currencyCode, locale });
  } catch (e) {
    db.close();
    // The file did not exist before: a workspace half made is not left behind.
    removeDatabaseFiles(path);
    throw storageFailure(e, path) ?? e;
  }
  return db;
}

export { LATEST_SCHEMA_VERSION };

/**
 * A connection to a workspace with the app's settings, no checks: openWorkspace's own once it has
 * checked the file, and a second one for a thread that writes beside the first (the import's).
 */
export function openWorkspaceConnection(path: string): WritableDB {
  let db: WritableDB;
  try {
    db = openSqlite(path, { fileMustExist: true }) as WritableDB;
  } catch (e) {
    throw storageFailure(e, path) ?? e;
  }
  try {
    applyConnectionSettings(db);
  } catch (e) {
    db.close();
    throw storageFailure(e, path) ?? e;
  }
  return db;
}
