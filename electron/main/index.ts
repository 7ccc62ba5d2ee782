import { app, BrowserWindow, dialog } from 'electron';
import { IPC_EVENT } from '../../shared/contract/protocol';
import { appPage } from './appPage';
import { installAppMenu } from './appMenu';
import { BackendConnection } from './backendConnection';
import { backendEnvironment, developmentOverrides } from './devOverrides';
import { installIpcRoutes } from './ipcRoutes';
import { createMainWindow, RENDERER_FILE } from './mainWindow';

/**
 * The desktop shell, kept thin: it starts the backend in a utility process, opens the locked-down
 * window, and relays between them. All work happens in the backend. Which page the window trusts
 * and which environment variables count are decided here, once, from app.isPackaged: a packaged
 * app ignores the development overrides (devOverrides.ts).
 */
if (!app.requestSingleInstanceLock()) app.quit();

let backend: BackendConnection | null = null;

function start(): void {
  const overrides = developmentOverrides(process.env, app.isPackaged);
  const page = appPage(RENDERER_FILE, overrides.rendererUrl);
  const window = createMainWindow(page);
  backend = new BackendConnection(backendEnvironment(process.env, app.isPackaged, app.getPath('userData')), (message) => {
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send(IPC_EVENT, message);
  });
  installIpcRoutes(window, backend, page);
  installAppMenu(window, { devTools: page.kind === 'dev-server' });
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
}

void app.whenReady()
  .then(start)
  .catch((error: unknown) => {
    // A development override it cannot trust, for one; the user sees why instead of no window.
    dialog.showErrorBox('Loyalty Workbench could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });

app.on('window-all-closed', () => {
  backend?.stop();
  app.quit();
});
