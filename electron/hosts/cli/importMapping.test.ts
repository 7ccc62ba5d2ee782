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
