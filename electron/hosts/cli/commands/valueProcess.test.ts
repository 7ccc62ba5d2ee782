import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `lw value` as a whole process: Ctrl-C while it values the customers leaves no file at all. */

const root = resolve(__dirname, '..', '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'lw-value-process-'));
const lwArgs = (...argv: string[]) => ['--require', 'tsx/cjs', join(root, 'electron/hosts/cli/main.ts'), ...argv];

describe('lw value as a process', () => {
  it('stops on Ctrl-C: exit 130, one line, neither the file nor a partial one', async () => {
    const ws = join(dir, 'base.lwb');
    expect(spawnSync(process.execPath, lwArgs('sample', '--out', ws, '--customers', '40000', '--workers', '1'), { cwd: root }).status).toBe(0);
    const out = join(dir, 'values.csv');
    // A ten-year weekly horizon keeps the worker busy for many seconds; the stop comes well before.
    const child = spawn(process.execPath, lwArgs('value', '--workspace', ws, '--calibration-end', '2026-09-27', '--horizon-weeks', '520', '--model', 'bgnbd', '--workers', '1', '--out', out), { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGINT'), 4000);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(timer);
    expect(code).toBe(130);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^lw: .*cancelled/i);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('values.csv'))).toEqual([]);
  }, 120_000);
});
