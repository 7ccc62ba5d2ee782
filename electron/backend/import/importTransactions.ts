import { BackendError } from '../../../shared/contract/errors';
import type { TransactionImport } from '../../../shared/contract/importSchemas';
import { dayNumberToIso, isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { ImportReport } from '../../../shared/domain/imports';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { transactionRowReader, type TransactionRow } from '../../../shared/import/transactionRow';
import { PurchaseLog, textOrder } from '../../../shared/summary/purchaseLog';
import type { WritableDB } from '../db/types';
import { lastTransactionDate, storeCustomerSummary, toRow, writeCustomerSummary, type CustomerSummaryRow } from '../queries/customerSummary';
import { cancelledImport, RowLedger } from './importErrors';
import { completeImportRecord, startImportRecord } from './importRecord';
import { openRowSource } from './rowSource';

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
const COLUMNS = 9;

/**
 * Imports a transactions file into the workspace in one database transaction: either every row
 * that passes lands, with the customer summary brought up to date, or — on bad rows under "stop",
 * a cancel, or any failure — nothing does. The file is streamed, so memory does not grow with its
 * size (only with the number of distinct customers).
 */
export async function importTransactions(db: WritableDB, spec: TransactionImport, summary: SummaryOptions, hooks: ImportHooks = {}): Promise<ImportReport> {
  const started = Date.now();
  const source = openRowSource(spec.path, spec.read);
  const readRow = transactionRowReader(spec.mapping, spec.read, spec.rules);
  hooks.setTotal?.(source.fileBytes);

  const ledger = new RowLedger(spec.onBadRows === 'stop');
  let rowsRead = 0;
  let rowsImported = 0;
  let customersAdded = 0;
  // Customers seen in this file, numbered in order of appearance (the purchase log's keys).
  const customerNumbers = new Map<string, number>();
  const customerIds: string[] = [];
  let lastDay = -Infinity;
  const isoCache = new Map<number, string>();
  const iso = (day: number) => {
    let s = isoCache.get(day);
    if (s === undefined) isoCache.set(day, (s = dayNumberToIso(day)));
    return s;
  };

  // Bulk-load settings, undone in `finally`: foreign keys are checked by construction (every
  // customer of the file is written before the commit), and a larger page cache keeps the
  // B-trees in memory. PRAGMA foreign_keys cannot change inside a transaction, hence here.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
  db.exec('BEGIN IMMEDIATE');
  try {
    // Into an empty workspace, the indexes are built once after the load (a sorted build)
    // rather than kept up to date row by row: measured about twice as fast for a million rows.
    const intoEmpty = count(db, 'transactions') === 0;
    const deferredIndexes = intoEmpty ? dropTransactionIndexes(db) : [];
    // Into an empty workspace the customer summary is folded from the purchases as they stream
    // past, instead of scanning the table again afterwards (a third of the import's time). Not
    // when same-day purchases are merged: the merged amounts are SQLite's sums, which the summary
    // must read back as stored.
    const log = intoEmpty && !spec.rules.mergeSameDay ? new PurchaseLog(MAX_LOGGED_PURCHASES) : null;
    const logUntil = summary.calibrationEnd ? isoToDayNumber(summary.calibrationEnd) : Infinity;
    const importId = startImportRecord(db, 'transactions', source, spec);
    const insertSql = (n: number) =>
      `INSERT INTO transactions(customer_id, date, amount, margin, quantity, channel, store, category, import_id) VALUES ${Array(n).fill('(?,?,?,?,?,?,?,?,?)').join(',')}`;
    const insertBatch = db.prepare(insertSql(BATCH_ROWS));
    const batch: unknown[] = [];
    const flush = () => {
      const n = batch.length / COLUMNS;
      if (n === BATCH_ROWS) insertBatch.run(batch);
      else if (n > 0) db.prepare(insertSql(n)).run(batch);
      batch.length = 0;
    };
    const add = (row: TransactionRow) => {
      let customer = customerNumbers.get(row.customerId);
      if (customer === undefined) {
        customer = customerIds.push(row.customerId) - 1;
        customerNumbers.set(row.customerId, customer);
      }
      if (row.day > lastDay) lastDay = row.day;
      if (log !== null && row.day <= logUntil) log.add(customer, row.day, row.amount);
      batch.push(row.customerId, iso(row.day), row.amount, row.margin, row.quantity, row.channel, row.store, row.category, importId);
      if (batch.length === BATCH_ROWS * COLUMNS) flush();
      rowsImported++;
    };

    let lastBytes = 0;
    await source.read(
      (fields, line) => {
        rowsRead++;
        const outcome = readRow(fields);
        if (outcome.kind === 'row') {
          if (!ledger.halted) add(outcome.row);
        } else if (outcome.kind === 'dropped') {
          ledger.drop(outcome.reason, line);
        } else {
          ledger.bad(line, outcome.reason);
        }
      },
      {
        ...(hooks.signal ? { signal: hooks.signal } : {}),
        onProgress: (bytes) => {
          hooks.advance?.(bytes - lastBytes);
          lastBytes = bytes;
          const seconds = (Date.now() - started) / 1000;
          hooks.setDetail?.(`${rowsRead.toLocaleString('en')} rows · ${Math.round(rowsRead / Math.max(seconds, 0.001)).toLocaleString('en')} rows/s`);
        },
      },
    );
    if (hooks.signal?.aborted) throw cancelledImport();
    flush();
    ledger.throwIfHalted(source.fileName);
    if (rowsImported === 0) {
      throw new BackendError('bad-input', `${source.fileName} has no rows to import (${rowsRead} read).`, 'Check the column mapping, the date window and the rules.');
    }

    const idOrder = textOrder(customerIds);
    customersAdded = insertCustomers(db, customerIds, idOrder);
    hooks.setDetail?.('Indexing…');
    for (const sql of deferredIndexes) db.exec(sql);
    const mergedSameDay = spec.rules.mergeSameDay ? mergeSameDayPurchases(db, importId) : 0;
    ledger.fold('merged into a same-day purchase of the same customer', mergedSameDay);
    hooks.setDetail?.('Updating the customer summary…');
    if (log?.complete) {
      // The workspace held no transactions, so the last one is this file's.
      const calibrationEnd = summary.calibrationEnd ?? iso(lastDay);
      const rows: CustomerSummaryRow[] = [];
      log.summarise(customerIds, idOrder, isoToDayNumber(calibrationEnd), summary.unit, (s) => rows.push(toRow(s)));
      writeCustomerSummary(db, rows, calibrationEnd, summary.unit);
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
function insertCustomers(db: WritableDB, ids: readonly string[], idOrder: readonly number[]): number {
  const insertSql = (n: number) => `INSERT OR IGNORE INTO customers(customer_id) VALUES ${Array(n).fill('(?)').join(',')}`;
  const insertBatch = db.prepare(insertSql(CUSTOMER_BATCH_ROWS));
  let added = 0;
  for (let start = 0; start < idOrder.length; start += CUSTOMER_BATCH_ROWS) {
    const batch = idOrder.slice(start, start + CUSTOMER_BATCH_ROWS).map((c) => ids[c]!);
    added += (batch.length === CUSTOMER_BATCH_ROWS ? insertBatch : db.prepare(insertSql(batch.length))).run(batch).changes;
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
