import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partialPath, removeStalePartials } from './partialFiles';

describe('partial workspace files', () => {
  it('removes those of processes that are gone, with their WAL, and keeps a running process’s own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-partial-'));
    const target = join(dir, 'Sample.lwb');
    // A process that has ended: its id is free (until reused, which a test run will not see).
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    for (const suffix of ['', '-wal', '-shm']) writeFileSync(partialPath(target, deadPid) + suffix, 'x');
    writeFileSync(partialPath(target), 'mine');
    writeFileSync(join(dir, 'Other.lwb.partial-1'), 'another target');
    writeFileSync(target, 'the workspace');
    expect(removeStalePartials(target)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['Other.lwb.partial-1', 'Sample.lwb', `Sample.lwb.partial-${process.pid}`]);
  });
});
