import { BackendError } from '../../../shared/contract/errors';
import type { TransactionImport } from '../../../shared/contract/importSchemas';
import { dayNumberToIso, isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { ImportReport } from '../../../shared/domain/imports';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { textOrder } from '../../../shared/summary/purchaseLog';
import type { WritableDB } from '../db/types';
import { lastTransactionDate, storeCustomerSummary, toRow, writeCustomerSummary, type CustomerSummaryRow } from '../queries/customerSummary';
import { cancelledImport, RowLedger } from './importErrors';
import { completeImportRecord, startImportRecord } from './importRecord';
import { OPTIONAL_COLUMNS, type FoldedSummary, type FoldOptions, type RowBatch } from './rowBatches';
import { parseInThread, parseInWorker, parseWorkerScript, type RowParser } from './rowParsers';
import { openRowSource, type RowSource } from './rowSource';

export interface ImportHooks {
  signal?: AbortSignal;
  setTotal?(n: number): void;
  advance?(n: number): void;
  setDetail?(detail: string | null): void;
}

export interface SummaryOptions {
  /** The stored summary's calibration end; the last transaction day when absent. */
  calibrationEnd?: string;
  unit: TimeUnit;
}

/** Rows per INSERT statement: binding many rows per call cuts the per-statement cost. */
const BATCH_ROWS = 64;

/**
 * Imports a transactions file into the workspace in one database transaction: either every row
 * that passes lands, with the customer summary brought up to date, or — on bad rows under "stop",
 * a cancel, or any failure — nothing does. The file is streamed, so memory does not grow with its
 * size (only with the number of distinct customers, and a bounded log of purchases); a large text
 * file is parsed in a worker thread while this one writes (see openParser).
 */
export async function importTransactions(
  db: WritableDB,
  spec: TransactionImport,
  summary: SummaryOptions,
  hooks: ImportHooks = {},
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = Date.now();
  const source = openRowSource(spec.path, spec.read);
  hooks.setTotal?.(source.fileBytes);

  const ledger = new RowLedger(spec.onBadRows === 'stop');
  let rowsRead = 0;
  let rowsImported = 0;
  let customersAdded = 0;
  // The file's customers by the numbers the parser gave them (in order of appearance).
  const customerIds: string[] = [];
  const isoCache = new Map<number, string>();
  const iso = (day: number) => {
    let s = isoCache.get(day);
    if (s === undefined) isoCache.set(day, (s = dayNumberToIso(day)));
    return s;
  };

  // Bulk-load settings, undone in `finally`: foreign keys are checked by construction (every
  // customer of the file is written before the commit), and a larger page cache keeps the
  // B-trees in memory. PRAGMA foreign_keys cannot change inside a transaction, hence here.
  // The rest stay as the connection has them: the journal must stay WAL (the UI's read-only
  // connection reads through it), synchronous NORMAL already skips the fsync at commit in WAL
  // mode, and temp_store = MEMORY and threads = 2 both made the index build slower (measured).
  // The commit's checkpoint (about 0.4 s for a million rows) is kept: deferring it would only
  // hand the cost, and a long WAL, to whatever comes next.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
  db.exec('BEGIN IMMEDIATE');
  let parser: RowParser | null = null;
  try {
    // Into an empty workspace, the indexes are built once after the load (a sorted build)
    // rather than kept up to date row by row: measured about twice as fast for a million rows.
    const intoEmpty = count(db, 'transactions') === 0;
    const deferredIndexes = intoEmpty ? dropTransactionIndexes(db) : [];
    // Into an empty workspace the customer summary is folded from the purchases as they are
    // read, instead of scanning the table again afterwards (the scan took about 2.4 s of CPU for
    // a million rows, a quarter of the import). Not when same-day purchases are merged: the merged amounts are SQLite's
    // sums, which the summary must read back as stored.
    const fold = intoEmpty && !spec.rules.mergeSameDay ? { until: summary.calibrationEnd ? isoToDayNumber(summary.calibrationEnd) : Infinity, capacity: MAX_LOGGED_PURCHASES } : null;
    parser = openParser(source, spec, fold, options.parseIn);
    const importId = startImportRecord(db, 'transactions', source, spec);
    // Only the columns the file maps are written (the rest stay NULL): each bound value costs,
    // and four unmapped ones were a sixth of the insert's time.
    const optional = OPTIONAL_COLUMNS.filter((c) => spec.mapping[c] !== undefined);
    const columns = 4 + optional.length;
    const insertSql = (n: number) =>
      `INSERT INTO transactions(customer_id, date, amount, ${optional.map((c) => `${c}, `).join('')}import_id) VALUES ${Array(n).fill(`(${Array(columns).fill('?').join(',')})`).join(',')}`;
    const insertBatch = db.prepare(insertSql(BATCH_ROWS));
    const values: unknown[] = [];
    const flush = () => {
      const n = values.length / columns;
      if (n === BATCH_ROWS) insertBatch.run(values);
      else if (n > 0) db.prepare(insertSql(n)).run(values);
      values.length = 0;
    };
    const write = (batch: RowBatch) => {
      const { customers, days, amounts } = batch;
      for (let i = 0; i < customers.length; i++) {
        values.push(customerIds[customers[i]!], iso(days[i]!), amounts[i]);
        for (const c of optional) values.push(batch.optional[c]![i]);
        values.push(importId);
        if (values.length === BATCH_ROWS * columns) flush();
      }
      rowsImported += customers.length;
    };

    let lastBytes = 0;
    await parser.read((batch) => {
      rowsRead = batch.rowsRead;
      for (const id of batch.newCustomerIds) customerIds.push(id);
      for (const r of batch.leftOut) {
        if (r.bad) ledger.bad(r.line, r.reason);
        else ledger.drop(r.reason, r.line);
      }
      // Under "stop", a bad row means nothing will be kept: the rest of the file is only checked.
      if (!ledger.halted) write(batch);
      if (batch.bytesRead > lastBytes) {
        hooks.advance?.(batch.bytesRead - lastBytes);
        lastBytes = batch.bytesRead;
        const seconds = (Date.now() - started) / 1000;
        hooks.setDetail?.(`${rowsRead.toLocaleString('en')} rows · ${Math.round(rowsRead / Math.max(seconds, 0.001)).toLocaleString('en')} rows/s`);
      }
    }, hooks.signal);
    if (hooks.signal?.aborted) throw cancelledImport();
    flush();
    ledger.throwIfHalted(source.fileName);
    if (rowsImported === 0) {
      throw new BackendError('bad-input', `${source.fileName} has no rows to import (${rowsRead} read).`, 'Check the column mapping, the date window and the rules.');
    }

    // The parser folds the summary (in its worker, where there is one) while this thread builds
    // the indexes; it also puts the customers in the order they are written in.
    const folded = fold ? parser.summarise(summary.calibrationEnd ? isoToDayNumber(summary.calibrationEnd) : undefined, summary.unit) : Promise.resolve(null);
    hooks.setDetail?.('Indexing…');
    for (const sql of deferredIndexes) db.exec(sql);
    const foldedSummary = await folded;
    customersAdded = insertCustomers(db, customerIds, foldedSummary?.idOrder ?? textOrder(customerIds));
    const mergedSameDay = spec.rules.mergeSameDay ? mergeSameDayPurchases(db, importId) : 0;
    ledger.fold('merged into a same-day purchase of the same customer', mergedSameDay);
    hooks.setDetail?.('Updating the customer summary…');
    if (foldedSummary) {
      writeCustomerSummary(db, foldedRows(foldedSummary, customerIds), iso(foldedSummary.calibrationEnd), summary.unit);
    } else {
      storeCustomerSummary(db, summary.calibrationEnd ?? lastTransactionDate(db)!, summary.unit);
    }

    const report: ImportReport = {
      importId,
      kind: 'transactions',
      fileName: source.fileName,
      fileBytes: source.fileBytes,
      rowsRead,
      rowsImported: rowsImported - mergedSameDay,
      customersAdded,
      mergedSameDay,
      dropped: ledger.dropped(),
      elapsedMs: Date.now() - started,
    };
    completeImportRecord(db, report);
    if (hooks.signal?.aborted) throw cancelledImport();
    db.exec('COMMIT');
    return report;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`foreign_keys = ${foreignKeys}`);
    await parser?.close();
  }
}

export interface ImportOptions {
  /**
   * Where the file is parsed: in a worker thread, beside the database writes, or in this thread.
   * By default a worker for text files of WORKER_MIN_BYTES or more (starting one costs more than
   * it saves on a small file), where the worker's script is present.
   */
  parseIn?: 'worker' | 'thread';
}

/** From this size a text file is parsed in a worker thread (about 100,000 rows of a typical export). */
const WORKER_MIN_BYTES = 4 << 20;

function openParser(source: RowSource, spec: TransactionImport, fold: FoldOptions | null, parseIn: ImportOptions['parseIn']): RowParser {
  const script = parseWorkerScript();
  const inWorker = script !== null && !source.isSpreadsheet && (parseIn === 'worker' || (parseIn === undefined && source.fileBytes >= WORKER_MIN_BYTES));
  return inWorker ? parseInWorker(script, spec.path, spec, fold) : parseInThread(source, spec, fold);
}

/** The summary rows of a summary folded while reading. */
function* foldedRows(s: FoldedSummary, ids: readonly string[]): Generator<CustomerSummaryRow> {
  for (let k = 0; k < s.customers.length; k++) {
    const purchaseDays = s.purchaseDays[k]!;
    yield toRow({
      customerId: ids[s.customers[k]!]!,
      firstPurchaseDay: s.firstDays[k]!,
      lastPurchaseDay: s.lastDays[k]!,
      purchaseDays,
      frequency: purchaseDays - 1,
      recency: s.recency[k]!,
      age: s.age[k]!,
      totalSpend: s.totalSpend[k]!,
      averageSpend: s.averageSpend[k]!,
      repeatAverageSpend: s.repeatAverageSpend[k]!,
    });
  }
}

/**
 * Purchases an import keeps in memory to fold the customer summary (16 bytes each, so at most
 * 64 MB); a larger file is summarised from the table after the load.
 */
const MAX_LOGGED_PURCHASES = 4_000_000;

/** Page cache during a bulk load, in KiB (negative means KiB to SQLite): bounded, whatever the file size. */
const BULK_CACHE_KIB = -131_072;

/** Customer rows per INSERT statement. */
const CUSTOMER_BATCH_ROWS = 256;

/**
 * Adds the customers not yet in the workspace, in the ids' text order (the table's key order,
 * several times faster than the order they appeared in), and returns how many were new.
 */
function insertCustomers(db: WritableDB, ids: readonly string[], idOrder: ArrayLike<number>): number {
  const insertSql = (n: number) => `INSERT OR IGNORE INTO customers(customer_id) VALUES ${Array(n).fill('(?)').join(',')}`;
  const insertBatch = db.prepare(insertSql(CUSTOMER_BATCH_ROWS));
  let added = 0;
  const batch: string[] = [];
  for (let k = 0; k < idOrder.length; k++) {
    batch.push(ids[idOrder[k]!]!);
    if (batch.length === CUSTOMER_BATCH_ROWS || k === idOrder.length - 1) {
      added += (batch.length === CUSTOMER_BATCH_ROWS ? insertBatch : db.prepare(insertSql(batch.length))).run(batch).changes;
      batch.length = 0;
    }
  }
  return added;
}

const count = (db: WritableDB, table: 'transactions') => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Drops the transactions table's indexes and returns the SQL that recreates them as they were. */
function dropTransactionIndexes(db: WritableDB): string[] {
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const i of indexes) db.exec(`DROP INDEX "${i.name.replace(/"/g, '""')}"`);
  return indexes.map((i) => i.sql);
}

/**
 * Folds the purchases a customer made on one day (within this import) into the first of them,
 * amounts, margins and quantities added. Returns how many rows were folded away.
 */
function mergeSameDayPurchases(db: WritableDB, importId: number): number {
  db.exec(`DROP TABLE IF EXISTS temp.same_day`);
  db.prepare(
    `CREATE TEMP TABLE same_day AS
       SELECT min(transaction_id) AS keep_id, customer_id, date, count(*) AS n,
              sum(amount) AS amount, sum(margin) AS margin, sum(quantity) AS quantity
         FROM transactions WHERE import_id = ?
        GROUP BY customer_id, date HAVING count(*) > 1`,
  ).run(importId);
  const folded = (db.prepare('SELECT coalesce(sum(n - 1), 0) AS folded FROM temp.same_day').get() as { folded: number }).folded;
  if (folded > 0) {
    db.exec(`UPDATE transactions SET amount = s.amount, margin = s.margin, quantity = s.quantity
               FROM temp.same_day s WHERE transactions.transaction_id = s.keep_id`);
    db.prepare(
      `DELETE FROM transactions
        WHERE import_id = ?
          AND (customer_id, date) IN (SELECT customer_id, date FROM temp.same_day)
          AND transaction_id NOT IN (SELECT keep_id FROM temp.same_day)`,
    ).run(importId);
  }
  db.exec('DROP TABLE temp.same_day');
  return folded;
}
