import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHOOSE_OPEN, IPC_INVOKE } from '../../shared/contract/protocol';
import { appPage } from './appPage';
import type { BackendConnection } from './backendConnection';
import { installIpcRoutes } from './ipcRoutes';
import { BrowserWindow, ipcMain, resetFakeElectron } from './testFakeElectron';

vi.mock('electron', () => import('./testFakeElectron'));

const RENDERER = '/app/resources/app.asar/out/renderer/index.html';
const page = appPage(RENDERER, null);
const fromFrame = (url: string) => ({ senderFrame: { url } });

function install(): { calls: unknown[][]; call: (channel: string, event: unknown, ...args: unknown[]) => unknown } {
  const calls: unknown[][] = [];
  const backend = { invoke: (...args: unknown[]) => (calls.push(args), Promise.resolve({ ok: true, result: 'done' })) } as unknown as BackendConnection;
  installIpcRoutes(new BrowserWindow({}) as never, backend, page);
  return {
    calls,
    call: (channel, event, ...args) => {
      const handler = ipcMain.handlers.get(channel) as ((event: unknown, ...args: unknown[]) => unknown) | undefined;
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(event, ...args);
    },
  };
}

beforeEach(() => resetFakeElectron());

describe('IPC routes (shell wiring, with a fake electron)', () => {
  it("forwards the app page's calls to the backend", async () => {
    const { calls, call } = install();
    expect(await call(IPC_INVOKE, fromFrame(`${pathToFileURL(RENDERER).href}#/plan`), 'app.info', {})).toEqual({ ok: true, result: 'done' });
    expect(calls).toEqual([['app.info', {}]]);
  });

  it('refuses calls from any other page, including another out/renderer/ folder', async () => {
    const { calls, call } = install();
    for (const url of ['file:///home/someone/Downloads/out/renderer/index.html', 'https://evil.example/', '']) {
      expect(await call(IPC_INVOKE, fromFrame(url), 'app.info', {}), url).toMatchObject({ ok: false, error: { message: 'Refused a call from outside the app.' } });
      expect(await call(IPC_CHOOSE_OPEN, fromFrame(url)), url).toBeNull();
    }
    expect(await call(IPC_INVOKE, { senderFrame: null }, 'app.info', {})).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });
});
