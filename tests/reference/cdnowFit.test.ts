import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/hosts/cli/lw';
import { referenceFile } from './sharedData';

const transactions = referenceFile('CDNOW_sample.txt');

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The published estimates on the CDNOW sample (weeks, calibration to 1997-09-30), to the printed digits. */
const PUBLISHED = {
  bgnbd: { params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, logLikelihood: -9582.4, digits: 3 },
  pnbd: { params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, logLikelihood: -9595.0, digits: 3 },
  mbgnbd: { params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, logLikelihood: null, digits: 3 },
  gg: { params: { p: 6.25, q: 3.74, gamma: 15.44 }, logLikelihood: null, digits: 2 },
} as const;

describe('lw fit on the CDNOW sample, from the raw transactions', () => {
  let workspace = '';
  beforeAll(async () => {
    if (!transactions.available) return;
    workspace = join(mkdtempSync(join(tmpdir(), 'lw-fit-')), 't.lwb');
    const r = await lw('import', '--workspace', workspace, '--transactions', transactions.path, '--delimiter', 'whitespace', '--no-header',
      '--customer-col', '2', '--date-col', '3', '--amount-col', '5', '--date-format', 'yyyymmdd');
    expect(r.code).toBe(0);
  });

  it.each(Object.entries(PUBLISHED))('%s reproduces the published estimates', async (model, expected) => {
    if (!transactions.available) return;
    const r = await lw('fit', '--workspace', workspace, '--model', model, '--calibration-end', '1997-09-30', '--unit', 'week', '--json');
    expect(r.code, r.stderr).toBe(0);
    const fit = JSON.parse(r.stdout) as { model: string; params: Record<string, number>; logLikelihood: number; n: number; converged: boolean };
    expect(fit.model).toBe(model);
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(model === 'gg' ? 946 : 2357);
    expect(Object.keys(fit.params)).toEqual(Object.keys(expected.params));
    for (const [name, value] of Object.entries(expected.params)) expect(fit.params[name]!.toFixed(expected.digits), name).toBe(value.toFixed(expected.digits));
    if (expected.logLikelihood !== null) expect(fit.logLikelihood.toFixed(1)).toBe(expected.logLikelihood.toFixed(1));
  });

  it.skipIf(transactions.available)(transactions.skipReason, () => {});
});
