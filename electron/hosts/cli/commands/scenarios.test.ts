import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../lw';

const dir = mkdtempSync(join(tmpdir(), 'lw-scenarios-cli-'));

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

interface Listed {
  name: string;
  plan: string;
  seed: number;
  draws: number;
  status: string;
  staleBecause?: string[];
}

const listed = async (ws: string): Promise<Listed[]> => {
  const result = await lw('scenarios', '--workspace', ws, '--json');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Listed[];
};

describe('lw scenarios', () => {
  it('lists each scenario’s status for scripts (--json) and people (a table), and says why a run is stale', async () => {
    const ws = join(dir, 'sample.lwb');
    expect((await lw('sample', '--out', ws, '--seed', '4', '--customers', '1500')).code).toBe(0);

    const fresh = await listed(ws);
    expect(fresh.length).toBeGreaterThan(0);
    for (const s of fresh) {
      expect(s).toMatchObject({ name: expect.any(String), plan: expect.any(String), seed: expect.any(Number), draws: expect.any(Number), status: 'never-run' });
      expect(s).not.toHaveProperty('staleBecause');
    }
    const name = fresh[0]!.name;

    const report = (out: string) => lw('report', '--workspace', ws, '--scenario', name, '--run', '--format', 'xlsx', '--out', join(dir, out));
    expect((await report('first.xlsx')).code).toBe(0);
    expect((await listed(ws)).find((s) => s.name === name)).toMatchObject({ status: 'up-to-date' });

    // Segmenting the customers changes what a run reads: the run is stale, and the listing says why.
    expect((await lw('segment', '--workspace', ws, '--method', 'kmeans')).code).toBe(0);
    expect((await listed(ws)).find((s) => s.name === name)).toEqual(expect.objectContaining({ status: 'stale', staleBecause: ['models', 'segmentation'] }));
    const table = await lw('scenarios', '--workspace', ws);
    expect(table.stdout.split('\n')[0]).toMatch(/^Scenario\s+Plan\s+Seed\s+Draws\s+Status\s+Why$/);
    expect(table.stdout.split('\n').find((l) => l.startsWith(name))).toMatch(/stale\s+value models refitted; customers segmented again$/);

    // A report of the stale run says so on stderr; running it again makes it up to date.
    const stale = await lw('report', '--workspace', ws, '--scenario', name, '--format', 'xlsx', '--out', join(dir, 'stale.xlsx'));
    expect(stale.stderr).toMatch(/is out of date \(value models refitted; customers segmented again\)/);
    expect((await report('again.xlsx')).code).toBe(0);
    expect((await listed(ws)).find((s) => s.name === name)).toMatchObject({ status: 'up-to-date' });
    expect((await lw('scenarios', '--workspace', ws, '--names')).stdout.split('\n')).toEqual(fresh.map((s) => s.name));
    expect(await lw('scenarios', '--workspace', ws, '--json', '--names')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--json or --names/) });
  }, 120_000);
});
