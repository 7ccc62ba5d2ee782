import { BackendError } from '../../../shared/contract/errors';
import type { TransactionImport } from '../../../shared/contract/importSchemas';
import { dayNumberToIso, isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { ImportReport } from '../../../shared/domain/imports';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import type { CustomerSummary } from '../../../shared/summary/foldCustomerSummary';
import type { WritableDB } from '../db/types';
import { lastTransactionDate, storeCustomerSummary, writeCustomerSummary } from '../queries/customerSummary';
import { storeTransactionRange } from '../queries/transactionRange';
import { cancelledImport, RowLedger } from './importErrors';
import { completeImportRecord, startImportRecord } from './importRecord';
import { BatchColumns, OPTIONAL_COLUMNS, type FoldedSummary, type FoldOptions, type RowBatch } from './rowBatches';
import { parseInThread, parseInWorker, parseWorkerScript, type RowParser } from './rowParsers';
import { openRowSource, type RowSource } from './rowSource';
import { CustomerKeys } from './customerKeys';

export interface ImportHooks {
  signal?: AbortSignal;
  /**
   * Lets a cancel sent from another thread take effect (aborting `signal`) where this thread is
   * too busy to receive messages: called between batches and before the commit.
   */
  pollCancel?(): void;
  setTotal?(n: number): void;
  advance?(n: number): void;
  setDetail?(detail: string | null): void;
}

export interface SummaryOptions {
  /** The stored summary's calibration end; the last transaction day when absent. */
  calibrationEnd?: string;
  unit: TimeUnit;
}

/**
 * Rows per INSERT statement: binding many rows per call cuts the per-statement cost (256 rather
 * than 64 took the inserts of a million rows from about 1.7 s to 1.5 s, measured).
 */
const BATCH_ROWS = 256;

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
  // The workspace's key of each of the file's customers, by the number the parser gave them
  // (in order of appearance).
  const customerKeys: number[] = [];

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
    // The same for the customers' index on their ids when there are no customers yet (an
    // attributes import may have brought some before any transactions).
    const intoEmpty = count(db, 'transactions') === 0;
    const customersEmpty = count(db, 'customers') === 0;
    const deferredIndexes = [...(intoEmpty ? dropIndexes(db, 'transactions') : []), ...(customersEmpty ? dropIndexes(db, 'customers') : [])];
    const addCustomers = customersEmpty ? newCustomersInOrder(db, customerKeys) : newOrKnownCustomers(db, customerKeys);
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
    // The import's id, the same on every row, is written into the statement (an integer of our
    // own making) rather than bound: a sixth fewer values to bind, on the writer's critical path.
    const columns = 3 + optional.length;
    const insertSql = (n: number) =>
      `INSERT INTO transactions(customer_key, day_number, amount, ${optional.map((c) => `${c}, `).join('')}import_id) VALUES ${Array(n).fill(`(${Array(columns).fill('?').join(',')},${Math.trunc(importId)})`).join(',')}`;
    const insertBatch = db.prepare(insertSql(BATCH_ROWS));
    // One array of a full statement's values, filled in place and bound as it is.
    const values: unknown[] = new Array(BATCH_ROWS * columns);
    let filled = 0;
    const flush = () => {
      if (filled === values.length) insertBatch.run(values);
      else if (filled > 0) db.prepare(insertSql(filled / columns)).run(values.slice(0, filled));
      filled = 0;
    };
    const batchColumns = new BatchColumns();
    const write = (batch: RowBatch) => {
      const { customers, days, amounts } = batch;
      const optionalValues = optional.map((c) => batchColumns.column(batch, c));
      for (let i = 0; i < customers.length; i++) {
        values[filled++] = customerKeys[customers[i]!];
        values[filled++] = days[i];
        values[filled++] = amounts[i];
        for (let c = 0; c < optionalValues.length; c++) values[filled++] = optionalValues[c]![i];
        if (filled === values.length) flush();
      }
      rowsImported += customers.length;
    };

    let lastBytes = 0;
    await parser.read((batch) => {
      hooks.pollCancel?.();
      rowsRead = batch.rowsRead;
      batchColumns.learn(batch);
      for (const r of batch.leftOut) ledger.leftOut(r);
      // Under "stop", a bad row means nothing will be kept: the rest of the file is only checked.
      if (!ledger.halted) {
        customersAdded += addCustomers(batch.newCustomerIds);
        write(batch);
      }
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
    // the indexes.
    const folded = fold ? parser.summarise(summary.calibrationEnd ? isoToDayNumber(summary.calibrationEnd) : undefined, summary.unit) : Promise.resolve(null);
    hooks.setDetail?.('Indexing…');
    for (const sql of deferredIndexes) db.exec(sql);
    const foldedSummary = await folded;
    const mergedSameDay = spec.rules.mergeSameDay ? mergeSameDayPurchases(db, importId) : 0;
    ledger.fold('merged into a same-day purchase of the same customer', mergedSameDay);
    hooks.setDetail?.('Updating the customer summary…');
    if (foldedSummary) {
      writeCustomerSummary(db, foldedSummaries(foldedSummary, customerKeys), dayNumberToIso(foldedSummary.calibrationEnd), summary.unit);
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
    storeTransactionRange(db);
    hooks.pollCancel?.();
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

/** The summaries of a summary folded while reading, each named by its customer's key. */
function* foldedSummaries(s: FoldedSummary, keys: readonly number[]): Generator<CustomerSummary<number>> {
  for (let k = 0; k < s.customers.length; k++) {
    const purchaseDays = s.purchaseDays[k]!;
    yield {
      customerId: keys[s.customers[k]!]!,
      firstPurchaseDay: s.firstDays[k]!,
      lastPurchaseDay: s.lastDays[k]!,
      purchaseDays,
      frequency: purchaseDays - 1,
      recency: s.recency[k]!,
      age: s.age[k]!,
      totalSpend: s.totalSpend[k]!,
      averageSpend: s.averageSpend[k]!,
      repeatAverageSpend: s.repeatAverageSpend[k]!,
    };
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
 * Adds the customers of a batch (first seen there) to a workspace that had none before this
 * import: each gets the next key, in the order they appeared, so the table only grows at its
 * end. Returns how many were added.
 */
function newCustomersInOrder(db: WritableDB, keys: number[]): (ids: readonly string[]) => number {
  const insertSql = (n: number) => `INSERT INTO customers(customer_key, customer_id) VALUES ${Array(n).fill('(?,?)').join(',')}`;
  const insertBatch = db.prepare(insertSql(CUSTOMER_BATCH_ROWS));
  const values: (number | string)[] = [];
  return (ids) => {
    for (let k = 0; k < ids.length; k++) {
      const key = keys.length + 1;
      keys.push(key);
      values.push(key, ids[k]!);
      if (values.length === CUSTOMER_BATCH_ROWS * 2 || k === ids.length - 1) {
        (values.length === CUSTOMER_BATCH_ROWS * 2 ? insertBatch : db.prepare(insertSql(values.length / 2))).run(values);
        values.length = 0;
      }
    }
    return ids.length;
  };
}

/**
 * Finds the key of each customer of a batch in a workspace that already has customers, adding
 * those it does not know. Returns how many were added.
 */
function newOrKnownCustomers(db: WritableDB, keys: number[]): (ids: readonly string[]) => number {
  const customers = new CustomerKeys(db);
  return (ids) => {
    const before = customers.added;
    for (const id of ids) keys.push(customers.keyOf(id));
    return customers.added - before;
  };
}

const count = (db: WritableDB, table: 'transactions' | 'customers') => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Drops a table's indexes and returns the SQL that recreates them as they were. */
function dropIndexes(db: WritableDB, table: 'transactions' | 'customers'): string[] {
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").all(table) as { name: string; sql: string }[];
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
       SELECT min(transaction_id) AS keep_id, customer_key, day_number, count(*) AS n,
              sum(amount) AS amount, sum(margin) AS margin, sum(quantity) AS quantity
         FROM transactions WHERE import_id = ?
        GROUP BY customer_key, day_number HAVING count(*) > 1`,
  ).run(importId);
  const folded = (db.prepare('SELECT coalesce(sum(n - 1), 0) AS folded FROM temp.same_day').get() as { folded: number }).folded;
  if (folded > 0) {
    db.exec(`UPDATE transactions SET amount = s.amount, margin = s.margin, quantity = s.quantity
               FROM temp.same_day s WHERE transactions.transaction_id = s.keep_id`);
    db.prepare(
      `DELETE FROM transactions
        WHERE import_id = ?
          AND (customer_key, day_number) IN (SELECT customer_key, day_number FROM temp.same_day)
          AND transaction_id NOT IN (SELECT keep_id FROM temp.same_day)`,
    ).run(importId);
  }
  db.exec('DROP TABLE temp.same_day');
  return folded;
}
