import { setMaxListeners } from 'node:events';
import { transfer } from 'comlink';
import { dayNumberToIso } from '../../../shared/calendar/isoDate';
import { BackendError } from '../../../shared/contract/errors';
import type { SegmentRequest } from '../../../shared/contract/segmentSchemas';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import { DAYS_PER_UNIT } from '../../../shared/domain/timeUnits';
import { mergeSegments } from '../../../shared/segments/profile';
import type { RunInputHashes } from '../../../shared/domain/scenarios';
import { workspaceAnalysisInputs } from '../analysis/analysisInputs';
import { keepSegmentation } from '../analysis/analysisStore';
import { openSqlite } from '../db/sqlite';
import type { ReadableDB, WritableDB } from '../db/types';
import { readInSnapshot } from '../queries/slicedRead';
import { DEFAULT_MARGIN, workspaceMargin } from '../queries/workspaceMargin';
import { readTransactionRange } from '../queries/transactionRange';
import { loadModelData, modelDataKeys, type ModelData } from '../queries/modelData';
import type { Progress } from '../simulation/poolHooks';
import type { ValueSettings } from '../models/valueCustomers';
import { currentBasis } from '../value/keptValuation';
import { readStoredColumns, readStoredValuation, type StoredValuation } from '../value/valuationStore';
import { cancelledError, type WorkerPool } from '../workers/workerPool';
import { plannedSegmentSteps, type SegmentInput, type SegmentValues } from './segmentCustomers';

interface Connections {
  reader: ReadableDB;
  writer: WritableDB;
}

/** Customers valued per task of the worker pool: under a second's work each at a 36-month horizon (tests make it small). */
export const VALUE_CHUNK = { customers: 32_768 };
/** Customers' segments written per slice of the store: some tens of milliseconds (tests make it small). */
export const STORE_SLICE = { rows: 65_536 };
/** Rows per INSERT statement: one statement per row costs more than the row itself. */
const INSERT_BATCH_ROWS = 256;
/** How often the worker's progress is read while it segments. */
const PROGRESS_POLL_MS = 100;

type Phase = 'read' | 'value' | 'segment' | 'store';

/**
 * The job's steps over the phases of a run, as the job reports them: reading the customers,
 * valuing them (the models, then each chunk), segmenting them (the worker's own steps: features,
 * clustering starts and iterations, resamples, quality, a fit per segment, profiles) and storing
 * them (each slice of rows, then the record). Each phase's plan is replaced as it is learnt.
 */
class RunSteps {
  private readonly planned: Record<Phase, number> = { read: 1, value: 0, segment: 0, store: 0 };
  private total = 0;

  constructor(private readonly progress: Progress) {
    this.retotal();
  }

  /** Replaces the plan of some phases at once (one new total). */
  plan(phases: Partial<Record<Phase, number>>): void {
    Object.assign(this.planned, phases);
    this.retotal();
  }

  advance(steps = 1): void {
    if (steps > 0) this.progress.advance?.(steps);
  }

  private retotal(): void {
    const total = this.planned.read + this.planned.value + this.planned.segment + this.planned.store;
    if (total !== this.total) {
      this.total = total;
      this.progress.setTotal?.(total);
    }
  }
}

/**
 * Values and segments the customers up to the calibration end (default: the last purchase) in
 * the worker pool, and keeps the segmentation in the workspace as the current one. With `given`
 * labels (after a merge) the segments are kept and only the figures are recomputed.
 *
 * Nothing heavy runs on this thread: the customers are read a slice at a time (loadModelData),
 * valued chunk by chunk in the pool, segmented in a worker (which tells its steps through a
 * shared counter), and stored a slice at a time. Progress moves through all of it, and a cancel
 * stops it within a slice or by stopping the worker; nothing is kept then.
 */
export async function runSegmentation(
  db: Connections,
  pool: WorkerPool,
  request: SegmentRequest,
  progress: Progress = {},
  given?: { labels: Int32Array; names: string[] },
): Promise<SegmentationResult> {
  const { signal } = progress;
  const steps = new RunSteps(progress);
  // What the segmentation reads, as it reads it (recorded with it, for the page to tell when it no longer stands).
  const inputHashes = workspaceAnalysisInputs(db.reader, 'segmentation');
  const calibrationEnd = request.calibrationEnd ?? lastPurchaseDate(db.reader);
  if (!calibrationEnd) throw new BackendError('bad-input', 'The workspace has no transactions to segment.', 'Import transactions first.');
  const data = await loadModelData(db.reader, calibrationEnd, request.unit, { signal });
  const n = data.customerIds.length;
  if (n < 20) {
    throw new BackendError('bad-input', `Only ${n} customers bought by ${calibrationEnd}: too few to segment.`, 'Import more data or choose a later calibration end.');
  }
  if (given && given.labels.length !== n) throw new Error(`There are ${given.labels.length} segment labels for ${n} customers.`);
  steps.advance();
  // The event loop is let in between the pieces of work done here, each some tens of milliseconds.
  await yieldToEventLoop();
  const workspace = workspaceMargin(db.reader);
  const margin = request.value.margin ?? workspace ?? DEFAULT_MARGIN;
  const settings: ValueSettings = { horizonMonths: request.value.horizonMonths, discountRatePerYear: request.value.discountRatePerYear, margin };
  await yieldToEventLoop();
  const kept = keptValuationFor(db.reader, data, request, settings);
  await yieldToEventLoop();
  steps.plan({ value: kept ? 1 : 1 + Math.ceil(n / VALUE_CHUNK.customers), segment: plannedSegmentSteps(n, request, given).total, store: storeSteps(n) });

  const perUnit = DAYS_PER_UNIT[request.unit];
  // A plain loop: Float64Array.from with a mapping function took a tenth of a second for a million.
  const daysSinceLastPurchase = new Float64Array(n);
  for (let i = 0; i < n; i++) daysSinceLastPurchase[i] = Math.round((data.T[i]! - data.tx[i]!) * perUnit);
  await yieldToEventLoop();
  let values = kept ? await readKeptValues(db.reader, kept, data, signal) : null;
  if (values) {
    steps.advance();
  } else {
    // Not the same customers after all: valued here.
    if (kept) steps.plan({ value: 1 + Math.ceil(n / VALUE_CHUNK.customers) });
    values = await valueInPool(pool, data, settings, steps, signal);
  }
  const fixedRequest = { ...request, calibrationEnd };
  const input = {
    calibrationEnd,
    x: data.x,
    tx: data.tx,
    T: data.T,
    meanRepeatSpend: data.meanRepeatSpend,
    totalSpend: data.totalSpend,
    daysSinceLastPurchase,
    values,
  };
  // The columns made here go to the worker without a copy; the model data's are kept for other callers, so they are copied.
  const owned = [daysSinceLastPurchase.buffer, values.clv.buffer, values.probabilityAlive.buffer, values.expectedSpend.buffer] as ArrayBuffer[];
  const { result, labels } = await segmentInWorker(pool, transfer(input, owned), fixedRequest, given, steps, signal);
  if (workspace === null && request.value.margin === undefined) {
    result.warnings.push(`The transactions record no margin, so lifetime values use a ${DEFAULT_MARGIN * 100}% gross margin; set the margin to change it.`);
  }
  const keys = modelDataKeys(data);
  // Model data read through loadModelData always has its keys; anything else is a fault here.
  if (!keys || keys.length !== n) throw new Error('The customers read for the segmentation came without their keys.');
  result.segmentationId = await storeSegmentation(db.writer, fixedRequest, result, keys, labels, inputHashes, steps, signal);
  return result;
}

/**
 * The valuation the workspace keeps for its value cards and lifecycle panel (value/keptValuation.ts),
 * when it is of these customers under these settings: the workspace as it is now, the summary's
 * calibration end and unit, the default horizon and discount rate, the workspace's own margin.
 * Null when there is none that fits: the customers are then valued here. A few small reads.
 */
function keptValuationFor(db: ReadableDB, data: ModelData, request: SegmentRequest, settings: ValueSettings): StoredValuation | null {
  const stored = readStoredValuation(db);
  if (!stored || request.value.margin !== undefined) return null;
  const { basis } = stored;
  const fits =
    stored.basisHash === currentBasis(db).basisHash &&
    basis.calibrationEnd === data.calibrationEnd &&
    basis.unit === data.unit &&
    basis.horizonMonths === settings.horizonMonths &&
    basis.discountRatePerYear === settings.discountRatePerYear &&
    stored.margin === settings.margin &&
    stored.customers === data.x.length;
  return fits ? stored : null;
}

/**
 * The kept valuation's values, read back as they were stored (the same numbers as valuing again),
 * a slice at a time from a snapshot; null unless they are of the same customers in the same order.
 */
async function readKeptValues(db: ReadableDB, stored: StoredValuation, data: ModelData, signal: AbortSignal | undefined): Promise<SegmentValues | null> {
  const kept = await readInSnapshot(db, signal, (snapshot) => readStoredColumns(snapshot, stored));
  const keys = modelDataKeys(data);
  if (!keys || keys.length !== kept.keys.length) return null;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== kept.keys[i]) return null;
  return { clv: kept.values.clv, probabilityAlive: kept.values.probabilityAlive, expectedSpend: kept.values.expectedSpend, models: kept.models, margin: kept.margin };
}

/**
 * The customers' values as the value card values them (value/cardValuation.ts, number for
 * number models/valueCustomers.ts): the models fitted once in a worker, then the customers a
 * chunk at a time across the pool's workers (the same numbers on any number of them).
 */
async function valueInPool(pool: WorkerPool, data: ModelData, settings: ValueSettings, steps: RunSteps, signal: AbortSignal | undefined): Promise<SegmentValues> {
  const n = data.x.length;
  const models = await pool.run('valueCardModels', [data.unit, { x: data.x, tx: data.tx, T: data.T, meanRepeatSpend: data.meanRepeatSpend }], signal);
  steps.advance();
  const values: SegmentValues = { clv: new Float64Array(n), probabilityAlive: new Float64Array(n), expectedSpend: new Float64Array(n), models, margin: settings.margin };
  // Every chunk is queued at once, each listening for the cancel: dozens at once is by design.
  if (signal) setMaxListeners(0, signal);
  const chunks: Promise<void>[] = [];
  const size = VALUE_CHUNK.customers;
  for (let from = 0; from < n; from += size) {
    const to = Math.min(n, from + size);
    const slice = { x: data.x.slice(from, to), tx: data.tx.slice(from, to), T: data.T.slice(from, to), meanRepeatSpend: data.meanRepeatSpend.slice(from, to) };
    chunks.push(
      pool.run('valueCardChunk', [models, slice, settings], signal).then((chunk) => {
        values.clv.set(chunk.clv, from);
        values.probabilityAlive.set(chunk.probabilityAlive, from);
        values.expectedSpend.set(chunk.expectedSpend, from);
        steps.advance();
      }),
    );
  }
  await Promise.all(chunks);
  return values;
}

/**
 * The segmentation in a worker. The worker writes its steps done and planned into a shared
 * counter as it goes (no message needed while it computes), read here a few times a second.
 */
async function segmentInWorker(
  pool: WorkerPool,
  input: SegmentInput,
  request: SegmentRequest,
  given: { labels: Int32Array; names: string[] } | undefined,
  steps: RunSteps,
  signal: AbortSignal | undefined,
): Promise<{ result: SegmentationResult; labels: Int32Array }> {
  const counter = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  let seen = 0;
  const read = () => {
    const planned = Atomics.load(counter, 1);
    const done = Atomics.load(counter, 0);
    if (planned > 0) steps.plan({ segment: planned });
    if (done > seen) {
      steps.advance(done - seen);
      seen = done;
    }
  };
  const timer = setInterval(read, PROGRESS_POLL_MS);
  try {
    const out = await pool.run('segment', [input, request, given, counter], signal);
    read();
    return out;
  } finally {
    clearInterval(timer);
  }
}

/** The last transaction's date, from the range the imports keep (no scan of the transactions; see transactionRange.ts). */
function lastPurchaseDate(db: ReadableDB): string | null {
  const { last } = readTransactionRange(db);
  return last === null ? null : dayNumberToIso(last);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function storeSteps(n: number): number {
  return Math.ceil(n / STORE_SLICE.rows) + 1;
}

/**
 * Stores a segmentation with its customers' segments, and records it as the last of its method
 * with what it read, in one transaction: the Segments page never shows one without the other.
 *
 * The customers' segments go in by customer key (the model data's own keys: no look-up by id),
 * in multi-row INSERTs, a slice at a time with the event loop let in between. The transaction
 * stays open across the slices on a connection of its own, so that this thread's other work
 * meanwhile (reads on the app's connections) never joins it; readers see the segmentation only
 * once it commits. A cancel between slices rolls it all back.
 */
async function storeSegmentation(
  writer: WritableDB,
  request: SegmentRequest,
  result: SegmentationResult,
  keys: Float64Array,
  labels: Int32Array,
  inputHashes: Partial<RunInputHashes>,
  steps: RunSteps,
  signal: AbortSignal | undefined,
): Promise<number> {
  if (signal?.aborted) throw cancelledError();
  const own = !(writer.memory || writer.name === '');
  // A workspace in memory (tests) has no file for a second connection: its own, the same way.
  const db = own ? (openSqlite(writer.name, { fileMustExist: true }) as WritableDB) : writer;
  try {
    if (own) {
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
    }
    db.exec('BEGIN IMMEDIATE');
    try {
      const id = Number(
        db
          .prepare('INSERT INTO segmentations(method, created_at, request_json, result_json) VALUES (?, ?, ?, ?)')
          .run(request.method, new Date().toISOString(), JSON.stringify(request), '{}').lastInsertRowid,
      );
      const insertSql = (rows: number) => `INSERT INTO customer_segments(segmentation_id, customer_key, segment) VALUES ${Array(rows).fill(`(${Math.trunc(id)},?,?)`).join(',')}`;
      const full = db.prepare(insertSql(INSERT_BATCH_ROWS));
      const batch: number[] = new Array<number>(2 * INSERT_BATCH_ROWS);
      const n = keys.length;
      for (let first = 0; first < n; first += STORE_SLICE.rows) {
        const end = Math.min(n, first + STORE_SLICE.rows);
        let filled = 0;
        for (let i = first; i < end; i++) {
          batch[filled++] = keys[i]!;
          batch[filled++] = labels[i]!;
          if (filled === batch.length) {
            full.run(batch);
            filled = 0;
          }
        }
        if (filled > 0) db.prepare(insertSql(filled / 2)).run(batch.slice(0, filled));
        steps.advance();
        await yieldToEventLoop();
        if (signal?.aborted) throw cancelledError();
      }
      result.segmentationId = id;
      db.prepare('UPDATE segmentations SET result_json = ? WHERE segmentation_id = ?').run(JSON.stringify(result), id);
      keepSegmentation(db, result, inputHashes);
      db.exec('COMMIT');
      steps.advance();
      return id;
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw e;
    }
  } finally {
    if (own) db.close();
  }
}

/** The current (latest) segmentation, or null when the customers were never segmented. */
export function currentSegmentation(db: ReadableDB): SegmentationResult | null {
  const row = db.prepare('SELECT result_json AS json FROM segmentations ORDER BY segmentation_id DESC LIMIT 1').get() as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as SegmentationResult) : null;
}

function requireCurrent(db: ReadableDB): { result: SegmentationResult; request: SegmentRequest } {
  const row = db.prepare('SELECT request_json AS request, result_json AS result FROM segmentations ORDER BY segmentation_id DESC LIMIT 1').get() as
    | { request: string; result: string }
    | undefined;
  if (!row) throw new BackendError('not-found', 'The customers have not been segmented yet.', 'Segment them on the Segments page first.');
  return { result: JSON.parse(row.result) as SegmentationResult, request: JSON.parse(row.request) as SegmentRequest };
}

/** Renames a segment of the current segmentation; nothing else changes. */
export function renameCurrentSegment(db: WritableDB, segment: number, name: string): SegmentationResult {
  const { result } = requireCurrent(db);
  const target = result.segments.find((s) => s.segment === segment);
  if (!target) throw new BackendError('not-found', `There is no segment ${segment} in the current segmentation.`, null);
  const clash = result.segments.find((s) => s.segment !== segment && s.name === name.trim());
  if (clash) throw new BackendError('invalid-arguments', `Another segment is already called "${clash.name}".`, 'Give each segment its own name.');
  target.name = name.trim();
  db.prepare('UPDATE segmentations SET result_json = ? WHERE segmentation_id = ?').run(JSON.stringify(result), result.segmentationId);
  return result;
}

/**
 * Merges segments of the current segmentation into one named segment, recomputing its profile
 * and quality figures, and keeps the result as the new current segmentation.
 */
export async function mergeCurrentSegments(db: Connections, pool: WorkerPool, segments: number[], name: string, progress: Progress = {}): Promise<SegmentationResult> {
  const { result, request } = requireCurrent(db.reader);
  const data = await loadModelData(db.reader, result.calibrationEnd, request.unit, { signal: progress.signal });
  const keys = modelDataKeys(data);
  if (!keys) throw new Error('The customers read for the merge came without their keys.');
  const labels = await readSegmentLabels(db.reader, result.segmentationId!, keys, progress.signal);
  const k = Math.max(...result.segments.map((s) => s.segment)) + 1;
  const names = Array.from({ length: k }, (_, s) => result.segments.find((x) => x.segment === s)?.name ?? `Segment ${s + 1}`);
  let merged;
  try {
    merged = mergeSegments(labels, names, segments, name);
  } catch (e) {
    throw new BackendError('invalid-arguments', (e as Error).message, null);
  }
  return runSegmentation(db, pool, request, progress, { labels: merged.labels, names: merged.names });
}

/** Stored segments read per statement: some tens of milliseconds. */
const READ_SLICE_ROWS = 65_536;

/**
 * A stored segmentation's segment of each of the given customers (keys ascending, as model data
 * has them), read in key order a slice at a time with the event loop let in between. A customer
 * without a stored segment means the base has changed since the segmentation was made.
 */
async function readSegmentLabels(db: ReadableDB, segmentationId: number, keys: Float64Array, signal: AbortSignal | undefined): Promise<Int32Array> {
  const labels = new Int32Array(keys.length);
  const slice = db.prepare('SELECT customer_key, segment FROM customer_segments WHERE segmentation_id = ? AND customer_key > ? ORDER BY customer_key LIMIT ?').raw();
  const changed = () => new BackendError('bad-input', 'The customer base has changed since this segmentation was made.', 'Segment the customers again, then merge.');
  let i = 0;
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    if (signal?.aborted) throw cancelledError();
    const rows = slice.all(segmentationId, after, READ_SLICE_ROWS) as [number, number][];
    for (const [key, segment] of rows) {
      // Stored customers the data no longer has are passed over; a customer of the data passed over has no segment.
      if (i < keys.length && key > keys[i]!) throw changed();
      if (i < keys.length && key === keys[i]) labels[i++] = segment;
    }
    if (rows.length < READ_SLICE_ROWS) break;
    after = rows[rows.length - 1]![0];
    await yieldToEventLoop();
  }
  if (i < keys.length) throw changed();
  return labels;
}
