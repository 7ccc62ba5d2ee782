import { useCallback, useMemo, useRef, useState } from 'react';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { host, invoke } from '../backend/client';
import { reportError } from '../errors/errorStore';
import { useTranslation } from 'react-i18next';

export type PathDialogKind = 'new' | 'open' | 'saveAs';

export interface PathDialog {
  kind: PathDialogKind;
  id: number;
  /** A path already chosen (the desktop's native save dialog), for the new-workspace dialog to ask the rest. */
  path?: string;
}

/** What a new workspace is created with besides its path. */
export interface NewWorkspaceSettings {
  currencyCode: string;
  locale: string;
}

export interface WorkspaceActions {
  /** True while a workspace is being opened, created or saved. */
  busy: boolean;
  /** The in-page path dialog to show (browser mode only); a new id each time one opens. */
  dialog: PathDialog | null;
  closeDialog(): void;
  newWorkspace(): void;
  openWorkspace(): void;
  saveAs(): void;
  openSample(): void;
  openRecent(path: string): void;
  /** What the in-page dialog calls; it shows a failure itself, so this throws rather than reports. */
  submitPath(kind: PathDialogKind, path: string, overwrite: boolean, settings?: NewWorkspaceSettings): Promise<void>;
}

/**
 * New, Open, Save As and the sample. The desktop app asks for paths with native dialogs; the
 * browser has none, so the same actions open an in-page dialog instead. A new workspace also
 * asks for its currency and number format: on the desktop, the in-page dialog follows the native
 * one with the path already filled in.
 */
export function useWorkspaceActions(current: WorkspaceSummary | null, onOpened: (summary: WorkspaceSummary) => void): WorkspaceActions {
  const { t } = useTranslation('workspace');
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<PathDialog | null>(null);
  const dialogSerial = useRef(0);
  const openDialog = useCallback((kind: PathDialogKind, path?: string) => setDialog({ kind, id: ++dialogSerial.current, ...(path !== undefined ? { path } : {}) }), []);

  const run = useCallback(
    async (call: () => Promise<WorkspaceSummary>): Promise<void> => {
      setBusy(true);
      try {
        onOpened(await call());
      } finally {
        setBusy(false);
      }
    },
    [onOpened],
  );

  const runAndReport = useCallback(
    (title: string, call: () => Promise<WorkspaceSummary>) => {
      run(call).catch((error: unknown) => reportError(title, error));
    },
    [run],
  );

  const submitPath = useCallback(
    (kind: PathDialogKind, path: string, overwrite: boolean, settings?: NewWorkspaceSettings) =>
      run(() => {
        if (kind === 'new') return invoke('workspace.create', { path, ...settings });
        if (kind === 'open') return invoke('workspace.open', { path });
        return invoke('workspace.saveAs', { path, overwrite });
      }),
    [run],
  );

  const currentName = current?.name ?? null;

  return useMemo<WorkspaceActions>(
    () => ({
      busy,
      dialog,
      closeDialog: () => setDialog(null),
      submitPath,

      newWorkspace() {
        if (!host.hasNativeDialogs) return openDialog('new');
        void host.chooseWorkspaceToSave(t('nativeNewName')).then((path) => {
          if (path) openDialog('new', path);
        });
      },

      openWorkspace() {
        if (!host.hasNativeDialogs) return openDialog('open');
        void host.chooseWorkspaceToOpen().then((path) => {
          if (path) runAndReport(t('opening'), () => invoke('workspace.open', { path }));
        });
      },

      saveAs() {
        if (!host.hasNativeDialogs) return openDialog('saveAs');
        void host.chooseWorkspaceToSave(currentName ? t('nativeCopyName', { name: currentName }) : t('nativeDefaultName')).then((path) => {
          // The native save dialog has already asked before replacing a file.
          if (path) runAndReport(t('saving'), () => invoke('workspace.saveAs', { path, overwrite: true }));
        });
      },

      openSample() {
        runAndReport(t('openingSample'), () => invoke('workspace.openSample', {}));
      },

      openRecent(path: string) {
        runAndReport(t('opening'), () => invoke('workspace.open', { path }));
      },
    }),
    [busy, dialog, openDialog, submitPath, runAndReport, currentName, t],
  );
}
