import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_MENU } from '../../shared/contract/protocol';
import { MENU_ACTIONS } from '../../shared/contract/bridge';
import { installAppMenu } from './appMenu';
import { BrowserWindow, Menu, resetFakeElectron } from './testFakeElectron';

vi.mock('electron', () => import('./testFakeElectron'));

interface Item {
  label?: string;
  role?: string;
  click?: () => void;
  submenu?: Item[];
}

function items(template: readonly Item[]): Item[] {
  return template.flatMap((i) => [i, ...items(i.submenu ?? [])]);
}

beforeEach(() => resetFakeElectron());

describe('the desktop menu (with a fake electron)', () => {
  it('sends the page each of the actions the page itself offers, and nothing else', () => {
    const window = new BrowserWindow({});
    installAppMenu(window as never, { devTools: false });
    const clickable = items((Menu.applied?.template ?? []) as Item[]).filter((i) => i.click);
    for (const item of clickable) item.click!();
    const sent = window.webContents.sent.map((m) => {
      expect(m.channel).toBe(IPC_MENU);
      return m.args[0];
    });
    // The page routes each of these to the same function its own buttons call (useMenuActions).
    expect([...new Set(sent)].sort()).toEqual([...MENU_ACTIONS].sort());
    expect(sent).toHaveLength(clickable.length);
  });

  it('offers the developer tools only when asked (development)', () => {
    const roles = (devTools: boolean) => {
      resetFakeElectron();
      installAppMenu(new BrowserWindow({}) as never, { devTools });
      return items((Menu.applied?.template ?? []) as Item[]).map((i) => i.role);
    };
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
