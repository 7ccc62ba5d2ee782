import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './lw';

const dir = mkdtempSync(join(tmpdir(), 'lw-cli-'));
const root = resolve(__dirname, '..', '..', '..');

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('lw', () => {
  it('lists its commands', async () => {
    const r = await lw('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sample\s+Write the sample/);
    expect(r.stdout).toMatch(/info\s+Print what a workspace holds/);
  });

  it('writes a sample and describes it, in text and JSON', async () => {
    const out = join(dir, 'small.lwb');
    const made = await lw('sample', '--out', out, '--seed', '11', '--customers', '800');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/800 customers, seed 11/);
    const info = await lw('info', '--workspace', out);
    expect(info.stdout).toMatch(/Customers\s+800/);
    expect(info.stdout).toMatch(/sample retailer \(seed 11\)/);
    const json = JSON.parse((await lw('info', '--workspace', out, '--json')).stdout) as { counts: { customers: number }; attributes: unknown[] };
    expect(json.counts.customers).toBe(800);
    expect(json.attributes).toHaveLength(14);
  });

  it('fits and segments the sample it wrote', async () => {
    const out = join(dir, 'small.lwb');
    const fit = JSON.parse((await lw('fit', '--workspace', out, '--model', 'bgnbd', '--calibration-end', '2026-09-27', '--unit', 'week', '--json')).stdout) as {
      model: string; params: Record<string, number>; n: number; converged: boolean;
    };
    expect(fit).toMatchObject({ model: 'bgnbd', n: 800, converged: true });
    expect(Object.keys(fit.params)).toEqual(['r', 'alpha', 'a', 'b']);
    const seg = JSON.parse((await lw('segment', '--workspace', out, '--method', 'kmeans', '--k', '3', '--json')).stdout) as {
      k: number; segments: { size: number; share: number }[]; quality: { silhouette: number; rSquared: number; daviesBouldin: number }; stability: { meanAri: number };
    };
    expect(seg.k).toBe(3);
    expect(seg.segments.reduce((s, x) => s + x.size, 0)).toBe(800);
    expect(seg.segments.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
    expect(seg.quality.silhouette).toBeGreaterThan(-1);
    expect(seg.quality.silhouette).toBeLessThan(1);
    expect(seg.quality.rSquared).toBeGreaterThan(0);
    expect(seg.stability.meanAri).toBeGreaterThan(0.5);
    const tiers = JSON.parse((await lw('segment', '--workspace', out, '--method', 'tiers', '--json')).stdout) as { segments: { name: string; size: number }[] };
    expect(tiers.segments.map((s) => s.name)).toEqual(['Top 10%', 'Next 20%', 'Next 30%', 'Rest 40%']);
    expect(tiers.segments[0]!.size).toBe(80);
  });

  it('explains usage mistakes and failures with exit codes 2 and 1', async () => {
    expect(await lw('sample')).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs --out/) });
    expect(await lw('sample', '--out', join(dir, 'x.lwb'), '--seed', '4.5')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--seed must be a whole number/) });
    expect(await lw('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/no command "frobnicate"/) });
    expect(await lw('info', '--workspace', join(dir, 'missing.lwb'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/There is no workspace at/) });
  });

  it('runs as `npm run --silent lw`', () => {
    const text = execFileSync('npm', ['run', '--silent', 'lw', '--', '--help'], { cwd: root, encoding: 'utf8' });
    expect(text).toMatch(/^lw — Loyalty Workbench on the command line/);
  });
});
