import { existsSync, renameSync } from 'node:fs';
import { BackendError } from '../../../shared/contract/errors';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { createWorkspace, openWorkspace } from '../db/openWorkspace';
import { openSqlite } from '../db/sqlite';
import type { ReadableDB, WritableDB } from '../db/types';
import { readWorkspaceSummary } from '../queries/workspaceSummary';
import { removeDatabaseFiles } from '../db/workspaceFile';
import { partialPath, removeStalePartials } from './partialFiles';

export interface OpenedWorkspace {
  path: string;
  /** The one connection that writes (imports, edits). */
  db: WritableDB;
  /**
   * A second, read-only connection for the UI's queries. In WAL mode it sees only committed
   * data, so a long import in progress on the writer never shows half-done in a table or chart.
   */
  reader: ReadableDB;
}

/**
 * The one workspace the backend has open. Every change is committed as it is made (autosave),
 * so switching workspace only closes the old connection; Save As copies the open file through
 * SQLite's online backup to a temporary name and renames it into place.
 */
export class WorkspaceSession {
  private current: OpenedWorkspace | null = null;
  /** What is running that must finish before the workspace may be switched, or null. */
  private busyWith: string | null = null;

  constructor(private readonly onChange: (summary: WorkspaceSummary | null) => void) {}

  get opened(): OpenedWorkspace | null {
    return this.current;
  }

  require(): OpenedWorkspace {
    if (!this.current) throw new BackendError('no-workspace', 'No workspace is open.', 'Open a workspace, create one, or open the sample.');
    return this.current;
  }

  summary(): WorkspaceSummary | null {
    return this.current ? readWorkspaceSummary(this.current.reader, this.current.path) : null;
  }

  /**
   * Runs work that writes to the workspace (an import): one at a time, and the workspace cannot
   * be switched or copied until it ends. Afterwards every window hears of the change.
   */
  async exclusive<T>(what: string, work: (opened: OpenedWorkspace) => Promise<T>): Promise<T> {
    const opened = this.require();
    this.refuseIfBusy();
    this.busyWith = what;
    try {
      return await work(opened);
    } finally {
      this.busyWith = null;
      if (this.current === opened) this.onChange(this.summary());
    }
  }

  private refuseIfBusy(): void {
    if (this.busyWith) {
      throw new BackendError('busy', `${this.busyWith} is still running.`, 'Wait for it to finish, or cancel it in the status bar.');
    }
  }

  open(path: string): WorkspaceSummary {
    if (this.current?.path === path) return this.summary()!;
    this.refuseIfBusy();
    removeStalePartials(path);
    return this.switchTo(path, openWorkspace(path));
  }

  create(path: string, currencyCode?: string, locale?: string): WorkspaceSummary {
    this.refuseIfBusy();
    removeStalePartials(path);
    return this.switchTo(path, createWorkspace(path, currencyCode, locale));
  }

  async saveAs(path: string, overwrite: boolean): Promise<WorkspaceSummary> {
    this.refuseIfBusy();
    const { path: from, db } = this.require();
    if (path === from) return this.summary()!;
    if (existsSync(path) && !overwrite) {
      throw new BackendError('already-exists', `A file already exists at ${path}.`, 'Choose another name, or confirm that it may be replaced.');
    }
    removeStalePartials(path);
    const tmp = partialPath(path);
    removeDatabaseFiles(tmp);
    try {
      await db.backup(tmp);
      removeDatabaseFiles(path);
      renameSync(tmp, path);
    } catch (e) {
      removeDatabaseFiles(tmp);
      throw e;
    }
    return this.switchTo(path, openWorkspace(path));
  }

  close(): void {
    this.current?.reader.close();
    this.current?.db.close();
    this.current = null;
  }

  private switchTo(path: string, db: WritableDB): WorkspaceSummary {
    let reader: ReadableDB;
    try {
      reader = openSqlite(path, { readonly: true, fileMustExist: true }) as ReadableDB;
    } catch (e) {
      db.close();
      throw e;
    }
    this.close();
    this.current = { path, db, reader };
    const summary = readWorkspaceSummary(reader, path);
    this.onChange(summary);
    return summary;
  }
}
