import { isoToDayNumber } from '../../../shared/calendar/isoDate';
import { DAYS_PER_UNIT, type TimeUnit } from '../../../shared/domain/timeUnits';
import type { ReadableDB } from '../db/types';
import { workspaceInputHashes } from '../simulation/runInputs';
import { foldPurchases } from './customerSummary';
import { SharedWork } from './sharedWork';
import { drain, readInSnapshot, type SlicedRead } from './slicedRead';
import { readMeta } from './workspaceSummary';

/**
 * What the customer-value models are fitted on: per customer, repeat purchase days x, recency
 * t_x and age T (in the unit), and mean repeat spend, as typed arrays in customer key order; and,
 * when a holdout end is given, the purchase days each made after the calibration end.
 *
 * What readModelData and loadModelData return is kept and handed to the next caller who asks for
 * the same (see the cache below): it is read-only. The object and its id list are frozen; the
 * typed arrays cannot be, so never write into them (copy first: `Float64Array.from(data.x)`).
 * A cached copy found changed is dropped and read again, and the change is reported.
 */
export interface ModelData {
  calibrationEnd: string;
  unit: TimeUnit;
  customerIds: string[];
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  meanRepeatSpend: Float64Array;
  /** Spend up to the calibration end, in the workspace currency. */
  totalSpend: Float64Array;
  holdout: { end: string; lengthUnits: number; purchases: Float64Array } | null;
}

/**
 * Reads the model data, from the cache when the workspace's customers and transactions are as
 * they were when it was last read. Runs on the calling thread in one go; `loadModelData` is the
 * same read in slices that let other requests in.
 */
export function readModelData(db: ReadableDB, calibrationEnd: string, unit: TimeUnit, holdoutEnd?: string): ModelData {
  checkHoldout(calibrationEnd, holdoutEnd);
  return cachedModelData(db, baseKey(db, calibrationEnd, unit), holdoutEnd) ?? drain(readModelDataFrom(db, db, calibrationEnd, unit, holdoutEnd));
}

/**
 * The same as readModelData, read a slice at a time (some tens of milliseconds each) with the
 * event loop let in between, from one snapshot of the workspace (its own read-only connection in
 * a read transaction, so an import committed meanwhile cannot mix into it). Callers asking for
 * the same while a read is under way share it. A cancel through `signal` stops it between slices.
 */
export async function loadModelData(
  db: ReadableDB,
  calibrationEnd: string,
  unit: TimeUnit,
  options: { holdoutEnd?: string | undefined; signal?: AbortSignal | undefined } = {},
): Promise<ModelData> {
  const { holdoutEnd, signal } = options;
  checkHoldout(calibrationEnd, holdoutEnd);
  const key = baseKey(db, calibrationEnd, unit);
  const cached = cachedModelData(db, key, holdoutEnd);
  if (cached) return cached;
  return cacheOf(db).inFlight.run(JSON.stringify([key, holdoutEnd ?? null]), (stop) => readInSnapshot(db, stop, (snapshot) => readModelDataFrom(db, snapshot, calibrationEnd, unit, holdoutEnd)), signal);
}

/**
 * The model data read one way, bypassing the cache: from the stored summary (which must be at
 * this calibration end and unit) or by folding the transactions. For tests and diagnostics.
 */
export function readModelDataBy(db: ReadableDB, from: 'summary' | 'transactions', calibrationEnd: string, unit: TimeUnit): ModelData {
  if (from === 'summary' && !storedSummaryFits(db, calibrationEnd, unit)) throw new RangeError(`The stored summary is not at ${calibrationEnd} in ${unit}s.`);
  return drain(from === 'summary' ? readStoredSummary(db, calibrationEnd, unit) : foldTransactions(db, calibrationEnd, unit)).data;
}

/** The customer keys of the customers of model data read here, in the same order; undefined for data made elsewhere. */
export function modelDataKeys(data: Pick<ModelData, 'x'>): Float64Array | undefined {
  return keysOfColumns.get(data.x);
}

function checkHoldout(calibrationEnd: string, holdoutEnd: string | undefined): void {
  if (holdoutEnd && isoToDayNumber(holdoutEnd) <= isoToDayNumber(calibrationEnd)) {
    throw new RangeError(`The holdout end ${holdoutEnd} is not after the calibration end ${calibrationEnd}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading, a slice at a time (see slicedRead.ts).

/** How much one slice reads (tests make them small, to run through many). */
export const MODEL_DATA_SLICES = {
  /** Rows of the stored summary per statement: about 30 ms of reading. */
  summaryRows: 16_384,
  /** Customers whose purchases are folded per statement (at a dozen purchases each, about 50 ms). */
  foldCustomers: 4_096,
  /** Customers whose holdout purchases are counted per statement. */
  holdoutCustomers: 16_384,
};

interface Base {
  data: ModelData;
  /** Customer keys, ascending, aligned with the data. */
  keys: Float64Array;
}

/** Columns that grow as customers are read, trimmed at the end. */
class Columns {
  n = 0;
  keys: Float64Array;
  ids: string[] = [];
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  spend: Float64Array;
  total: Float64Array;

  constructor(capacity: number) {
    const size = Math.max(1, capacity);
    this.keys = new Float64Array(size);
    this.x = new Float64Array(size);
    this.tx = new Float64Array(size);
    this.T = new Float64Array(size);
    this.spend = new Float64Array(size);
    this.total = new Float64Array(size);
  }

  push(key: number, id: string, x: number, tx: number, T: number, spend: number, total: number): void {
    if (this.n === this.keys.length) this.grow();
    const i = this.n++;
    this.keys[i] = key;
    this.ids.push(id);
    this.x[i] = x;
    this.tx[i] = tx;
    this.T[i] = T;
    this.spend[i] = spend;
    this.total[i] = total;
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const grown = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.keys = grown(this.keys);
    this.x = grown(this.x);
    this.tx = grown(this.tx);
    this.T = grown(this.T);
    this.spend = grown(this.spend);
    this.total = grown(this.total);
  }

  finish(calibrationEnd: string, unit: TimeUnit): Base {
    const n = this.n;
    const trim = (a: Float64Array) => (a.length === n ? a : a.slice(0, n));
    const data: ModelData = {
      calibrationEnd,
      unit,
      customerIds: this.ids,
      x: trim(this.x),
      tx: trim(this.tx),
      T: trim(this.T),
      meanRepeatSpend: trim(this.spend),
      totalSpend: trim(this.total),
      holdout: null,
    };
    return { data, keys: trim(this.keys) };
  }
}

/**
 * Whether the stored summary (customer_summary, written with the transactions by every import,
 * the sample and the Data page's recompute) is the one asked for: the same calibration end and
 * unit. It is then read as it is, instead of folding the transactions again: the same numbers
 * (the import folds them in the table's order, see PurchaseLog), a row per customer instead of
 * one per purchase.
 */
function storedSummaryFits(db: ReadableDB, calibrationEnd: string, unit: TimeUnit): boolean {
  return readMeta(db, 'summary.calibrationEnd') === calibrationEnd && readMeta(db, 'summary.unit') === unit;
}

function* readBase(db: ReadableDB, calibrationEnd: string, unit: TimeUnit): SlicedRead<Base> {
  return storedSummaryFits(db, calibrationEnd, unit) ? yield* readStoredSummary(db, calibrationEnd, unit) : yield* foldTransactions(db, calibrationEnd, unit);
}

function* readStoredSummary(db: ReadableDB, calibrationEnd: string, unit: TimeUnit): SlicedRead<Base> {
  const { n } = db.prepare('SELECT count(*) AS n FROM customer_summary').get() as { n: number };
  const columns = new Columns(n);
  const slice = db
    .prepare(
      `SELECT s.customer_key, c.customer_id, s.frequency, s.recency, s.age, s.repeat_average_spend, s.total_spend
         FROM customer_summary s JOIN customers c USING (customer_key)
        WHERE s.customer_key > ? ORDER BY s.customer_key LIMIT ?`,
    )
    .raw();
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = slice.all(after, MODEL_DATA_SLICES.summaryRows) as [number, string, number, number, number, number, number][];
    for (const r of rows) columns.push(r[0], r[1], r[2], r[3], r[4], r[5], r[6]);
    if (rows.length < MODEL_DATA_SLICES.summaryRows) break;
    after = rows[rows.length - 1]![0];
    yield;
  }
  return columns.finish(calibrationEnd, unit);
}

/**
 * Folds the purchases up to the calibration end, customer by customer, a slice of customers
 * (by key) at a time. Each slice reads its customers' purchases from the (customer, day, amount)
 * index in index order, as one statement over all of them would, so the sums are added up in the
 * same order; the customers' ids are read by key afterwards, not looked up per purchase.
 */
function* foldTransactions(db: ReadableDB, calibrationEnd: string, unit: TimeUnit): SlicedRead<Base> {
  const endDay = isoToDayNumber(calibrationEnd);
  const columns = new Columns(1024);
  const nextBound = db.prepare('SELECT customer_key FROM customers WHERE customer_key > ? ORDER BY customer_key LIMIT 1 OFFSET ?').pluck();
  const lastKey = db.prepare('SELECT max(customer_key) FROM customers').pluck();
  const purchases = db
    .prepare('SELECT customer_key, day_number, amount FROM transactions WHERE customer_key > ? AND customer_key <= ? AND day_number <= ? ORDER BY customer_key, day_number')
    .raw();
  const ids = db.prepare('SELECT customer_key, customer_id FROM customers WHERE customer_key > ? AND customer_key <= ? ORDER BY customer_key').raw();
  const last = lastKey.get() as number | null;
  if (last === null) return columns.finish(calibrationEnd, unit);
  for (let after = Number.MIN_SAFE_INTEGER; after < last; ) {
    const upTo = (nextBound.get(after, MODEL_DATA_SLICES.foldCustomers - 1) as number | undefined) ?? last;
    const summaries = [...foldPurchases(purchases.iterate(after, upTo, endDay) as IterableIterator<[number, number, number]>, endDay, unit)];
    if (summaries.length > 0) {
      const named = ids.all(after, upTo) as [number, string][];
      let j = 0;
      for (const s of summaries) {
        while (named[j]![0] !== s.customerId) j++;
        columns.push(s.customerId, named[j]![1], s.frequency, s.recency, s.age, s.repeatAverageSpend, s.totalSpend);
      }
    }
    after = upTo;
    if (after < last) yield;
  }
  return columns.finish(calibrationEnd, unit);
}

interface Holdout {
  end: string;
  lengthUnits: number;
  purchases: Float64Array;
}

/**
 * Purchase days after the calibration end up to the holdout end, per customer of the base, a
 * slice of the base's customers at a time. Customers first seen in the holdout are not in the
 * calibration base: left out, as they would be from any model fitted up to the calibration end.
 */
function* readHoldout(db: ReadableDB, base: Base, holdoutEnd: string): SlicedRead<Holdout> {
  const { calibrationEnd, unit } = base.data;
  const from = isoToDayNumber(calibrationEnd);
  const to = isoToDayNumber(holdoutEnd);
  const keys = base.keys;
  const purchases = new Float64Array(keys.length);
  const counts = db
    .prepare(
      `SELECT customer_key, count(DISTINCT day_number) FROM transactions
        WHERE customer_key >= ? AND customer_key <= ? AND day_number > ? AND day_number <= ?
        GROUP BY customer_key ORDER BY customer_key`,
    )
    .raw();
  for (let first = 0; first < keys.length; first += MODEL_DATA_SLICES.holdoutCustomers) {
    const last = Math.min(keys.length, first + MODEL_DATA_SLICES.holdoutCustomers) - 1;
    let i = first;
    for (const [key, n] of counts.all(keys[first]!, keys[last]!, from, to) as [number, number][]) {
      while (i <= last && keys[i]! < key) i++;
      if (i <= last && keys[i] === key) purchases[i] = n;
    }
    if (last + 1 < keys.length) yield;
  }
  return { end: holdoutEnd, lengthUnits: (to - from) / DAYS_PER_UNIT[unit], purchases };
}

function withHoldout(data: ModelData, holdout: Holdout): ModelData {
  return Object.freeze({ ...data, holdout });
}

/**
 * Reads through `source` (the workspace's connection, or a snapshot of it) what is not already
 * kept for `db`, and keeps it under what the source holds.
 */
function* readModelDataFrom(db: ReadableDB, source: ReadableDB, calibrationEnd: string, unit: TimeUnit, holdoutEnd: string | undefined): SlicedRead<ModelData> {
  const key = baseKey(source, calibrationEnd, unit);
  const base = cachedBase(db, key) ?? keepBase(db, key, yield* readBase(source, calibrationEnd, unit));
  if (!holdoutEnd) return base.data;
  return withHoldout(base.data, cachedHoldout(db, key, holdoutEnd) ?? keepHoldout(db, key, holdoutEnd, yield* readHoldout(source, base, holdoutEnd)));
}

function cachedModelData(db: ReadableDB, key: string, holdoutEnd: string | undefined): ModelData | null {
  const base = cachedBase(db, key);
  if (!base) return null;
  if (!holdoutEnd) return base.data;
  const holdout = cachedHoldout(db, key, holdoutEnd);
  return holdout ? withHoldout(base.data, holdout) : null;
}

// ---------------------------------------------------------------------------------------------
// The cache: per open connection (so per open workspace; a closed one's entries go with it), the
// last few reads, each under what it read — the workspace's customers and transactions as their
// input hashes name them (they change with every import: see runInputs.ts) and the calibration
// end and unit. Memory: some 56 bytes and an id per customer and read.

const KEEP_BASES = 2;
const KEEP_HOLDOUTS = 2;

interface CachedBase extends Base {
  key: string;
  fingerprint: number;
}

interface CachedHoldout {
  baseKey: string;
  end: string;
  holdout: Holdout;
  fingerprint: number;
}

interface ConnectionCache {
  bases: CachedBase[];
  holdouts: CachedHoldout[];
  inFlight: SharedWork;
}

const caches = new WeakMap<object, ConnectionCache>();
const keysOfColumns = new WeakMap<Float64Array, Float64Array>();

function cacheOf(db: ReadableDB): ConnectionCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { bases: [], holdouts: [], inFlight: new SharedWork() };
    caches.set(db, cache);
  }
  return cache;
}

/** What a base read depends on: a few indexed look-ups, never a scan. */
function baseKey(db: ReadableDB, calibrationEnd: string, unit: TimeUnit): string {
  const hashes = workspaceInputHashes(db);
  return JSON.stringify([hashes.customers, hashes.transactions, calibrationEnd, unit]);
}

function cachedBase(db: ReadableDB, key: string): Base | null {
  const cache = cacheOf(db);
  const i = cache.bases.findIndex((b) => b.key === key);
  if (i < 0) return null;
  const hit = cache.bases[i]!;
  if (fingerprintOf([hit.data.x, hit.data.tx, hit.data.T, hit.data.meanRepeatSpend, hit.data.totalSpend, hit.keys]) !== hit.fingerprint) {
    console.error(`[modelData] cached model data (${hit.data.calibrationEnd}, ${hit.data.unit}) were changed by a caller; dropped and read again.`);
    cache.bases.splice(i, 1);
    return null;
  }
  cache.bases.splice(i, 1);
  cache.bases.unshift(hit);
  return hit;
}

function keepBase(db: ReadableDB, key: string, base: Base): Base {
  Object.freeze(base.data.customerIds);
  Object.freeze(base.data);
  keysOfColumns.set(base.data.x, base.keys);
  const cache = cacheOf(db);
  const kept: CachedBase = { ...base, key, fingerprint: fingerprintOf([base.data.x, base.data.tx, base.data.T, base.data.meanRepeatSpend, base.data.totalSpend, base.keys]) };
  cache.bases = [kept, ...cache.bases.filter((b) => b.key !== key)].slice(0, KEEP_BASES);
  return kept;
}

function cachedHoldout(db: ReadableDB, key: string, end: string): Holdout | null {
  const cache = cacheOf(db);
  const i = cache.holdouts.findIndex((h) => h.baseKey === key && h.end === end);
  if (i < 0) return null;
  const hit = cache.holdouts[i]!;
  cache.holdouts.splice(i, 1);
  if (fingerprintOf([hit.holdout.purchases]) !== hit.fingerprint) {
    console.error(`[modelData] cached holdout purchases (${end}) were changed by a caller; dropped and read again.`);
    return null;
  }
  cache.holdouts.unshift(hit);
  return hit.holdout;
}

function keepHoldout(db: ReadableDB, key: string, end: string, holdout: Holdout): Holdout {
  Object.freeze(holdout);
  const cache = cacheOf(db);
  cache.holdouts = [{ baseKey: key, end, holdout, fingerprint: fingerprintOf([holdout.purchases]) }, ...cache.holdouts.filter((h) => !(h.baseKey === key && h.end === end))].slice(0, KEEP_HOLDOUTS);
  return holdout;
}

/** A 32-bit FNV-style digest of the arrays' bytes: a few milliseconds for a million customers, to tell a cached array written into. */
function fingerprintOf(arrays: readonly Float64Array[]): number {
  let h = 0x811c9dc5;
  for (const a of arrays) {
    const words = new Int32Array(a.buffer, a.byteOffset, a.length * 2);
    for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i]!, 0x01000193);
    h = Math.imul(h ^ a.length, 0x01000193);
  }
  return h >>> 0;
}

/** Forgets what is kept for a connection (tests; a connection closed drops its own). */
export function forgetModelData(db: ReadableDB): void {
  caches.delete(db);
}
