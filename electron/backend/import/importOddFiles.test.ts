import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadOptions, TransactionImport } from '../../../shared/contract/importSchemas';
import { createWorkspace } from '../db/openWorkspace';
import type { WritableDB } from '../db/types';
import { importAttributes } from './importAttributes';
import { importTransactions } from './importTransactions';

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
        message: expect.stringMatching(/^open-quote\.csv cannot be imported: line 3: a quote opened on this line is never closed/),
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
      message: expect.stringMatching(/line 4: a quote opened on this line is never closed.*It also has 1 bad row: line 2: amount "x" is not a number/),
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
