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
 * naming those rows' lines. The files come with any line ends (LF, CRLF, a lone CR, mixed), in
 * UTF-8 or UTF-16 (with a byte-order mark or without), with amounts too large or not finite,
 * dates too far back or ahead, and quotes never closed in files larger than a read chunk.
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
/** Good dates end on a day already past when this was written, so they stay credible (not in the future). */
const LAST_GOOD_DATE = '2026-06-30';
const goodDate = fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(`${LAST_GOOD_DATE}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
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
  // Beyond belief: amounts too large or not finite, dates too far back or ahead.
  fc.tuple(goodId, goodDate, fc.constantFrom('1e308', '-1e308', '1000000000.01', '-2e9', '1e400', 'Infinity', '-Infinity', '12345678901234567890')).map(([i, d, a]) => ({ line: [i, d, a].map(csvField).join(','), bad: true })),
  fc.tuple(goodId, fc.constantFrom('2099-12-31', '9999-12-31', '1900-01-01', '1949-12-31', '1000-01-01'), goodAmount).map(([i, d, a]) => ({ line: [i, d, a].map(csvField).join(','), bad: true })),
);
const blank: fc.Arbitrary<Row | null> = fc.constant(null);

const EOLS = ['\n', '\r\n', '\r'] as const;
/** Line ends: one kind for the file, or each line its own. */
const lineEnds = fc.oneof(
  fc.constantFrom(...EOLS).map((eol) => () => eol),
  fc.infiniteStream(fc.constantFrom(...EOLS)).map((stream) => {
    const it = stream[Symbol.iterator]();
    return () => it.next().value as string;
  }),
);

/** Text as a file holds it: UTF-8 (with a byte-order mark or not), or UTF-16 LE or BE (with one or not). */
const ENCODINGS = ['utf-8', 'utf-8 bom', 'utf-16le bom', 'utf-16be bom', 'utf-16le', 'utf-16be'] as const;
function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding.startsWith('utf-8')) return Buffer.concat([Buffer.from(encoding === 'utf-8 bom' ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
  const body = Buffer.from(text, 'utf16le');
  if (encoding.startsWith('utf-16be')) body.swap16();
  const bom = !encoding.endsWith('bom') ? [] : encoding.startsWith('utf-16le') ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom), body]);
}

/** A file of good, bad and blank lines, with the 1-based numbers of the bad ones. */
const malformedFile = fc
  .record({
    rows: fc.array(fc.oneof({ weight: 6, arbitrary: goodRow }, { weight: 2, arbitrary: badRow }, { weight: 1, arbitrary: blank }), { minLength: 1, maxLength: 60 }),
    nextEol: lineEnds,
    encoding: fc.constantFrom(...ENCODINGS),
  })
  .map(({ rows, nextEol, encoding }) => {
    const lines = ['customer,date,amount', ...rows.map((r) => r?.line ?? '')];
    let text = '';
    let previous = '';
    for (const line of lines) {
      // A lone CR, then a blank line ended by LF, is one CRLF: that blank line ends in a CR too.
      const eol = nextEol();
      const end = previous === '\r' && line === '' && eol === '\n' ? '\r' : eol;
      text += line + end;
      previous = end;
    }
    const badLines = rows.flatMap((r, i) => (r?.bad ? [i + 2] : []));
    const good = rows.filter((r) => r && !r.bad).length;
    return { content: encode(text, encoding), badLines, good };
  });

/** The calibration end never passes the last good date, whatever else the file held. */
const calibrationEnd = () => (db.prepare("SELECT value FROM meta WHERE key = 'summary.calibrationEnd'").get() as { value: string } | undefined)?.value;

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
          expect(calibrationEnd()! <= LAST_GOOD_DATE).toBe(true);
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
      fc
        .tuple(fc.array(fc.constantFrom('A', ',', '"', '\n', '\r', '2024-01-01', '12.5', '1e308', '2099-12-31', ' ', '\0', '\uFEFF', 'é'), { maxLength: 400 }), fc.constantFrom(...ENCODINGS))
        .map(([a, encoding]) => encode(a.join(''), encoding)),
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

  it('refuses a file larger than a read chunk with a quote never closed, naming the line it opened on, in seconds', async () => {
    // Rows of 16 to 22 characters: 60,000 to 200,000 of them are one to four megabytes, so the
    // quote may close nothing before the reader's limit or before the end of the file.
    const largeFile = fc.record({
      rows: fc.integer({ min: 60_000, max: 200_000 }),
      quoteAt: fc.double({ min: 0, max: 1, noNaN: true }),
      badBefore: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
      eol: fc.constantFrom(...EOLS),
      encoding: fc.constantFrom('utf-8', 'utf-16le bom'),
      policy: fc.constantFrom<'stop' | 'skip'>('stop', 'skip'),
    });
    await fc.assert(
      fc.asyncProperty(largeFile, async ({ rows, quoteAt, badBefore, eol, encoding, policy }) => {
        const quoteRow = Math.floor(quoteAt * (rows - 1));
        const badRows = new Set(badBefore.map((b) => Math.floor(b * quoteRow)).filter((r) => r < quoteRow));
        const lines = ['customer,date,amount'];
        for (let r = 0; r < rows; r++) {
          const date = `2024-0${1 + (r % 9)}-${String(1 + (r % 28)).padStart(2, '0')}`;
          if (r === quoteRow) lines.push(`C${r},"${date},5`);
          else lines.push(`C${r % 997},${date},${badRows.has(r) ? '1e308' : (r % 500) / 4}`);
        }
        const path = writeFile(encode(lines.join(eol) + eol, encoding));
        const before = fingerprint();
        const started = Date.now();
        const error = await importTransactions(db, spec(path, policy), { unit: 'week' }).catch((e: unknown) => e);
        expect(Date.now() - started).toBeLessThan(20_000);
        expect(error).toBeInstanceOf(BackendError);
        const err = error as BackendError;
        expect(err.code).toBe('bad-input');
        expect(err.message).toContain(`nothing was imported. line ${quoteRow + 2}: a quote opened on this line is never closed`);
        const named = [...err.message.matchAll(/line (\d+):/g)].map((m) => Number(m[1]));
        expect(named).toEqual([quoteRow + 2, ...[...badRows].sort((a, b) => a - b).map((r) => r + 2)]);
        expect(fingerprint()).toBe(before);
        expect(db.inTransaction).toBe(false);
      }),
      { numRuns: 8, seed: 13 },
    );
  });
});
