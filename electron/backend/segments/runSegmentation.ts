import { BackendError } from '../../../shared/contract/errors';
import type { SegmentRequest } from '../../../shared/contract/segmentSchemas';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import { DAYS_PER_UNIT } from '../../../shared/domain/timeUnits';
import { mergeSegments } from '../../../shared/segments/profile';
import type { RunInputHashes } from '../../../shared/domain/scenarios';
import { workspaceAnalysisInputs } from '../analysis/analysisInputs';
import { keepSegmentation } from '../analysis/analysisStore';
import type { ReadableDB, WritableDB } from '../db/types';
import { lastTransactionDate } from '../queries/customerSummary';
import { readModelData } from '../queries/modelData';
import type { WorkerPool } from '../workers/workerPool';

/** The margin assumed when the workspace's transactions carry none. */
export const DEFAULT_MARGIN = 0.3;

/** Gross margin over sales across the transactions that record a margin, or null when none do. */
export function workspaceMargin(db: ReadableDB): number | null {
  const r = db.prepare('SELECT total(margin) AS margin, total(amount) AS sales FROM transactions WHERE margin IS NOT NULL').get() as { margin: number; sales: number };
  return r.sales > 0 ? r.margin / r.sales : null;
}

interface Connections {
  reader: ReadableDB;
  writer: WritableDB;
}

/**
 * Values and segments the customers up to the calibration end (default: the last purchase) in
 * the worker pool, and keeps the segmentation in the workspace as the current one. With `given`
 * labels (after a merge) the segments are kept and only the figures are recomputed.
 */
export async function runSegmentation(
  db: Connections,
  pool: WorkerPool,
  request: SegmentRequest,
  signal?: AbortSignal,
  given?: { labels: Int32Array; names: string[] },
): Promise<SegmentationResult> {
  // What the segmentation reads, as it reads it (recorded with it, for the page to tell when it no longer stands).
  const inputHashes = workspaceAnalysisInputs(db.reader, 'segmentation');
  const calibrationEnd = request.calibrationEnd ?? lastTransactionDate(db.reader);
  if (!calibrationEnd) throw new BackendError('bad-input', 'The workspace has no transactions to segment.', 'Import transactions first.');
  const data = readModelData(db.reader, calibrationEnd, request.unit);
  if (data.customerIds.length < 20) {
    throw new BackendError('bad-input', `Only ${data.customerIds.length} customers bought by ${calibrationEnd}: too few to segment.`, 'Import more data or choose a later calibration end.');
  }
  const perUnit = DAYS_PER_UNIT[request.unit];
  const daysSinceLastPurchase = Float64Array.from(data.T, (T, i) => Math.round((T - data.tx[i]!) * perUnit));
  const margin = workspaceMargin(db.reader);
  const fixedRequest = { ...request, calibrationEnd };
  const { result, labels } = await pool.run(
    'segment',
    [
      {
        calibrationEnd,
        x: data.x,
        tx: data.tx,
        T: data.T,
        meanRepeatSpend: data.meanRepeatSpend,
        totalSpend: data.totalSpend,
        daysSinceLastPurchase,
        workspaceMargin: margin ?? DEFAULT_MARGIN,
      },
      fixedRequest,
      given,
    ],
    signal,
  );
  if (margin === null && request.value.margin === undefined) {
    result.warnings.push(`The transactions record no margin, so lifetime values use a ${DEFAULT_MARGIN * 100}% gross margin; set the margin to change it.`);
  }
  result.segmentationId = storeSegmentation(db.writer, fixedRequest, result, data.customerIds, labels, inputHashes);
  return result;
}

/**
 * Stores a segmentation with its customers' segments, and records it as the last of its method
 * with what it read, in one transaction: the Segments page never shows one without the other.
 */
function storeSegmentation(db: WritableDB, request: SegmentRequest, result: SegmentationResult, customerIds: readonly string[], labels: Int32Array, inputHashes: Partial<RunInputHashes>): number {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO segmentations(method, created_at, request_json, result_json) VALUES (?, ?, ?, ?)')
        .run(request.method, new Date().toISOString(), JSON.stringify(request), '{}').lastInsertRowid,
    );
    result.segmentationId = id;
    db.prepare('UPDATE segmentations SET result_json = ? WHERE segmentation_id = ?').run(JSON.stringify(result), id);
    const insert = db.prepare('INSERT INTO customer_segments(segmentation_id, customer_key, segment) SELECT ?, customer_key, ? FROM customers WHERE customer_id = ?');
    for (let i = 0; i < customerIds.length; i++) insert.run(id, labels[i], customerIds[i]);
    keepSegmentation(db, result, inputHashes);
    return id;
  })();
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
export async function mergeCurrentSegments(db: Connections, pool: WorkerPool, segments: number[], name: string, signal?: AbortSignal): Promise<SegmentationResult> {
  const { result, request } = requireCurrent(db.reader);
  const rows = db.reader
    .prepare('SELECT c.customer_id AS id, s.segment FROM customer_segments s JOIN customers c USING (customer_key) WHERE s.segmentation_id = ?')
    .all(result.segmentationId) as { id: string; segment: number }[];
  const byCustomer = new Map(rows.map((r) => [r.id, r.segment]));
  const data = readModelData(db.reader, result.calibrationEnd, request.unit);
  const labels = new Int32Array(data.customerIds.length);
  for (let i = 0; i < data.customerIds.length; i++) {
    const s = byCustomer.get(data.customerIds[i]!);
    if (s === undefined) throw new BackendError('bad-input', 'The customer base has changed since this segmentation was made.', 'Segment the customers again, then merge.');
    labels[i] = s;
  }
  const k = Math.max(...result.segments.map((s) => s.segment)) + 1;
  const names = Array.from({ length: k }, (_, s) => result.segments.find((x) => x.segment === s)?.name ?? `Segment ${s + 1}`);
  let merged;
  try {
    merged = mergeSegments(labels, names, segments, name);
  } catch (e) {
    throw new BackendError('invalid-arguments', (e as Error).message, null);
  }
  return runSegmentation(db, pool, request, signal, { labels: merged.labels, names: merged.names });
}
