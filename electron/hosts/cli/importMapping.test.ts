import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../backend/import/previewImport';
import { runCli } from './lw';

const dir = mkdtempSync(join(tmpdir(), 'lw-import-mapping-'));

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/**
 * An export as R's write.csv makes it: the first column is the row number under an empty header,
 * quoted as R quotes it. 600 customers (numeric ids, like the row numbers) buy 3,187 times in all,
 * in date order, so the first rows of the file hold many customers once each.
 */
function rowNumberedExport(): string {
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const rows: { id: number; day: number; price: string }[] = [];
  for (let c = 0; c < 600; c++) rows.push({ id: 1000 + c * 7, day: Math.floor(random() * 365), price: (5 + random() * 95).toFixed(2) });
  while (rows.length < 3187) rows.push({ id: 1000 + Math.floor(random() * 600) * 7, day: Math.floor(random() * 730), price: (5 + random() * 95).toFixed(2) });
  rows.sort((a, b) => a.day - b.day);
  const date = (day: number) => new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
  const lines = ['"","Id","Date","Price"', ...rows.map((r, i) => `"${i + 1}",${r.id},${date(r.day)},${r.price}`)];
  const path = join(dir, 'export.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('an export whose first column is an unnamed row number', () => {
  const path = rowNumberedExport();

  it('is previewed with the named Id column as the customer id', async () => {
    const preview = await previewImport(path);
    expect(preview.columns.map((c) => c.name)).toEqual(['Column 1', 'Id', 'Date', 'Price']);
    expect(preview.suggestion).toEqual({ customerId: 1, date: 2, amount: 3 });
  });

  it('is imported by lw import as 600 customers, saying which columns it used', async () => {
    const r = await lw('import', '--workspace', join(dir, 'export.lwb'), '--transactions', path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Imported 3,187 transactions of 600 new customers/);
    expect(r.stderr).toContain('lw: columns: customer id = "Id" (2), date = "Date" (3), amount = "Price" (4)');
  });
});

describe('lw import with two columns that could each be the customer id', () => {
  const path = join(dir, 'two-ids.csv');
  writeFileSync(path, 'customer_id,member_id,date,amount\nC1,M9,2024-01-02,10.50\nC2,M8,2024-01-03,12.00\nC1,M9,2024-02-01,7.25\n');

  it('refuses to guess, naming both and the option that chooses', async () => {
    const r = await lw('import', '--workspace', join(dir, 'two-ids.lwb'), '--transactions', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lw: the customer id could be in column "customer_id" (1) or "member_id" (2); give --customer-col with the number or name of the right one.');
    expect(r.stdout).toBe('');
  });

  it('imports with the column the user chose, and says so', async () => {
    const r = await lw('import', '--workspace', join(dir, 'two-ids.lwb'), '--transactions', path, '--customer-col', 'member_id');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('lw: columns: customer id = "member_id" (2), date = "date" (3), amount = "amount" (4)');
    expect(r.stdout).toMatch(/of 2 new customers/);
  });
});
