import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';
import { createWorkspace, openWorkspace } from './openWorkspace';
import { openSqlite } from './sqlite';
import type { WritableDB } from './types';

const dir = mkdtempSync(join(tmpdir(), 'lw-open-'));

describe('openWorkspace', () => {
  it('creates, closes and reopens a workspace in WAL mode', () => {
    const path = join(dir, 'new.lwb');
    createWorkspace(path).close();
    const db = openWorkspace(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(() => createWorkspace(path)).toThrow(/already exists/);
  });

  it('refuses a workspace from a newer version with a clear message and leaves it untouched', () => {
    const path = join(dir, 'future.lwb');
    createWorkspace(path).close();
    const raw = openSqlite(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(path);
    let error: unknown;
    try {
      openWorkspace(path);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'workspace-from-newer-version',
      message: expect.stringMatching(new RegExp(`newer Loyalty Workbench \\(workspace schema version ${LATEST_SCHEMA_VERSION + 5}\\); this version reads up to ${LATEST_SCHEMA_VERSION}`)),
      hint: expect.stringMatching(/newer version/),
    });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('upgrades a workspace from an older version on open', () => {
    const path = join(dir, 'old.lwb');
    const raw = openSqlite(path) as WritableDB;
    migrate(raw, 1);
    raw.prepare("INSERT INTO customers VALUES ('kept')").run();
    raw.close();
    const db = openWorkspace(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT customer_id FROM customers').all()).toEqual([{ customer_id: 'kept' }]);
    db.close();
  });

  it('refuses files that are not workspaces', () => {
    const text = join(dir, 'notes.lwb');
    writeFileSync(text, 'these are not the droids');
    expect(() => openWorkspace(text)).toThrow(expect.objectContaining({ code: 'not-a-workspace' }));
    const other = join(dir, 'other.lwb');
    const raw = openSqlite(other);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect(() => openWorkspace(other)).toThrow(/no Loyalty Workbench marker/);
    expect(() => openWorkspace(join(dir, 'missing.lwb'))).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('refuses a damaged workspace', () => {
    const path = join(dir, 'good.lwb');
    const db = createWorkspace(path);
    db.prepare("INSERT INTO customers(customer_id) VALUES ('c1')").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const damaged = join(dir, 'damaged.lwb');
    copyFileSync(path, damaged);
    const bytes = readFileSync(damaged);
    // Scribble over the second page (the first table's b-tree), keeping the header intact.
    bytes.fill(0x7f, 4096 + 8, 4096 + 200);
    writeFileSync(damaged, bytes);
    expect(() => openWorkspace(damaged)).toThrow(expect.objectContaining({ code: expect.stringMatching(/workspace-damaged|not-a-workspace/) }));
  });
});
