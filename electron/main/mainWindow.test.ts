import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appPage } from './appPage';
import { createMainWindow, RENDERER_FILE } from './mainWindow';
import { BrowserWindow, resetFakeElectron } from './testFakeElectron';

vi.mock('electron', () => import('./testFakeElectron'));

const filePage = appPage(RENDERER_FILE, null);
const pageUrl = pathToFileURL(RENDERER_FILE).href;
const elsewhere = ['file:///home/someone/Downloads/out/renderer/index.html', 'https://evil.example/', 'http://localhost:5173/'];

function openWindow(page = filePage): BrowserWindow {
  createMainWindow(page);
  const window = BrowserWindow.instances.at(-1);
  if (!window) throw new Error('createMainWindow made no window');
  return window;
}

beforeEach(() => resetFakeElectron());

describe('the main window (shell wiring, with a fake electron)', () => {
  it('is isolated and sandboxed, without Node, and loads the built page', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window.loaded).toEqual({ kind: 'file', target: RENDERER_FILE });
  });

  it('lets no navigation, redirect or frame navigation leave the page', () => {
    const { webContents } = openWindow();
    for (const eventName of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const) {
      for (const url of elsewhere) expect(webContents.attempt(eventName, url), `${eventName} ${url}`).toBe(false);
      expect(webContents.attempt(eventName, `${pageUrl}#/plan`), `${eventName} to the app`).toBe(true);
    }
    expect(webContents.attempt('will-frame-navigate', 'https://evil.example/', false)).toBe(false);
  });

  it('opens no windows', () => {
    const { webContents } = openWindow();
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: pageUrl })).toEqual({ action: 'deny' });
  });

  it('grants no permission, asked or checked', () => {
    const { session } = openWindow().webContents;
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      expect(session.requestPermission(permission), permission).toBe(false);
      expect(session.permissionCheckHandler?.(null, permission, 'file://', {}), permission).toBe(false);
    }
  });

  it("sends the CSP as a header, with frame-ancestors 'none', over whatever the response had", () => {
    const { session } = openWindow().webContents;
    const headers = session.receiveHeaders(pageUrl, { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] });
    expect(headers?.['Content-Security-Policy']?.[0]).toMatch(/frame-ancestors 'none'/);
    expect(headers?.['content-security-policy']).toBeUndefined();
    expect(headers?.['Content-Type']).toEqual(['text/html']);
  });

  it('in development loads the dev server and allows its origin only', () => {
    const window = openWindow(appPage(RENDERER_FILE, 'http://localhost:5173/'));
    expect(window.loaded).toEqual({ kind: 'url', target: 'http://localhost:5173/' });
    expect(window.webContents.attempt('will-navigate', 'http://localhost:5173/#/plan')).toBe(true);
    expect(window.webContents.attempt('will-navigate', 'http://localhost:5173.evil.example/')).toBe(false);
    expect(window.webContents.session.receiveHeaders('http://localhost:5173/', {})?.['Content-Security-Policy']?.[0]).toMatch(/connect-src 'self' ws:\/\/localhost:5173/);
  });
});
