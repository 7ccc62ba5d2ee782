import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReadOptions, TransactionImport } from '../../../shared/contract/importSchemas';
import { createWorkspace } from '../db/openWorkspace';
import type { WritableDB } from '../db/types';
import { storeCustomerSummary } from '../queries/customerSummary';
import { importAttributes } from './importAttributes';
import { importTransactions } from './importTransactions';
import { MAX_CODES } from './rowBatches';

const dir = mkdtempSync(join(tmpdir(), 'lw-import-'));
const file = (name: string, content: string) => {
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
/** The transactions as the user knows them: their customer ids and calendar dates. */
const TRANSACTIONS = "(SELECT t.*, c.customer_id, date(t.day_number * 86400, 'unixepoch') AS date FROM transactions t JOIN customers c USING (customer_key))";
const count = (db: WritableDB, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('importTransactions', () => {
  it('imports the rows, counts what the rules left out, and builds the summary', async () => {
    const db = workspace();
    const p = file('ok.csv', 'id,date,amount\nA,2024-01-01,10\nA,2024-01-01,5\nA,2024-01-08,20\nB,2024-01-02,-3\nB,2024-01-03,7\n');
    const report = await importTransactions(db, spec(p, { rules: { mergeSameDay: true, negativeAmounts: 'drop' } }), { unit: 'week' });
    expect(report).toMatchObject({ rowsRead: 5, rowsImported: 3, customersAdded: 2, mergedSameDay: 1 });
    expect(report.dropped).toEqual([
      { reason: 'negative amount (return)', rows: 1, lines: [5] },
      { reason: 'merged into a same-day purchase of the same customer', rows: 1, lines: [] },
    ]);
    expect(db.prepare(`SELECT amount FROM ${TRANSACTIONS} WHERE customer_id = 'A' ORDER BY date`).all()).toEqual([{ amount: 15 }, { amount: 20 }]);
    expect(db.prepare("SELECT frequency, age FROM customer_summary JOIN customers USING (customer_key) WHERE customer_id = 'A'").get()).toEqual({ frequency: 1, age: 1 });
    expect(count(db, 'imports')).toBe(1);
  });

  it('imports nothing when a row is bad under "stop", and lists the lines', async () => {
    const db = workspace();
    const p = file('bad.csv', 'id,date,amount\nA,2024-01-01,10\nB,2024-13-01,5\nC,2024-01-02,abc\nD,2024-01-03,4\n');
    await expect(importTransactions(db, spec(p), { unit: 'week' })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/has 2 bad rows; nothing was imported\. line 3: date "2024-13-01" is not a date in the form YYYY-MM-DD; line 4: amount "abc" is not a number/),
    });
    expect(count(db, 'transactions')).toBe(0);
    expect(count(db, 'customers')).toBe(0);
    expect(count(db, 'imports')).toBe(0);
    expect(db.inTransaction).toBe(false);
  });

  it('skips bad rows under "skip" and reports them', async () => {
    const db = workspace();
    const p = file('skip.csv', 'id,date,amount\nA,2024-01-01,10\nB,2024-13-01,5\nC,2024-01-02,abc\nD,2024-01-03,4\n');
    const report = await importTransactions(db, spec(p, { onBadRows: 'skip' }), { unit: 'week' });
    expect(report.rowsImported).toBe(2);
    expect(report.dropped.map((d) => [d.rows, d.lines])).toEqual([
      [1, [3]],
      [1, [4]],
    ]);
  });

  it('leaves the workspace as it was when cancelled', async () => {
    const db = workspace();
    const rows = Array.from({ length: 200_000 }, (_, i) => `C${i % 5000},2024-01-${String(1 + (i % 28)).padStart(2, '0')},${i % 97}.5`);
    const p = file('big.csv', `id,date,amount\n${rows.join('\n')}\n`);
    const controller = new AbortController();
    const run = importTransactions(db, spec(p), { unit: 'week' }, { signal: controller.signal, advance: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(count(db, 'transactions')).toBe(0);
    expect(db.inTransaction).toBe(false);
  });

  it('stores the optional columns the file maps and leaves the others empty', async () => {
    const db = workspace();
    const p = file('optional.csv', 'id,date,amount,channel,margin,store\nA,2024-01-01,10,online,2.5,Madrid\nB,2024-01-02,7,,,Sevilla\n');
    await importTransactions(db, spec(p, { mapping: { customerId: 0, date: 1, amount: 2, channel: 3, margin: 4 } }), { unit: 'week' });
    expect(db.prepare(`SELECT customer_id, amount, margin, quantity, channel, store, category, import_id FROM ${TRANSACTIONS} ORDER BY customer_id`).all()).toEqual([
      { customer_id: 'A', amount: 10, margin: 2.5, quantity: null, channel: 'online', store: null, category: null, import_id: 1 },
      { customer_id: 'B', amount: 7, margin: null, quantity: null, channel: null, store: null, category: null, import_id: 1 },
    ]);
  });

  it('reads a Spanish export: semicolons, decimal comma, day-first dates, Latin-1', async () => {
    const db = workspace();
    const p = join(dir, 'es.csv');
    writeFileSync(p, Buffer.from('Cliente;Fecha;Importe\nNúñez;25/03/2024;1.234,56\nPeña;02/04/2024;12,50\n', 'latin1'));
    const read: ReadOptions = { encoding: 'latin1', delimiter: ';', hasHeader: true, decimalSeparator: ',', thousandsSeparator: '.', dateFormat: 'dd/mm/yyyy' };
    await importTransactions(db, spec(p, { read }), { unit: 'week' });
    expect(db.prepare(`SELECT customer_id, date, amount FROM ${TRANSACTIONS} ORDER BY date`).all()).toEqual([
      { customer_id: 'Núñez', date: '2024-03-25', amount: 1234.56 },
      { customer_id: 'Peña', date: '2024-04-02', amount: 12.5 },
    ]);
  });

  it('reads an Excel workbook, dates and numbers as cells', async () => {
    const db = workspace();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Ventas');
    sheet.addRow(['cliente', 'fecha', 'importe']);
    sheet.addRow(['A', new Date(Date.UTC(2024, 0, 5)), 12.25]);
    sheet.addRow(['B', new Date(Date.UTC(2024, 1, 29)), 8]);
    const p = join(dir, 'ventas.xlsx');
    await wb.xlsx.writeFile(p);
    const report = await importTransactions(db, spec(p), { unit: 'week' });
    expect(report.rowsImported).toBe(2);
    expect(db.prepare(`SELECT customer_id, date, amount FROM ${TRANSACTIONS} ORDER BY date`).all()).toEqual([
      { customer_id: 'A', date: '2024-01-05', amount: 12.25 },
      { customer_id: 'B', date: '2024-02-29', amount: 8 },
    ]);
  });
});

describe('the customer summary of an import into an empty workspace', () => {
  // Purchases out of date order, same-day purchases whose floating-point sum depends on the
  // order they are added in, -0, and days on both sides of a calibration end.
  const rows: string[] = [];
  let seed = 7;
  const next = (n: number) => (seed = (seed * 48_271) % 2_147_483_647) % n;
  for (let i = 0; i < 3000; i++) {
    const amount = next(50) === 0 ? '-0' : `${next(400)}.${String(next(100)).padStart(2, '0')}`;
    rows.push(`c${next(120)},2024-0${1 + next(6)}-${String(1 + next(28)).padStart(2, '0')},${amount}`);
  }
  rows.push('z,2024-02-01,-0'); // a customer whose every purchase is -0
  const p = file('unordered.csv', `id,date,amount\n${rows.join('\n')}\n`);
  const stored = (db: WritableDB) => ({
    rows: db.prepare('SELECT * FROM customer_summary ORDER BY customer_key').all(),
    meta: db.prepare("SELECT key, value FROM meta WHERE key LIKE 'summary.%' ORDER BY key").all(),
  });

  it.each([
    { unit: 'week' as const },
    { unit: 'month' as const, calibrationEnd: '2024-04-10' },
    { unit: 'day' as const, calibrationEnd: '2023-12-31' },
  ])('is folded while streaming exactly as the scan of the table gives it ($unit, $calibrationEnd)', async (summary) => {
    const db = workspace();
    await importTransactions(db, spec(p, { rules: { mergeSameDay: false, negativeAmounts: 'keep' } }), summary);
    const folded = stored(db);
    const end = (folded.meta[0] as { value: string }).value;
    db.transaction(() => storeCustomerSummary(db, end, summary.unit))();
    expect(folded).toEqual(stored(db));
    expect(folded.rows.length).toBe(summary.calibrationEnd === '2023-12-31' ? 0 : 121);
  });

  it('keys the transactions to the customers an attributes import brought before, and adds the rest', async () => {
    const db = workspace();
    const attributes = file('known.csv', 'id,nps\nc5,9\nsomeone,7\n');
    await importAttributes(db, { path: attributes, read: csv, customerId: 0, attributes: [{ column: 1, name: 'nps', kind: 'quality', valueType: 'number' }], onBadRows: 'stop' });
    const before = db.prepare('SELECT customer_key, customer_id FROM customers ORDER BY customer_key').all();
    const report = await importTransactions(db, spec(p, { rules: { mergeSameDay: false, negativeAmounts: 'keep' } }), { unit: 'week' });
    expect(report.customersAdded).toBe(120); // c0…c119 and z, c5 already known
    expect(db.prepare('SELECT customer_key, customer_id FROM customers ORDER BY customer_key LIMIT 2').all()).toEqual(before);
    expect(db.prepare("SELECT count(*) AS n FROM transactions JOIN customers USING (customer_key) WHERE customer_id = 'c5'").get()).toEqual({
      n: rows.filter((r) => r.startsWith('c5,')).length,
    });
    const folded = stored(db);
    db.transaction(() => storeCustomerSummary(db, (folded.meta[0] as { value: string }).value, 'week'))();
    expect(folded).toEqual(stored(db));
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('is the scan of the table when the file appends to earlier transactions', async () => {
    const db = workspace();
    await importTransactions(db, spec(file('first.csv', 'id,date,amount\nc1,2024-07-01,5\n')), { unit: 'week' });
    await importTransactions(db, spec(p, { rules: { mergeSameDay: false, negativeAmounts: 'keep' } }), { unit: 'week' });
    const appended = stored(db);
    db.transaction(() => storeCustomerSummary(db, '2024-07-01', 'week'))();
    expect(appended).toEqual(stored(db));
  });
});

describe('parsing in a worker thread', () => {
  // Everything an import writes, in one comparable value (the import's time aside).
  const everything = (db: WritableDB) => ({
    transactions: db.prepare('SELECT * FROM transactions ORDER BY transaction_id').all(),
    customers: db.prepare('SELECT * FROM customers ORDER BY customer_id').all(),
    summary: db.prepare('SELECT * FROM customer_summary ORDER BY customer_key').all(),
    imports: db.prepare('SELECT file_name, rows_read, rows_imported, dropped_json, customers_added FROM imports').all(),
  });
  const rows = Array.from({ length: 30_000 }, (_, i) => {
    if (i % 997 === 5) return `C${i % 700},2024-02-30,1,store`; // no such date
    return `C${(i * 7919) % 700},2024-0${1 + (i % 6)}-${String(1 + ((i * 13) % 28)).padStart(2, '0')},${i % 50 === 0 ? -2 : (i % 4000) / 100},${i % 3 ? 'store' : ''}`;
  });
  const p = file('worker.csv', `id,date,amount,channel\n${rows.join('\n')}\n`);
  const mapping = { customerId: 0, date: 1, amount: 2, channel: 3 };

  it('writes and reports exactly what parsing in the importing thread does', async () => {
    const results = [];
    for (const parseIn of ['thread', 'worker'] as const) {
      const db = workspace();
      const report = await importTransactions(db, spec(p, { mapping, onBadRows: 'skip' }), { unit: 'week' }, {}, { parseIn });
      results.push({ report: { ...report, elapsedMs: 0 }, stored: everything(db) });
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0]!.report.rowsImported).toBeGreaterThan(25_000);
  });

  it('stores every text value, also past the number of distinct values a column is coded with', async () => {
    // Stores: more distinct ones than MAX_CODES, and one that comes back throughout; categories:
    // a few, some empty.
    const n = MAX_CODES + MAX_CODES / 4;
    const lines = Array.from({ length: n }, (_, i) => `C${i % 900},2024-01-${String(1 + (i % 28)).padStart(2, '0')},1,store ${i % 10 ? i : 'main'},${['a', '', 'b'][i % 3]}`);
    const path = file('texts.csv', `id,date,amount,store,category\n${lines.join('\n')}\n`);
    const stored = [];
    for (const parseIn of ['thread', 'worker'] as const) {
      const db = workspace();
      await importTransactions(db, spec(path, { mapping: { customerId: 0, date: 1, amount: 2, store: 3, category: 4 } }), { unit: 'week' }, {}, { parseIn });
      stored.push(db.prepare('SELECT store, category FROM transactions ORDER BY transaction_id').all() as { store: string; category: string | null }[]);
    }
    expect(stored[1]).toEqual(stored[0]);
    expect(stored[0]!.map((r) => `${r.store},${r.category ?? ''}`)).toEqual(lines.map((l) => l.split(',').slice(3).join(',')));
  });

  it('refuses bad rows under "stop" naming the same lines, and writes nothing', async () => {
    const messages = [];
    for (const parseIn of ['thread', 'worker'] as const) {
      const db = workspace();
      const error = await importTransactions(db, spec(p, { mapping }), { unit: 'week' }, {}, { parseIn }).catch((e: unknown) => e);
      messages.push((error as Error).message);
      expect(count(db, 'transactions') + count(db, 'customers') + count(db, 'imports')).toBe(0);
    }
    expect(messages[1]).toBe(messages[0]);
    expect(messages[0]).toMatch(/^worker\.csv has 31 bad rows; nothing was imported\. line 7: date "2024-02-30"/);
  });

  it('leaves the workspace as it was when cancelled', async () => {
    const db = workspace();
    const controller = new AbortController();
    const run = importTransactions(db, spec(p, { mapping, onBadRows: 'skip' }), { unit: 'week' }, { signal: controller.signal, advance: () => controller.abort() }, { parseIn: 'worker' });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(count(db, 'transactions') + count(db, 'customers') + count(db, 'imports')).toBe(0);
    expect(db.inTransaction).toBe(false);
  });
});

describe('importAttributes', () => {
  it('tags columns with their CRM kinds and adds unseen customers', async () => {
    const db = workspace();
    const p = file('attrs.csv', 'id,nps,segment\nA,9,gold\nB,,silver\n');
    const report = await importAttributes(db, {
      path: p,
      read: csv,
      customerId: 0,
      attributes: [
        { column: 1, name: 'nps', kind: 'quality', valueType: 'number' },
        { column: 2, name: 'segment', kind: 'marketing', valueType: 'text' },
      ],
      onBadRows: 'stop',
    });
    expect(report).toMatchObject({ rowsImported: 2, customersAdded: 2 });
    expect(db.prepare('SELECT customer_id, name, value_num, value_text FROM customer_attributes JOIN customers USING (customer_key) ORDER BY customer_id, name').all()).toEqual([
      { customer_id: 'A', name: 'nps', value_num: 9, value_text: null },
      { customer_id: 'A', name: 'segment', value_num: null, value_text: 'gold' },
      { customer_id: 'B', name: 'nps', value_num: null, value_text: null },
      { customer_id: 'B', name: 'segment', value_num: null, value_text: 'silver' },
    ]);
    expect(db.prepare("SELECT kind FROM attribute_definitions WHERE name = 'nps'").get()).toEqual({ kind: 'quality' });
  });

  it('stops on a value that is not a number, naming the line', async () => {
    const db = workspace();
    const p = file('attrs-bad.csv', 'id,nps\nA,9\nB,great\n');
    await expect(
      importAttributes(db, { path: p, read: csv, customerId: 0, attributes: [{ column: 1, name: 'nps', kind: 'quality', valueType: 'number' }], onBadRows: 'stop' }),
    ).rejects.toThrow(/line 3: nps "great" is not a number/);
    expect(count(db, 'customer_attributes')).toBe(0);
  });
});
