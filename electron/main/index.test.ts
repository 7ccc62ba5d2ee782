import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './testFakeElectron';

vi.mock('electron', () => import('./testFakeElectron'));

type Fake = typeof FakeElectron;

/**
 * Starts the shell (index.ts runs on import) with a fresh module registry, and lets
 * app.whenReady() settle. The fake is taken from the same registry as the shell's, so the test
 * reads the very objects the shell used.
 */
async function startShell(setUp: (fake: Fake) => void = () => {}): Promise<Fake> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetFakeElectron();
  setUp(fake);
  await import('./index');
  await new Promise((r) => setTimeout(r, 0));
  return fake;
}

const menuRoles = (fake: Fake): string[] => JSON.stringify(fake.Menu.applied?.template ?? []).match(/"role":"[a-zA-Z]+"/g) ?? [];

beforeEach(() => {
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
  vi.stubEnv('LW_SQLITE_BINDING', '/tmp/not-ours/better_sqlite3.node');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the desktop shell at start (with a fake electron)', () => {
  it('ignores the development overrides when packaged: the built page, the bundled SQLite, no dev tools', async () => {
    const fake = await startShell((f) => (f.app.isPackaged = true));
    const window = fake.BrowserWindow.instances[0];
    expect(window?.loaded?.kind).toBe('file');
    expect(window?.loaded?.target).toMatch(/renderer[\\/]index\.html$/);
    const env = fake.utilityProcess.forks[0]?.options.env ?? {};
    expect(env.LW_SQLITE_BINDING).toBeUndefined();
    expect(env.ELECTRON_RENDERER_URL).toBeUndefined();
    expect(env.LW_HOME).toBe(fake.app.userData);
    expect(menuRoles(fake)).not.toContain('"role":"toggleDevTools"');
  });

  it('honours them in development', async () => {
    const fake = await startShell();
    expect(fake.BrowserWindow.instances[0]?.loaded).toEqual({ kind: 'url', target: 'http://localhost:5173/' });
    expect(fake.utilityProcess.forks[0]?.options.env?.LW_SQLITE_BINDING).toBe('/tmp/not-ours/better_sqlite3.node');
    expect(menuRoles(fake)).toContain('"role":"toggleDevTools"');
  });

  it('refuses to start on a dev URL off this machine, and says why', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/');
    const fake = await startShell();
    expect(fake.BrowserWindow.instances).toEqual([]);
    expect(fake.dialog.errorBoxes[0]?.content).toMatch(/ELECTRON_RENDERER_URL must be an http:\/\/ address on this machine/);
    expect(fake.app.quitCalls).toBe(1);
  });
});
