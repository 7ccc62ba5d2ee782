import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BackendError } from '../../../shared/contract/errors';
import { runCli } from '../../hosts/cli/lw';
import { createWorkspace, openWorkspace } from './openWorkspace';
import { openSqlite } from './sqlite';
import { storageFailure } from './storageFailures';
import { countRows } from './testCounts';

const dir = mkdtempSync(join(tmpdir(), 'lw-storage-'));
const mounts: string[] = [];

/** Runs mount (root only, where the machine allows it); null, or the reason it could not. */
function mount(args: string[], target: string): string | null {
  mkdirSync(target, { recursive: true });
  try {
    execFileSync('mount', [...args, target], { stdio: 'pipe' });
    if (!mounts.includes(target)) mounts.push(target);
    return null;
  } catch (e) {
    return (e as { stderr?: Buffer }).stderr?.toString().trim() || String(e);
  }
}

afterAll(() => {
  for (const m of mounts.reverse()) execFileSync('umount', [m]);
});

async function lw(...argv: string[]) {
  const err: string[] = [];
  const code = await runCli(argv, { stdout: () => {}, stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stderr: err.join('\n') };
}

function errorOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
}

describe('storage failures a user can meet', () => {
  it('names SQLite and system failures by what the user can do', () => {
    const sqlite = (code: string) => Object.assign(new Error('sqlite says'), { code });
    expect(storageFailure(sqlite('SQLITE_READONLY'), 'w.lwb')?.code).toBe('workspace-read-only');
    expect(storageFailure(sqlite('SQLITE_READONLY_DIRECTORY'), 'w.lwb')?.code).toBe('workspace-read-only');
    expect(storageFailure(sqlite('SQLITE_FULL'), 'w.lwb')?.code).toBe('disk-full');
    expect(storageFailure(sqlite('ENOSPC'), 'w.lwb')?.code).toBe('disk-full');
    expect(storageFailure(sqlite('SQLITE_BUSY'), 'w.lwb')?.code).toBe('workspace-locked');
    expect(storageFailure(sqlite('SQLITE_IOERR_WRITE'), 'w.lwb')?.code).toBe('storage-failure');
    expect(storageFailure(sqlite('SQLITE_CONSTRAINT_UNIQUE'), 'w.lwb')).toBeNull();
    expect(storageFailure(new Error('plain'), 'w.lwb')).toBeNull();
  });

  it('refuses a file that is not a workspace without leaving -wal or -shm files beside it', () => {
    const other = join(dir, 'other.db');
    const db = openSqlite(other);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t(x)');
    db.close();
    const zip = join(dir, 'book.lwb');
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]));
    expect(errorOf(() => openWorkspace(other))).toMatchObject({ code: 'not-a-workspace', message: expect.stringMatching(/no Loyalty Workbench marker/) });
    expect(errorOf(() => openWorkspace(zip))).toMatchObject({ code: 'not-a-workspace', message: expect.stringMatching(/ZIP archive \(an Excel workbook/) });
    expect(readdirSync(dir).filter((n) => n.endsWith('-wal') || n.endsWith('-shm'))).toEqual([]);
  });

  it('says a workspace in a read-only folder is read-only, not "not a workspace", and leaves it as it was', async (ctx) => {
    const source = join(dir, 'rw');
    mkdirSync(source);
    createWorkspace(join(source, 'kept.lwb')).close();
    const readOnly = join(dir, 'ro');
    const why = mount(['--bind', source], readOnly) ?? mount(['-o', 'remount,ro,bind'], readOnly);
    if (why !== null) return ctx.skip(`cannot mount a read-only folder here (${why}); needs root`);
    const e = errorOf(() => openWorkspace(join(readOnly, 'kept.lwb')));
    expect(e).toBeInstanceOf(BackendError);
    expect(e).toMatchObject({ code: 'workspace-read-only', message: expect.stringMatching(/cannot be written to: the file or its folder is read-only/), hint: expect.stringMatching(/copy it to one of your own folders/) });
    const r = await lw('import', '--workspace', join(readOnly, 'kept.lwb'), '--transactions', join(readOnly, 'none.csv'));
    expect(r.stderr).not.toMatch(/SqliteError|unexpected failure|\n\s+at /);
    expect(readdirSync(source).sort()).toEqual(['kept.lwb']);
  });

  it('says the disk is full, keeps the workspace as it was, and leaves no half-made workspace', async (ctx) => {
    const small = join(dir, 'small-disk');
    const why = mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs'], small);
    if (why !== null) return ctx.skip(`cannot mount a small disk here (${why}); needs root`);
    const csv = join(dir, 'big.csv');
    const lines = ['customer,date,amount'];
    for (let i = 0; i < 60_000; i++) lines.push(`C${i % 5000},2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${(i % 97) + 0.5}`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    // A new workspace on the full disk: refused, and not left behind.
    const fresh = join(small, 'fresh.lwb');
    const made = await lw('import', '--workspace', fresh, '--transactions', csv);
    expect(made.code).toBe(1);
    expect(made.stderr).toMatch(/The disk holding .*fresh\.lwb is full/);
    expect(made.stderr).toMatch(/Free some space on that disk/);
    expect(made.stderr).not.toMatch(/SqliteError|unexpected failure|\n\s+at /);
    expect(existsSync(fresh)).toBe(false);
    // An existing workspace that the import does not fit into: as it was.
    const existing = join(small, 'existing.lwb');
    copyFileSync(makeWorkspaceWithOneImport(), existing);
    const before = countRows(existing, 'transactions');
    const grown = await lw('import', '--workspace', existing, '--transactions', csv);
    expect(grown.code).toBe(1);
    expect(grown.stderr).toMatch(/is full; the last change was not saved/);
    expect(countRows(existing, 'transactions')).toBe(before);
    rmSync(existing, { force: true });
  });
});

function makeWorkspaceWithOneImport(): string {
  const path = join(dir, 'one-import.lwb');
  if (existsSync(path)) return path;
  const csv = join(dir, 'one.csv');
  writeFileSync(csv, 'customer,date,amount\nA,2024-01-02,10\nB,2024-01-03,12\n');
  execFileSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, '../../hosts/cli/main.ts'), 'import', '--workspace', path, '--transactions', csv], { cwd: join(__dirname, '../../..'), stdio: 'pipe' });
  const db = openSqlite(path);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

