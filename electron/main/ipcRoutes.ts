import { basename } from 'node:path';
import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IMPORT_FILE_EXTENSIONS } from '../../shared/contract/importSchemas';
import { IPC_CHOOSE_IMPORT, IPC_CHOOSE_OPEN, IPC_CHOOSE_SAVE, IPC_INVOKE } from '../../shared/contract/protocol';
import { isMethodName, WORKSPACE_EXTENSION } from '../../shared/contract/schemas';
import { isAppUrl, type AppPage } from './appPage';
import type { BackendConnection } from './backendConnection';

const filters = [{ name: 'Loyalty Workbench workspace', extensions: [WORKSPACE_EXTENSION.slice(1)] }];

export function installIpcRoutes(window: BrowserWindow, backend: BackendConnection, page: AppPage): void {
  /** Only the app's own page may call in; anything else (a frame that navigated away) is ignored. */
  const fromApp = (event: IpcMainInvokeEvent): boolean => isAppUrl(page, event.senderFrame?.url ?? '');

  ipcMain.handle(IPC_INVOKE, (event, method: unknown, args: unknown) => {
    if (!fromApp(event)) return { ok: false, error: { code: 'internal', message: 'Refused a call from outside the app.', hint: null } };
    // The backend validates the arguments; the method name is checked here too, so nothing
    // unknown even reaches it.
    if (!isMethodName(method)) return { ok: false, error: { code: 'unknown-method', message: `There is no backend method called ${JSON.stringify(method)}.`, hint: null } };
    return backend.invoke(method, args);
  });

  ipcMain.handle(IPC_CHOOSE_OPEN, async (event) => {
    if (!fromApp(event)) return null;
    const r = await dialog.showOpenDialog(window, { title: 'Open workspace', filters, properties: ['openFile'] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  });

  ipcMain.handle(IPC_CHOOSE_IMPORT, async (event) => {
    if (!fromApp(event)) return null;
    const r = await dialog.showOpenDialog(window, {
      title: 'Import customer data',
      filters: [{ name: 'Transactions or customer attributes', extensions: IMPORT_FILE_EXTENSIONS.map((e) => e.slice(1)) }],
      properties: ['openFile'],
    });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  });

  ipcMain.handle(IPC_CHOOSE_SAVE, async (event, suggestedName: unknown) => {
    if (!fromApp(event)) return null;
    const name = typeof suggestedName === 'string' ? basename(suggestedName) : 'workspace';
    const r = await dialog.showSaveDialog(window, {
      title: 'Save workspace',
      defaultPath: name.endsWith(WORKSPACE_EXTENSION) ? name : `${name}${WORKSPACE_EXTENSION}`,
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return r.canceled || !r.filePath ? null : r.filePath;
  });
}
