import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFault } from './recordFaults';
import { detectEncoding, headLines, MAX_RECORD_CHARS, readTextRecords, skippingHeader } from './textRecords';

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

  it('joins quoted fields that run over many lines in time linear in their length', async () => {
    // Ten records, each with a quoted field of 170,000 short lines (half a megabyte): re-scanning
    // the record so far on every line (the reader's old way) takes minutes; once over, a second.
    const lines = Array.from({ length: 170_000 }, () => 'ab').join('\n');
    const quotedRecords = Array.from({ length: 10 }, (_, k) => `C${k},"${lines}",${k}`);
    const p = file('long-fields.csv', `id,note,amount\n${quotedRecords.join('\n')}\n`);
    const started = Date.now();
    const got = await records(p);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(got.map(([f, l]) => [f[0], f[1]!.length, f[2], l])).toEqual([
      ['id', 4, 'amount', 1],
      ...quotedRecords.map((_, k) => [`C${k}`, lines.length, String(k), 2 + k * 170_000]),
    ]);
  });

  it('reads a quote inside an unquoted field as a character, as splitting the record does', async () => {
    const p = file('inch.csv', 'id,item,amount\nC1,12" pizza,5\nC2,"a, b",6\nC3,x,7\n');
    expect(await records(p)).toEqual([
      [['id', 'item', 'amount'], 1],
      [['C1', '12" pizza', '5'], 2],
      [['C2', 'a, b', '6'], 3],
      [['C3', 'x', '7'], 4],
    ]);
  });

  it('hands over a fault in place of a record whose quote is never closed, naming the line it opened on, and reads no further', async () => {
    const p = file('open.csv', 'id,note\nC1,x\nC2,"never closed\nC3,y\nC4,z\n');
    const got: [string[], number][] = [];
    await readTextRecords(p, { encoding: 'utf-8', delimiter: ',' }, (f, l) => got.push([f, l]));
    expect(got.slice(0, 2)).toEqual([
      [['id', 'note'], 1],
      [['C1', 'x'], 2],
    ]);
    expect(got).toHaveLength(3);
    expect(got[2]![1]).toBe(3);
    expect(recordFault(got[2]![0])?.reason).toMatch(/quote opened on this line is never closed/);
  });

  it('gives up on a quoted field once it runs past MAX_RECORD_CHARS, without reading the rest of the file', async () => {
    const rows = 'C1,2024-01-01,5\n'.repeat(Math.ceil((3 * MAX_RECORD_CHARS) / 16));
    const p = file('open-big.csv', `id,date,amount\nC0,"2024-01-01,5\n${rows}`);
    let progressed = 0;
    const got: [string[], number][] = [];
    await readTextRecords(p, { encoding: 'utf-8', delimiter: ',', onProgress: (b) => (progressed = b) }, (f, l) => got.push([f, l]));
    expect(got.map(([f, l]) => [recordFault(f)?.reason.slice(0, 30) ?? f.join(','), l])).toEqual([
      ['id,date,amount', 1],
      ['a quote opened on this line is', 2],
    ]);
    expect(progressed).toBeLessThan(2 * MAX_RECORD_CHARS + (1 << 20));
  });

  it('gives up on a line with no end once it runs past MAX_RECORD_CHARS', async () => {
    const p = file('endless.csv', `id,amount\nC1,${'9'.repeat(3 * MAX_RECORD_CHARS)}`);
    const got: [string[], number][] = [];
    await readTextRecords(p, { encoding: 'utf-8', delimiter: ',' }, (f, l) => got.push([f, l]));
    expect(got).toHaveLength(2);
    expect(got[1]![1]).toBe(2);
    expect(recordFault(got[1]![0])?.reason).toMatch(/has no end/);
  });

  it('recognises CR, LF and CRLF line ends, one kind or mixed, also across chunk boundaries', async () => {
    // More than a 1 MB chunk; blank lines (ended CRLF, so that a CR before them does not make a
    // CRLF of two line ends).
    const lines = Array.from({ length: 120_000 }, (_, i) => (i % 5 === 4 ? '' : `C${i},${i}.5`));
    const expected = lines.flatMap((l, i) => (l === '' ? [] : [[l.split(','), i + 1]]));
    for (const ends of [['\r'], ['\r', '\n', '\r\n']]) {
      const text = lines.map((l, i) => l + (l === '' ? '\r\n' : ends[i % ends.length])).join('');
      const got = await records(file(`ends-${ends.length}.csv`, text));
      // The count first: a diff of a hundred thousand records takes minutes to print.
      expect(got.length).toBe(expected.length);
      expect(got).toEqual(expected);
    }
  });

  it('recognises lone CRs in records with quotes, inside a quoted field too', async () => {
    const p = file('mac-quoted.csv', 'id,note\rC1,"two\rlines"\rC2,"x"\r');
    expect(await records(p)).toEqual([
      [['id', 'note'], 1],
      [['C1', 'two\nlines'], 2],
      [['C2', 'x'], 4],
    ]);
    expect(headLines(p, 'utf-8')).toEqual(['id,note', 'C1,"two', 'lines"', 'C2,"x"', '']);
  });

  it('decodes what the bytes announce, whatever the encoding asked for: UTF-16 by its mark or its zero bytes, UTF-8 by its mark', async () => {
    // More than a 1 MB chunk, with characters outside Latin-1 and a surrogate pair.
    const lines = Array.from({ length: 40_000 }, (_, i) => `Núñez ${i},Ω${i},😀`);
    const text = `${lines.join('\r\n')}\r\n`;
    const expected = lines.map((l, i) => [l.split(','), i + 1]);
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, content] of [
      ['le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['le', le],
      ['be', be],
      ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ] as const) {
      const got = await records(file(`${name}.csv`, content), ',', 'latin1');
      expect(got.length).toBe(expected.length);
      expect(got).toEqual(expected);
      expect(headLines(file(`${name}-head.csv`, content), 'latin1').slice(0, 2)).toEqual(lines.slice(0, 2));
    }
  });
});

describe('skippingHeader', () => {
  const through = (hasHeader: boolean, records: string[][]) => {
    const out: [string[], number][] = [];
    const onRow = skippingHeader(hasHeader, (f, l) => out.push([f, l]));
    records.forEach((r, i) => onRow(r, i + 1));
    return out;
  };

  it('skips the header, and hands over a fault in its place when it names two columns alike', () => {
    expect(through(true, [['id', 'date'], ['C1', 'x']])).toEqual([[['C1', 'x'], 2]]);
    const faulty = through(true, [['id', 'Date', 'Date'], ['C1', 'x', 'y']]);
    expect(faulty.map(([f, l]) => [recordFault(f)?.reason ?? f, l])).toEqual([
      ['columns 2 and 3 are both named "Date"', 1],
      [['C1', 'x', 'y'], 2],
    ]);
    expect(recordFault(faulty[0]![0])?.hint).toMatch(/its own name/);
    // Without a header the first record is data, whatever it holds.
    expect(through(false, [['A', 'A']])).toEqual([[['A', 'A'], 1]]);
  });
});
