import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { IPC_MENU } from '../../shared/contract/protocol';
import type { MenuAction } from '../../shared/contract/bridge';

/**
 * The native menu; each workspace item asks the page to run the action (it owns the dialogs' flow).
 * Developer tools are offered only in development (the shell decides, from app.isPackaged).
 */
export function installAppMenu(window: BrowserWindow, options: { devTools: boolean }): void {
  const send = (action: MenuAction) => () => window.webContents.send(IPC_MENU, action);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: send('workspace.new') },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: send('workspace.open') },
        { label: 'Open Sample Workspace', click: send('workspace.openSample') },
        { type: 'separator' },
        { label: 'Save Workspace As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('workspace.saveAs') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Toggle Light/Dark Theme', accelerator: 'CmdOrCtrl+Shift+L', click: send('view.toggleTheme') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.devTools ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
