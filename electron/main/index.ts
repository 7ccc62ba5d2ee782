import { app, BrowserWindow } from 'electron';
import { IPC_EVENT } from '../../shared/contract/protocol';
import { installAppMenu } from './appMenu';
import { BackendConnection } from './backendConnection';
import { installIpcRoutes } from './ipcRoutes';
import { createMainWindow } from './mainWindow';

/**
 * The desktop shell, kept thin: it starts the backend in a utility process, opens the locked-down
 * window, and relays between them. All work happens in the backend.
 */
if (!app.requestSingleInstanceLock()) app.quit();

let backend: BackendConnection | null = null;

void app.whenReady().then(() => {
  const window = createMainWindow();
  backend = new BackendConnection(app.getPath('userData'), (message) => {
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send(IPC_EVENT, message);
  });
  installIpcRoutes(window, backend);
  installAppMenu(window);
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
});

app.on('window-all-closed', () => {
  backend?.stop();
  app.quit();
});
