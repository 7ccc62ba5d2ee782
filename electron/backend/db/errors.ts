import { BackendError } from '../../../shared/contract/errors';

export function workspaceFromNewerVersion(path: string, fileVersion: number, appVersion: number): BackendError {
  return new BackendError(
    'workspace-from-newer-version',
    `${path} was saved by a newer Loyalty Workbench (workspace schema version ${fileVersion}); this version reads up to ${appVersion}. It was not opened and has not been changed.`,
    'Open it with a newer version of Loyalty Workbench.',
  );
}

export function notAWorkspace(path: string, detail: string): BackendError {
  return new BackendError(
    'not-a-workspace',
    `${path} is not a Loyalty Workbench workspace (${detail}).`,
    'Choose a .lwb file made by Loyalty Workbench, or create a new workspace and import the data into it.',
  );
}

export function workspaceDamaged(path: string, detail: string): BackendError {
  return new BackendError(
    'workspace-damaged',
    `${path} failed its integrity check: ${detail}`,
    'Restore the file from a backup, or open another workspace.',
  );
}
