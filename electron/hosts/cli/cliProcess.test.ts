import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../backend/db/sqlite';
import { countRows } from '../../backend/db/testCounts';

/**
 * `lw` as a whole process, as a shell runs it: Ctrl-C and SIGTERM, a closed pipe, another
 * program holding the workspace.
 */

const root = resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'lw-process-'));
const lwArgs = (...argv: string[]) => ['--require', 'tsx/cjs', join(root, 'electron/hosts/cli/main.ts'), ...argv];

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs lw and sends `signal` `afterMs` after the start, or after `ready` first matches its
 * stderr (the job under way, whatever the machine's speed).
 */
function lwStopped(argv: string[], signal: NodeJS.Signals, afterMs: number, ready?: RegExp): Promise<Finished & { signalledAtMs: number; endedAtMs: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, lwArgs(...argv), { cwd: root });
    let stdout = '';
    let stderr = '';
    const started = Date.now();
    let signalledAtMs = -1;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer = setTimeout(() => {
        signalledAtMs = Date.now() - started;
        child.kill(signal);
      }, afterMs);
    };
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      const before = stderr;
      stderr += d.toString();
      if (ready && !ready.test(before) && ready.test(stderr)) arm();
    });
    if (!ready) arm();
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, signalledAtMs, endedAtMs: Date.now() - started });
    });
  });
}

function lwSync(argv: string[], env: NodeJS.ProcessEnv = {}): Finished {
  const r = spawnSync(process.execPath, lwArgs(...argv), { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lw as a process', () => {
  it('stops `lw sample` on Ctrl-C: exit 130, one line, no workspace and no partial file left', async () => {
    const out = join(dir, 'stopped-sample.lwb');
    // A million customers take far longer than the 3 s before the stop.
    const r = await lwStopped(['sample', '--out', out, '--customers', '1000000', '--workers', '1'], 'SIGINT', 3000);
    expect(r.signalledAtMs).toBeGreaterThan(0);
    expect(r.code).toBe(130);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^lw: .*cancelled/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('stopped-sample'))).toEqual([]);
  }, 60_000);

  it('stops `lw import` on Ctrl-C: exit 130, one line, the workspace as it was', async () => {
    const ws = join(dir, 'import-stopped.lwb');
    const few = join(dir, 'first.csv');
    writeFileSync(few, 'customer,date,amount\nA,2024-01-02,10\nB,2024-01-03,12.5\n');
    expect(lwSync(['import', '--workspace', ws, '--transactions', few]).code).toBe(0);
    const big = join(dir, 'many.csv');
    const rows = ['customer,date,amount'];
    for (let i = 0; i < 1_500_000; i++) rows.push(`C${i % 100_000},2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${(i % 977) / 10 + 1}`);
    writeFileSync(big, `${rows.join('\n')}\n`);
    const r = await lwStopped(['import', '--workspace', ws, '--transactions', big], 'SIGINT', 300, /lw: columns:/);
    expect(r.code).toBe(130);
    // The columns it used, then the one line of the stop.
    expect(r.stderr.trim().split('\n').filter((l) => !l.startsWith('lw: columns:'))).toHaveLength(1);
    expect(r.stderr).toMatch(/^lw: The import was cancelled; the workspace is as it was before/m);
    expect(countRows(ws, 'transactions')).toBe(2);
    expect(countRows(ws, 'imports')).toBe(1);
  }, 120_000);

  it('stops `lw simulate` on SIGTERM and takes back the plan version it saved for the run', async () => {
    const ws = join(dir, 'sim.lwb');
    expect(lwSync(['sample', '--out', ws, '--customers', '3000', '--seed', '5']).code).toBe(0);
    const planFile = join(dir, 'plan.json');
    expect(lwSync(['demo', '--customers', '100', '--draws', '1', '--write-plan', planFile]).code).toBe(0);
    const versionsBefore = countRows(ws, 'plan_versions');
    const runsBefore = countRows(ws, 'simulation_runs');
    // Many draws, so the run is still going when the stop comes.
    const r = await lwStopped(['simulate', '--workspace', ws, '--plan', planFile, '--draws', '200', '--workers', '1'], 'SIGTERM', 300, /saved the plan/);
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/saved the plan .* \(version \d+\)/);
    expect(r.stderr).toMatch(/taken back/);
    expect(r.stderr).toMatch(/cancelled/);
    expect(countRows(ws, 'plan_versions')).toBe(versionsBefore);
    expect(countRows(ws, 'simulation_runs')).toBe(runsBefore);
  }, 120_000);

  it('runs `lw demo` on a cold pool unless asked to warm it up first, and times each as it says', () => {
    const cold = join(dir, 'cold.json');
    const warm = join(dir, 'warm.json');
    const coldRun = lwSync(['demo', '--customers', '500', '--weeks', '8', '--draws', '1', '--workers', '1', '--json', cold]);
    const warmRun = lwSync(['demo', '--customers', '500', '--weeks', '8', '--draws', '1', '--workers', '1', '--warm-up', '--json', warm]);
    expect(coldRun.code).toBe(0);
    expect(warmRun.code).toBe(0);
    expect(coldRun.stdout).toMatch(/s with the workers' start, /);
    expect(warmRun.stdout).toMatch(/before it, \d+\.\d\d s to start the workers and compile the engine/);
    const timings = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { timings: { startupSeconds: number | null } }).timings;
    expect(timings(cold).startupSeconds).toBeNull();
    expect(timings(warm).startupSeconds).toBeGreaterThan(0);
    // The warm-up changes the timing, never the results.
    const results = (file: string) => JSON.stringify((JSON.parse(readFileSync(file, 'utf8')) as { results: unknown }).results);
    expect(results(warm)).toBe(results(cold));
  }, 120_000);

  it('ends quietly when the reader of its output goes away (`lw ... | head`)', async () => {
    const r = await new Promise<Finished>((done) => {
      const child = spawn(process.execPath, lwArgs('demo', '--customers', '2000', '--draws', '2'), { cwd: root });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Like `head -c 1`: read a little, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => done({ code, stdout: '', stderr }));
    });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.code).toBe(0);
  }, 60_000);

  it('waits, saying so, for another program writing to the workspace, then gives up cleanly', () => {
    const ws = join(dir, 'locked.lwb');
    const csv = join(dir, 'few.csv');
    writeFileSync(csv, 'customer,date,amount\nA,2024-01-02,10\nB,2024-01-03,12.5\nA,2024-02-01,7\n');
    expect(lwSync(['import', '--workspace', ws, '--transactions', csv]).code).toBe(0);
    const before = countRows(ws, 'transactions');
    const holder = openSqlite(ws);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const r = lwSync(['import', '--workspace', ws, '--transactions', csv], { LW_LOCK_WAIT_SECONDS: '1' });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/another program is writing to .*locked\.lwb; waiting/);
      expect(r.stderr).toMatch(/Another program is writing to .* nothing was changed/);
      expect(r.stderr).not.toMatch(/SqliteError|unexpected failure|\n\s+at /);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(countRows(ws, 'transactions')).toBe(before);
  }, 60_000);
});


