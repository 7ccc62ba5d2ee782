import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEncoding, headLines, readTextRecords } from './textRecords';

const dir = mkdtempSync(join(tmpdir(), 'lw-text-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function records(path: string, delimiter: ',' | ';' | 'whitespace' = ',', encoding: 'utf-8' | 'latin1' = 'utf-8') {
  const out: [string[], number][] = [];
  await readTextRecords(path, { encoding, delimiter }, (f, l) => out.push([f, l]));
  return out;
}

describe('readTextRecords', () => {
  it('reads records with their line numbers, skipping blank lines, CRLF or LF', async () => {
    const p = file('a.csv', '\uFEFFid,amount\r\nC1,5\r\n\r\nC2,7');
    expect(await records(p)).toEqual([
      [['id', 'amount'], 1],
      [['C1', '5'], 2],
      [['C2', '7'], 4],
    ]);
  });

  it('joins a quoted field that spans lines and numbers it by its first line', async () => {
    const p = file('b.csv', 'id,note\nC1,"two\nlines"\nC2,x\n');
    expect(await records(p)).toEqual([
      [['id', 'note'], 1],
      [['C1', 'two\nlines'], 2],
      [['C2', 'x'], 4],
    ]);
  });

  it('decodes Latin-1 and tells it from UTF-8', async () => {
    const latin = Buffer.from('cliente;importe\nNúñez;12,5\n', 'latin1');
    const p = file('c.csv', latin);
    expect(detectEncoding(latin)).toBe('latin1');
    expect(detectEncoding(Buffer.from('Núñez', 'utf8'))).toBe('utf-8');
    expect((await records(p, ';', 'latin1'))[1]![0]).toEqual(['Núñez', '12,5']);
    expect(headLines(p, 'latin1')[1]).toBe('Núñez;12,5');
  });

  it('reads quote-free chunks as the record-by-record path does: short and blank lines, empty fields, CRLF, a lone delimiter', async () => {
    const shapes = ['a\tb\tc', '', '\t', ' ', 'x', 'ab', '\t\t', 'a\t\tb', 'a\tb\t', '\tz', 'Núñez\t12,5\t2024-01-01'];
    // More than a 1 MB chunk, so lines are cut at chunk boundaries too; CRLF on every third line.
    const lines = Array.from({ length: 150_000 }, (_, i) => `${shapes[i % shapes.length]}${i % 7 === 0 ? `\t${i}` : ''}`);
    const text = lines.map((l, i) => (i % 3 === 0 ? `${l}\r\n` : `${l}\n`)).join('');
    const expected: [string[], number][] = [];
    lines.forEach((l, i) => {
      if (l.length === 0 || (l.length < 3 && l.trim() === '')) return;
      expected.push([l.split('\t'), i + 1]);
    });
    const got: [string[], number][] = [];
    await readTextRecords(file('plain.tsv', text), { encoding: 'utf-8', delimiter: '\t' }, (f, l) => got.push([f, l]));
    expect(got).toEqual(expected);
  });

  it('reads records across chunk boundaries unchanged', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `C${i},2024-01-01,${i}.5,Sevilla – Nervión`);
    const p = file('big.csv', rows.join('\n'));
    const got = await records(p);
    expect(got).toHaveLength(60_000);
    expect(got[59_999]).toEqual([['C59999', '2024-01-01', '59999.5', 'Sevilla – Nervión'], 60_000]);
  });

  /** Reads a file offering plain records to a callback that declines those holding an 'x'. */
  async function readOffering(path: string): Promise<{ offered: string[]; rows: [string[], number][] }> {
    const offered: string[] = [];
    const rows: [string[], number][] = [];
    await readTextRecords(
      path,
      {
        encoding: 'utf-8',
        delimiter: ',',
        onPlainRecord: (text, from, to) => {
          offered.push(text.slice(from, to));
          return !text.slice(from, to).includes('x');
        },
      },
      (f, l) => rows.push([f, l]),
    );
    return { offered, rows };
  }

  it('offers plain records to onPlainRecord (never the first), and hands the ones it declines over split, with their lines', async () => {
    const quoted = await readOffering(file('plain.csv', 'id,amount\n\nC1,5\nC2,x\n\t\nC3,7\n"C4",8\nC5,9'));
    // The chunk holds a quote, so its records go the general way, except none here: the whole
    // file is one chunk, hence nothing is offered.
    expect(quoted.offered).toEqual([]);
    expect(quoted.rows.map((r) => r[1])).toEqual([1, 3, 4, 6, 7, 8]);

    const { offered, rows } = await readOffering(file('plain2.csv', 'id,amount\r\n\r\nC1,5\r\nC2,x\r\n\t,\r\nC3,7\r\nC5,9'));
    // The last line (no newline after it) is carried to the end and handed over split.
    expect(offered).toEqual(['C1,5', 'C2,x', 'C3,7']);
    expect(rows).toEqual([
      [['id', 'amount'], 1],
      [['C2', 'x'], 4],
      [['\t', ''], 5],
      [['C5', '9'], 7],
    ]);
  });
});
