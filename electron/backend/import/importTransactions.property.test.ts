import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BackendError } from '../../../shared/contract/errors';
import type { TransactionImport } from '../../../shared/contract/importSchemas';
import { createWorkspace } from '../db/openWorkspace';
import type { WritableDB } from '../db/types';
import { importTransactions } from './importTransactions';

/**
 * Malformed files thrown at the importer. Three promises are checked on every one: it never
 * crashes (it resolves, or rejects with a BackendError that says what is wrong), a rejected
 * import leaves the workspace exactly as it was, and a file refused for bad rows is refused
 * naming those rows' lines.
 */
const dir = mkdtempSync(join(tmpdir(), 'lw-import-prop-'));
let fileNo = 0;
const writeFile = (content: string | Uint8Array) => {
  const p = join(dir, `f${fileNo++}.csv`);
  writeFileSync(p, content);
  return p;
};

const db: WritableDB = createWorkspace(join(dir, 'w.lwb'));
afterAll(() => db.close());

const spec = (path: string, onBadRows: 'stop' | 'skip'): TransactionImport => ({
  path,
  read: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso' },
  mapping: { customerId: 0, date: 1, amount: 2 },
  rules: { mergeSameDay: true, negativeAmounts: 'keep' },
  onBadRows,
});

/** Everything an import may change, in one comparable value. */
function fingerprint(): string {
  const q = (sql: string) => JSON.stringify(db.prepare(sql).all());
  return [
    q('SELECT count(*), total(amount), max(transaction_id) FROM transactions'),
    q('SELECT count(*) FROM customers'),
    q('SELECT count(*), max(import_id) FROM imports'),
    q('SELECT count(*), total(frequency), total(total_spend) FROM customer_summary'),
    q("SELECT value FROM meta WHERE key LIKE 'summary.%' ORDER BY key"),
  ].join('|');
}

const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const goodId = fc.oneof(fc.stringMatching(/^[A-Z0-9]{1,6}$/), fc.constantFrom('Núñez', 'a,b', 'say "hi"'));
// Up to a day already past when this was written, so the dates stay credible (not in the future).
const goodDate = fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2026, 5, 30)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const goodAmount = fc.integer({ min: -50_000, max: 500_000 }).map((c) => (c / 100).toString());

type Row = { line: string; bad: boolean };
const goodRow: fc.Arbitrary<Row> = fc
  .tuple(goodId, goodDate, goodAmount, fc.option(fc.string({ maxLength: 8 }), { nil: undefined }))
  .map(([id, date, amount, extra]) => ({ line: [id, date, amount, ...(extra === undefined ? [] : [extra])].map(csvField).join(','), bad: false }));
const badRow: fc.Arbitrary<Row> = fc.oneof(
  fc.tuple(goodDate, goodAmount).map(([d, a]) => ({ line: `,${d},${a}`, bad: true })), // empty id
  fc.tuple(goodId, fc.constantFrom('2024-02-30', 'tomorrow', '', '31/12/2024', '2024-1-'), goodAmount).map(([i, d, a]) => ({ line: [i, d, a].map(csvField).join(','), bad: true })),
  fc.tuple(goodId, goodDate, fc.constantFrom('abc', '1.2.3', '', 'NaN', '12,50', '--3')).map(([i, d, a]) => ({ line: [i, d, a].map(csvField).join(','), bad: true })),
  fc.tuple(goodId, goodDate).map(([i, d]) => ({ line: `${csvField(i)},${d}`, bad: true })), // too few fields
);
const blank: fc.Arbitrary<Row | null> = fc.constant(null);

/** A file of good, bad and blank lines, with the 1-based numbers of the bad ones. */
const malformedFile = fc
  .array(fc.oneof({ weight: 6, arbitrary: goodRow }, { weight: 2, arbitrary: badRow }, { weight: 1, arbitrary: blank }), { minLength: 1, maxLength: 60 })
  .chain((rows) => fc.constantFrom('\n', '\r\n').map((eol) => ({ rows, eol })))
  .map(({ rows, eol }) => {
    const lines = ['customer,date,amount', ...rows.map((r) => r?.line ?? '')];
    const badLines = rows.flatMap((r, i) => (r?.bad ? [i + 2] : []));
    const good = rows.filter((r) => r && !r.bad).length;
    return { content: lines.join(eol) + eol, badLines, good };
  });

describe('the importer under malformed files (property-based)', () => {
  it('refuses a file with bad rows under "stop": nothing changes and the lines are named', async () => {
    await fc.assert(
      fc.asyncProperty(malformedFile, async ({ content, badLines, good }) => {
        const before = fingerprint();
        const path = writeFile(content);
        try {
          const report = await importTransactions(db, spec(path, 'stop'), { unit: 'week' });
          expect(badLines).toEqual([]);
          expect(report.rowsImported + report.mergedSameDay).toBe(good);
        } catch (e) {
          expect(e).toBeInstanceOf(BackendError);
          expect(fingerprint()).toBe(before);
          expect(db.inTransaction).toBe(false);
          const err = e as BackendError;
          expect(err.code).toBe('bad-input');
          if (badLines.length > 0) {
            const named = [...err.message.matchAll(/line (\d+):/g)].map((m) => Number(m[1]));
            expect(named).toEqual(badLines.slice(0, 20));
            expect(err.message).toContain(`has ${badLines.length} bad row`);
          } else {
            expect(good).toBe(0);
            expect(err.message).toMatch(/has no rows to import/);
          }
        }
      }),
      { numRuns: 60, seed: 20_261_122 },
    );
  });

  it('imports the good rows under "skip" and reports every bad line', async () => {
    await fc.assert(
      fc.asyncProperty(malformedFile, async ({ content, badLines, good }) => {
        const path = writeFile(content);
        const before = fingerprint();
        try {
          const report = await importTransactions(db, spec(path, 'skip'), { unit: 'week' });
          expect(report.rowsImported + report.mergedSameDay).toBe(good);
          const reported = report.dropped.filter((d) => d.reason.startsWith('bad row')).flatMap((d) => d.lines).sort((a, b) => a - b);
          expect(reported).toEqual(badLines.slice(0, reported.length));
          expect(report.dropped.filter((d) => d.reason.startsWith('bad row')).reduce((s, d) => s + d.rows, 0)).toBe(badLines.length);
        } catch (e) {
          expect(good).toBe(0);
          expect((e as BackendError).code).toBe('bad-input');
          expect(fingerprint()).toBe(before);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('never crashes on arbitrary bytes and never half-imports them', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.string({ unit: 'binary', maxLength: 800 }).map((s) => new TextEncoder().encode(s)),
      fc.array(fc.constantFrom('A', ',', '"', '\n', '\r', '2024-01-01', '12.5', ' ', '\0', '\uFEFF', 'é'), { maxLength: 400 }).map((a) => new TextEncoder().encode(a.join(''))),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom<'stop' | 'skip'>('stop', 'skip'), async (content, policy) => {
        const before = fingerprint();
        const path = writeFile(content);
        try {
          await importTransactions(db, spec(path, policy), { unit: 'week' });
        } catch (e) {
          expect(e).toBeInstanceOf(BackendError);
          expect((e as BackendError).code).toBe('bad-input');
          // A bad row's line, or the file's: a zero byte's, or what else the bytes are.
          expect((e as BackendError).message).toMatch(/line \d+:|has no rows to import|is not a text file: line \d+ holds a zero byte|, not a text file of rows\.|with a \.csv name\./);
          expect(fingerprint()).toBe(before);
          expect(db.inTransaction).toBe(false);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
