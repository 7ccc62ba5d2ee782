import { BackendError } from '../../../shared/contract/errors';
import type { SegmentRequest } from '../../../shared/contract/segmentSchemas';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import { DAYS_PER_UNIT } from '../../../shared/domain/timeUnits';
import type { ReadableDB } from '../db/types';
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

/** Values and segments the customers up to the calibration end (default: the last purchase), in the worker pool. */
export async function runSegmentation(db: ReadableDB, pool: WorkerPool, request: SegmentRequest, signal?: AbortSignal): Promise<SegmentationResult> {
  const calibrationEnd = request.calibrationEnd ?? lastTransactionDate(db);
  if (!calibrationEnd) throw new BackendError('bad-input', 'The workspace has no transactions to segment.', 'Import transactions first.');
  const data = readModelData(db, calibrationEnd, request.unit);
  if (data.customerIds.length < 20) {
    throw new BackendError('bad-input', `Only ${data.customerIds.length} customers bought by ${calibrationEnd}: too few to segment.`, 'Import more data or choose a later calibration end.');
  }
  const perUnit = DAYS_PER_UNIT[request.unit];
  const daysSinceLastPurchase = Float64Array.from(data.T, (T, i) => Math.round((T - data.tx[i]!) * perUnit));
  const margin = workspaceMargin(db);
  const result = await pool.run(
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
      { ...request, calibrationEnd },
    ],
    signal,
  );
  if (margin === null && request.value.margin === undefined) {
    result.warnings.push(`The transactions record no margin, so lifetime values use a ${DEFAULT_MARGIN * 100}% gross margin; set the margin to change it.`);
  }
  return result;
}
