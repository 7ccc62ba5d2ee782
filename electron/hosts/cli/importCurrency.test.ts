import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './lw';

const dir = mkdtempSync(join(tmpdir(), 'lw-currency-'));

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const csv = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const info = async (workspace: string) => JSON.parse((await lw('info', '--workspace', workspace, '--json')).stdout) as { currencyCode: string; locale: string | null };

const dollars = csv('dollars.csv', 'customer,date,amount\nA,2024-01-02,$10.00\nB,2024-01-03,"$1,200.50"\n');
const euros = csv('euros.csv', 'cliente;fecha;importe\nA;02/01/2024;10,00 €\nB;03/01/2024;1.200,50 €\n');
const bare = csv('bare.csv', 'customer,date,amount\nA,2024-01-02,10\n');

describe('lw import and the workspace currency', () => {
  it('sets a new workspace currency and locale from --currency and --locale', async () => {
    const ws = join(dir, 'given.lwb');
    const r = await lw('import', '--workspace', ws, '--transactions', bare, '--currency', 'clp', '--locale', 'es-CL');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/created the workspace .* in CLP as --currency says/);
    expect(await info(ws)).toMatchObject({ currencyCode: 'CLP', locale: 'es-CL' });
    expect((await lw('info', '--workspace', ws)).stdout).toMatch(/Currency {6}CLP\nLocale {8}es-CL/);
  });

  it('takes the currency the amounts are written in, a $ decided by the --locale region', async () => {
    const e = await lw('import', '--workspace', join(dir, 'euros.lwb'), '--transactions', euros);
    expect(e.stderr).toMatch(/in EUR, as its amounts are written with "€"/);
    const us = await lw('import', '--workspace', join(dir, 'us.lwb'), '--transactions', dollars);
    expect(us.stderr).toMatch(/in USD, as its amounts are written with "\$", which may be USD, MXN, COP, ARS, CLP.*taken as USD: give --currency CODE to choose another/);
    expect((await info(join(dir, 'us.lwb'))).currencyCode).toBe('USD');
    const mx = await lw('import', '--workspace', join(dir, 'mx.lwb'), '--transactions', dollars, '--locale', 'es-MX');
    expect(mx.stderr).toMatch(/in MXN, .*MXN by the --locale region/);
    expect(await info(join(dir, 'mx.lwb'))).toMatchObject({ currencyCode: 'MXN', locale: 'es-MX' });
  });

  it('keeps EUR when nothing says, and refuses a code that is not one', async () => {
    const r = await lw('import', '--workspace', join(dir, 'bare.lwb'), '--transactions', bare);
    expect(r.stderr).toMatch(/in EUR \(nothing in the file names a currency; give --currency CODE to choose\)/);
    const bad = await lw('import', '--workspace', join(dir, 'bad.lwb'), '--transactions', bare, '--currency', 'PESO');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--currency "PESO": A currency is a three-letter ISO 4217 code/);
  });

  it("warns when a file's amounts are in another currency than the workspace's, and refuses to change the currency of one with transactions", async () => {
    const ws = join(dir, 'euros.lwb');
    const more = await lw('import', '--workspace', ws, '--transactions', dollars);
    expect(more.code).toBe(0);
    expect(more.stderr).toMatch(/warning: the amounts are written with "\$", .* but the workspace is in EUR: they are imported as EUR, unconverted/);
    const refused = await lw('import', '--workspace', ws, '--transactions', bare, '--currency', 'USD');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is in EUR and already holds transactions/);
    expect((await info(ws)).currencyCode).toBe('EUR');
  });
});
