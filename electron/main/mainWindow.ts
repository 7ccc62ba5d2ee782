import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { AppPage } from './appPage';
import { contentSecurityPolicy, mayNavigate, withContentSecurityPolicy } from './windowPolicy';

/** The built page, beside this bundle: out/main/index.js loads out/renderer/index.html. */
export const RENDERER_FILE = join(__dirname, '..', 'renderer', 'index.html');

/**
 * The one window, locked down: isolated, sandboxed, no Node, no new windows, no navigation or
 * redirect away from the app's page in any frame, no permissions, and a CSP sent as a header
 * (renderer/index.html carries it as a meta tag as well). The decisions are in windowPolicy.ts.
 */
export function createMainWindow(page: AppPage): BrowserWindow {
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

  const { webContents } = window;
  // The app opens no windows and links nowhere outside itself.
  webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  webContents.on('will-navigate', (event) => {
    if (!mayNavigate(page, event.url)) event.preventDefault();
  });
  // A redirect is checked on its own: the navigation that started it may have been to the app.
  webContents.on('will-redirect', (event) => {
    if (!mayNavigate(page, event.url)) event.preventDefault();
  });
  // will-navigate sees the main frame only; this one sees every frame, iframes included.
  webContents.on('will-frame-navigate', (event) => {
    if (!mayNavigate(page, event.url)) event.preventDefault();
  });

  const { session } = webContents;
  // The app asks for no permission (camera, notifications, clipboard reading, ...): every request
  // and every check is answered no, whoever asks.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const policy = contentSecurityPolicy(page);
  session.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) }));

  if (page.kind === 'dev-server') void window.loadURL(page.url.href);
  else void window.loadFile(RENDERER_FILE);
  return window;
}
