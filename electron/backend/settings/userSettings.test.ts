import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserSettings } from './userSettings';

describe('UserSettings', () => {
  it('keeps the most recent workspaces first, without duplicates, up to ten', () => {
    const settings = new UserSettings(mkdtempSync(join(tmpdir(), 'lw-settings-')));
    for (let i = 0; i < 12; i++) settings.noteOpened(`/w/${i}.lwb`, i);
    settings.noteOpened('/w/5.lwb', 100);
    const recent = settings.recent();
    expect(recent).toHaveLength(10);
    expect(recent[0]).toMatchObject({ path: '/w/5.lwb', name: '5', openedAtMs: 100, exists: false });
    expect(recent.filter((r) => r.path === '/w/5.lwb')).toHaveLength(1);
  });

  it('survives a damaged settings file', () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-settings-'));
    writeFileSync(join(home, 'settings.json'), '{"recent": [tru');
    const settings = new UserSettings(home);
    expect(settings.recent()).toEqual([]);
    settings.noteOpened('/w/a.lwb');
    expect(settings.recent()).toHaveLength(1);
  });
});
