import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { runCli } from '../lw';

const dir = mkdtempSync(join(tmpdir(), 'lw-attributes-'));

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const file = join(dir, 'crm.csv');
writeFileSync(file, 'Socio,Edad,Región,Postcode,Notes,Satisfaction (0-10)\nS1,34,Madrid,28001,,8.5\nS2,45,Sevilla,41001,,6\nS3,,Bilbao,48001,,7\n');

describe('lw import --attributes', () => {
  it('imports numeric columns as numbers and the rest as categories, with the kinds given, and says what it used', async () => {
    const ws = join(dir, 'a.lwb');
    const r = await lw('import', '--workspace', ws, '--attributes', file, '--customer-col', 'socio', '--kind', 'Edad=demographic', '--kind', '3=demographic', '--kind', 'satisfaction (0-10)=quality', '--text', 'Postcode');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Customer id: column 1 "Socio"\. Attributes: Edad \(demographic, numeric\), Región \(demographic, categorical\), Postcode \(demographic, categorical\), Satisfaction 0-10 \(quality, numeric\)\./);
    expect(r.stdout).toMatch(/Imported 4 attributes of 3 customers \(3 not seen before\)/);
    const db = openWorkspace(ws);
    const values = db.prepare("SELECT c.customer_id AS id, a.name, a.value_num AS num, a.value_text AS text FROM customer_attributes a JOIN customers c USING (customer_key) WHERE c.customer_id = 'S1' ORDER BY a.name").all();
    db.close();
    expect(values).toEqual([
      { id: 'S1', name: 'Edad', num: 34, text: null },
      { id: 'S1', name: 'Postcode', num: null, text: '28001' },
      { id: 'S1', name: 'Región', num: null, text: 'Madrid' },
      { id: 'S1', name: 'Satisfaction 0-10', num: 8.5, text: null },
    ]);
  });

  it('names the option at fault, and leaves no workspace behind when nothing was imported', async () => {
    const ws = join(dir, 'never.lwb');
    expect(await lw('import', '--workspace', ws, '--attributes', file, '--kind', 'Edad=age')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--kind takes COL=KIND with KIND one of commercial, financial, quality, marketing, demographic \(got "Edad=age"\)/) });
    expect(await lw('import', '--workspace', ws, '--attributes', file, '--customer-col', 'Member')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--customer-col "Member": no such column\. Columns: Socio, Edad/) });
    expect(await lw('import', '--workspace', ws, '--attributes', file, '--kind', 'Socio=quality')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--kind names column 1, the customer id column/) });
    expect(await lw('import', '--workspace', ws, '--attributes', file, '--skip-col', 'Edad', '--skip-col', 'Región', '--skip-col', 'Postcode', '--skip-col', '6')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Tag at least one column as an attribute/) });
    expect(existsSync(ws)).toBe(false);
  });
});
