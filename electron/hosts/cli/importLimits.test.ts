import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './lw';

const dir = mkdtempSync(join(tmpdir(), 'lw-limits-'));

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('lw import and the plausibility limits', () => {
  it('refuses a far date and a huge amount naming line and value, and imports them when the user widens the limits', async () => {
    const csv = join(dir, 'odd.csv');
    writeFileSync(csv, 'customer,date,amount\nA,2024-01-02,10\nB,2099-12-31,12\nC,2024-03-01,2e9\n');
    const refused = await lw('import', '--workspace', join(dir, 'refused.lwb'), '--transactions', csv);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 3: .*2099-12-31/);
    expect(refused.stderr).toMatch(/line 4: .*2e9/);
    const widened = await lw('import', '--workspace', join(dir, 'widened.lwb'), '--transactions', csv, '--latest-date', '2100-01-01', '--max-amount', '5e9');
    expect(widened.stderr).not.toMatch(/line \d/);
    expect(widened.code).toBe(0);
    expect(widened.stdout).toMatch(/Imported 3 transactions/);
    const bad = await lw('import', '--workspace', join(dir, 'bad.lwb'), '--transactions', csv, '--latest-date', '31/12/2100');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--latest-date/);
  });
});
