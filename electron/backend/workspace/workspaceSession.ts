import { existsSync, renameSync } from 'node:fs';
import { BackendError } from '../../../shared/contract/errors';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { createWorkspace, openWorkspace } from '../db/openWorkspace';
import type { WritableDB } from '../db/types';
import { readWorkspaceSummary } from '../queries/workspaceSummary';
import { removeWorkspaceFiles } from './removeWorkspaceFiles';

export interface OpenedWorkspace {
  path: string;
  db: WritableDB;
}

/**
 * The one workspace the backend has open. Every change is committed as it is made (autosave),
 * so switching workspace only closes the old connection; Save As copies the open file through
 * SQLite's online backup to a temporary name and renames it into place.
 */
export class WorkspaceSession {
  private current: OpenedWorkspace | null = null;

  constructor(private readonly onChange: (summary: WorkspaceSummary | null) => void) {}

  get opened(): OpenedWorkspace | null {
    return this.current;
  }

  require(): OpenedWorkspace {
    if (!this.current) throw new BackendError('no-workspace', 'No workspace is open.', 'Open a workspace, create one, or open the sample.');
    return this.current;
  }

  summary(): WorkspaceSummary | null {
    return this.current ? readWorkspaceSummary(this.current.db, this.current.path) : null;
  }

  open(path: string): WorkspaceSummary {
    if (this.current?.path === path) return this.summary()!;
    return this.switchTo(path, openWorkspace(path));
  }

  create(path: string): WorkspaceSummary {
    return this.switchTo(path, createWorkspace(path));
  }

  async saveAs(path: string, overwrite: boolean): Promise<WorkspaceSummary> {
    const { path: from, db } = this.require();
    if (path === from) return this.summary()!;
    if (existsSync(path) && !overwrite) {
      throw new BackendError('already-exists', `A file already exists at ${path}.`, 'Choose another name, or confirm that it may be replaced.');
    }
    const tmp = `${path}.partial-${process.pid}`;
    removeWorkspaceFiles(tmp);
    try {
      await db.backup(tmp);
      removeWorkspaceFiles(path);
      renameSync(tmp, path);
    } catch (e) {
      removeWorkspaceFiles(tmp);
      throw e;
    }
    return this.switchTo(path, openWorkspace(path));
  }

  close(): void {
    this.current?.db.close();
    this.current = null;
  }

  private switchTo(path: string, db: WritableDB): WorkspaceSummary {
    this.current?.db.close();
    this.current = { path, db };
    const summary = readWorkspaceSummary(db, path);
    this.onChange(summary);
    return summary;
  }
}
