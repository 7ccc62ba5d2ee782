import { join } from 'node:path';
import { BrowserWindow, session, shell } from 'electron';

const RENDERER_DEV_URL = process.env.ELECTRON_RENDERER_URL;

/** Whether a URL is the app's own page (the built file or the dev server), and nothing else. */
export function isAppUrl(url: string): boolean {
  if (RENDERER_DEV_URL) return url.startsWith(RENDERER_DEV_URL);
  return url.startsWith('file://') && url.includes('/out/renderer/');
}

/**
 * The one window, locked down: isolated, sandboxed, no Node, no new windows, no navigation
 * away from the app, no permission prompts. The page's CSP is in renderer/index.html.
 */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Loyalty Workbench',
    webPreferences: {
      preload: join(__dirname, '..', 'preload', 'index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());

  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  if (RENDERER_DEV_URL) void window.loadURL(RENDERER_DEV_URL);
  else void window.loadFile(join(__dirname, '..', 'renderer', 'index.html'));
  return window;
}
