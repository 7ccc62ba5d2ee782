import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReadOptions, TransactionImport } from '../../../shared/contract/importSchemas';
import { createWorkspace } from '../db/openWorkspace';
import type { WritableDB } from '../db/types';
import { importAttributes } from './importAttributes';
import { importTransactions } from './importTransactions';
import { previewImport } from './previewImport';

/**
 * Odd files an outside tester threw at the importer (issue 13), which it must read right or
 * refuse: each refusal says what is wrong and where, and leaves the workspace as it was.
 */
const dir = mkdtempSync(join(tmpdir(), 'lw-odd-files-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
let n = 0;
const workspace = (): WritableDB => createWorkspace(join(dir, `w${n++}.lwb`));

const csv: ReadOptions = { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso' };
const spec = (path: string, over: Partial<TransactionImport> = {}): TransactionImport => ({
  path,
  read: csv,
  mapping: { customerId: 0, date: 1, amount: 2 },
  rules: { mergeSameDay: false, negativeAmounts: 'drop' },
  onBadRows: 'stop',
  ...over,
});
const count = (db: WritableDB, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const untouched = (db: WritableDB) => {
  expect(count(db, 'transactions') + count(db, 'customers') + count(db, 'imports')).toBe(0);
  expect(db.inTransaction).toBe(false);
};

describe('a quote never closed', () => {
  it('in a 50 MB file is refused in seconds, naming the line it opened on, under either policy and in either thread', async () => {
    const rows = 'C1,2024-01-01,5\n'.repeat(3_300_000);
    const p = file('open-quote.csv', `id,date,amount\nC0,2024-01-01,5\nC0,"2024-01-02,5\n${rows}`);
    for (const [onBadRows, parseIn] of [
      ['stop', 'worker'],
      ['skip', 'thread'],
    ] as const) {
      const db = workspace();
      const started = Date.now();
      const error = await importTransactions(db, spec(p, { onBadRows }), { unit: 'week' }, {}, { parseIn }).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(error).toMatchObject({
        code: 'bad-input',
        message: expect.stringMatching(/^open-quote\.csv cannot be imported; nothing was imported\. line 3: a quote opened on this line is never closed, so the rest of the file cannot be read as rows\.$/),
        hint: expect.stringMatching(/Close the quote/),
      });
      untouched(db);
    }
  });

  it('at the end of a small file is refused too, with the bad rows before it', async () => {
    const db = workspace();
    const p = file('open-end.csv', 'id,date,amount\nC0,2024-01-01,x\nC1,2024-01-01,5\nC2,"2024-01-02,5\nC3,2024-01-03,6\n');
    await expect(importTransactions(db, spec(p, { onBadRows: 'skip' }), { unit: 'week' })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/^open-end\.csv cannot be imported, and has 1 bad row besides; nothing was imported\. line 4: a quote opened on this line is never closed[^;]*; line 2: amount "x" is not a number/),
    });
    untouched(db);
  });

  it('in an attributes file is refused, naming the line', async () => {
    const db = workspace();
    const p = file('attrs-open.csv', 'id,segment\nA,"gold\nB,silver\n');
    await expect(
      importAttributes(db, { path: p, read: csv, customerId: 0, attributes: [{ column: 1, name: 'segment', kind: 'marketing', valueType: 'text' }], onBadRows: 'skip' }),
    ).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/line 2: a quote opened on this line is never closed/) });
    expect(count(db, 'customer_attributes') + count(db, 'customers')).toBe(0);
  });
});

describe('line ends', () => {
  it('of a lone CR are line ends: every row is imported, numbered by its line', async () => {
    const db = workspace();
    const p = file('mac.csv', 'id,date,amount\rA,2024-01-01,10\rB,2024-01-02,x\r\rC,2024-01-03,7\r');
    const report = await importTransactions(db, spec(p, { onBadRows: 'skip' }), { unit: 'week' });
    expect(report).toMatchObject({ rowsRead: 3, rowsImported: 2, customersAdded: 2 });
    expect(report.dropped).toEqual([{ reason: 'bad row: amount … is not a number (decimal point)', rows: 1, lines: [3] }]);
  });
});

describe('encodings', () => {
  const text = 'Cliente,Fecha,Importe\nNúñez,2024-01-05,12.50\nPeña,2024-01-06,8\n';
  const utf16 = (order: 'le' | 'be', bom: boolean) => {
    const b = Buffer.from(text, 'utf16le');
    if (order === 'be') b.swap16();
    return Buffer.concat([bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), b]);
  };

  it.each([
    ['UTF-16 LE with a byte-order mark', utf16('le', true)],
    ['UTF-16 BE with a byte-order mark', utf16('be', true)],
    ['UTF-16 LE without one', utf16('le', false)],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
  ])('are told by the bytes and read right: %s', async (_, content) => {
    const p = file(`enc-${n}.csv`, content);
    const preview = await previewImport(p);
    expect(preview.columns.map((c) => c.name)).toEqual(['Cliente', 'Fecha', 'Importe']);
    expect(preview.suggestion).toEqual({ customerId: 0, date: 1, amount: 2 });
    const db = workspace();
    // The preview's encoding (or the user's, latin1 here) gives way to what the bytes announce.
    for (const read of [preview.read, { ...preview.read, encoding: 'latin1' as const }]) {
      await importTransactions(db, spec(p, { read }), { unit: 'week' });
    }
    expect(db.prepare('SELECT customer_id FROM customers ORDER BY customer_key').all()).toEqual([{ customer_id: 'Núñez' }, { customer_id: 'Peña' }]);
  });

  it('UTF-16 is said so in the preview', async () => {
    const preview = await previewImport(file('utf16.csv', utf16('le', true)));
    expect(preview.unicodeForm).toBe('utf-16le');
    expect(preview.warnings.join(' ')).toMatch(/UTF-16/);
  });
});

describe('files that are not text', () => {
  const workbook = async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ventas').addRow(['cliente', 'fecha', 'importe']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it('an Excel workbook named .csv is called so, by preview and import alike, and nothing is written', async () => {
    const p = file('sales.csv', await workbook());
    const expected = { code: 'bad-input', message: 'sales.csv is an Excel workbook (XLSX) with a .csv name.', hint: expect.stringMatching(/Rename it to end in \.xlsx/) };
    await expect(previewImport(p)).rejects.toMatchObject(expected);
    const db = workspace();
    await expect(importTransactions(db, spec(p), { unit: 'week' })).rejects.toMatchObject(expected);
    untouched(db);
  });

  it.each([
    ['report.csv', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300, 7)]), /^report\.csv is a PDF document, not a text file of rows\.$/],
    ['sales.csv', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), /^sales\.csv is a gzip-compressed file/],
    ['old.csv', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /^old\.csv is an Excel 97-2003 workbook \(XLS\)/],
    ['nul.csv', Buffer.from('id,date,amount\nA,2024-01-01,5\nB,2024-01-02,\0\n'), /^nul\.csv is not a text file: line 3 holds a zero byte/],
  ])('%s is refused for what it is', async (name, content, message) => {
    const p = file(name, content);
    const db = workspace();
    await expect(importTransactions(db, spec(p), { unit: 'week' })).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(message) });
    untouched(db);
  });

  it('a text file named .xlsx is called so', async () => {
    const p = file('sales.xlsx', 'id,date,amount\nA,2024-01-01,5\n');
    await expect(previewImport(p)).rejects.toMatchObject({ code: 'bad-input', message: 'sales.xlsx is a text file, not an Excel workbook.', hint: expect.stringMatching(/\.csv/) });
  });
});

describe('values beyond belief', () => {
  const meta = (db: WritableDB, key: string) => (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  const summary = (db: WritableDB) => db.prepare('SELECT max(total_spend) AS spend, max(age) AS age FROM customer_summary').get() as { spend: number; age: number };
  const rows = 'id,date,amount\nA,2024-01-01,10\nA,2024-06-01,20\nB,2024-03-01,5\n';

  it('an amount of 1e308 is refused with its line; skipped, the summary stays finite', async () => {
    const p = file('huge.csv', `${rows}B,2024-03-02,1e308\nC,2024-03-03,1.5e9\n`);
    const db = workspace();
    await expect(importTransactions(db, spec(p), { unit: 'week' })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/has 2 bad rows; nothing was imported\. line 5: amount "1e308" is beyond ±1,000,000,000, the largest amount accepted; line 6: amount "1\.5e9" is beyond/),
      hint: expect.stringMatching(/If those dates or amounts are real/),
    });
    untouched(db);
    const report = await importTransactions(db, spec(p, { onBadRows: 'skip' }), { unit: 'week' });
    expect(report.dropped).toEqual([{ reason: 'bad row: amount … is beyond ±1,000,000,000, the largest amount accepted', rows: 2, lines: [5, 6] }]);
    expect(Number.isFinite(summary(db).spend)).toBe(true);
  });

  it('non-finite numbers are refused with their line and value', async () => {
    const p = file('infinite.csv', `${rows}B,2024-03-02,1e400\nB,2024-03-03,Infinity\nB,2024-03-04,NaN\n`);
    await expect(importTransactions(workspace(), spec(p), { unit: 'week' })).rejects.toMatchObject({
      message: expect.stringMatching(/has 3 bad rows.*line 5: amount "1e400" is not a number.*line 6: amount "Infinity" is not a number.*line 7: amount "NaN" is not a number/),
    });
  });

  it('a date of 2099 or 1900 is refused with its line; skipped, the calibration end stays at the last credible purchase', async () => {
    const p = file('far.csv', `${rows}C,2099-12-31,7\nD,1900-01-01,8\n`);
    const db = workspace();
    await expect(importTransactions(db, spec(p), { unit: 'week' })).rejects.toMatchObject({
      message: expect.stringMatching(/line 5: date "2099-12-31" is after \d{4}-\d\d-\d\d, the latest date accepted \(7 days after the import\); line 6: date "1900-01-01" is before 1950-01-01, the earliest date accepted/),
    });
    untouched(db);
    await importTransactions(db, spec(p, { onBadRows: 'skip' }), { unit: 'week' });
    expect(meta(db, 'summary.calibrationEnd')).toBe('2024-06-01');
    expect(summary(db).age).toBeCloseTo(152 / 7, 5); // A: 2024-01-01 to 2024-06-01
  });

  it('far dates and large amounts are accepted when the user widens the bounds, and the calibration end follows', async () => {
    const p = file('far-ok.csv', `${rows}C,2099-12-31,7\nD,1900-01-01,2e12\n`);
    const db = workspace();
    const report = await importTransactions(db, spec(p, { plausibility: { earliestDate: '1900-01-01', latestDate: '2099-12-31', maxAmount: 1e13 } }), { unit: 'week' });
    expect(report.rowsImported).toBe(5);
    expect(meta(db, 'summary.calibrationEnd')).toBe('2099-12-31');
  });
});

describe('a header that names two columns alike', () => {
  it('is refused with their names, under either policy, a workbook too', async () => {
    const p = file('dup.csv', 'id,Date,amount,store,Date\nA,2024-01-01,10,x,2024-01-02\n');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Ventas');
    sheet.addRow(['id', 'Date', 'amount', 'store', 'Date']);
    sheet.addRow(['A', new Date(Date.UTC(2024, 0, 1)), 10, 'x', new Date(Date.UTC(2024, 0, 2))]);
    const x = join(dir, 'dup.xlsx');
    await wb.xlsx.writeFile(x);
    for (const [path, onBadRows] of [
      [p, 'stop'],
      [p, 'skip'],
      [x, 'skip'],
    ] as const) {
      const db = workspace();
      await expect(importTransactions(db, spec(path, { onBadRows }), { unit: 'week' })).rejects.toMatchObject({
        code: 'bad-input',
        message: `${path === p ? 'dup.csv' : 'dup.xlsx'} cannot be imported; nothing was imported. line 1: columns 2 and 5 are both named "Date".`,
        hint: expect.stringMatching(/its own name/),
      });
      untouched(db);
    }
  });

  it('is a warning of the preview', async () => {
    const preview = await previewImport(file('dup-preview.csv', 'id,Date,amount,store,Date\nA,2024-01-01,10,x,2024-01-02\n'));
    expect(preview.warnings.join(' ')).toMatch(/Columns 2 and 5 are both named "Date"/);
  });

  it('in an attributes file is refused too', async () => {
    const db = workspace();
    const p = file('attrs-dup.csv', 'id,nps,nps\nA,9,8\n');
    await expect(
      importAttributes(db, { path: p, read: csv, customerId: 0, attributes: [{ column: 1, name: 'nps', kind: 'quality', valueType: 'number' }], onBadRows: 'skip' }),
    ).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/line 1: columns 2 and 3 are both named "nps"/) });
  });
});
