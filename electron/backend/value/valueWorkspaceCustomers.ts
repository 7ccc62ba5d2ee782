import { BackendError } from '../../../shared/contract/errors';
import { DAYS_PER_UNIT } from '../../../shared/domain/timeUnits';
import { assignLifecycleStages } from '../../../shared/segments/lifecycle';
import { strategicScores } from '../../../shared/value/strategicScore';
import type { ReadableDB } from '../db/types';
import { loadModelData, modelDataKeys } from '../queries/modelData';
import { readCurrentSegmentLabels, type SegmentLabels } from '../queries/segmentLabels';
import { readInSnapshot } from '../queries/slicedRead';
import { readStrategicColumns } from '../queries/strategicInputs';
import { readLifecycleRules, readScoreSettings } from '../queries/userSettingsInWorkspace';
import { DEFAULT_MARGIN, workspaceMargin } from '../queries/workspaceMargin';
import type { Progress } from '../simulation/poolHooks';
import type { WorkerPool } from '../workers/workerPool';
import { fitValueModels, valueColumns, type CustomerValueColumns, type ValuationSettings, type ValueModels } from './customerValuation';
import type { ValueExportRequest } from './valueRequest';

/** Customers valued by one task of the worker pool: about a second's work at a 156-week horizon. */
const CHUNK = 8192;

export interface WorkspaceCustomerValues {
  calibrationEnd: string;
  /** Customers with a purchase by the calibration end, in customer key order. */
  customerIds: string[];
  values: CustomerValueColumns;
  models: ValueModels;
  settings: ValuationSettings;
  /** The current segmentation's segment of each customer (-1 where it has none), or null when never segmented. */
  segments: SegmentLabels | null;
  /** Index into LIFECYCLE_STAGES per customer, by the workspace's lifecycle rules. */
  lifecycleStage: Uint8Array;
  /** The strategic score, 0-100, by the workspace's weights. */
  score: Float64Array;
  /** Qualitative attributes the score's settings name that the workspace does not have. */
  scoreMissingAttributes: string[];
}

/**
 * Values every customer who bought by the calibration end, as the Customer value page values
 * one: probability alive, expected purchases and spend, lifetime value, lifecycle stage (the
 * workspace's rules, on the chosen model's probability alive) and strategic score (the
 * workspace's weights, on these lifetime values), with the current segmentation's segment.
 * The models are fitted here; the per-customer work, a hundred microseconds a customer at a
 * weekly horizon, runs in the worker pool chunk by chunk.
 */
export async function valueWorkspaceCustomers(db: ReadableDB, pool: WorkerPool, request: ValueExportRequest, progress: Progress = {}): Promise<WorkspaceCustomerValues> {
  const { calibrationEnd, unit } = request;
  const data = await loadModelData(db, calibrationEnd, unit, { signal: progress.signal });
  const n = data.customerIds.length;
  if (n === 0) throw new BackendError('bad-input', `No customer bought on or before ${calibrationEnd}, so there is no one to value.`, 'Choose a later calibration end, or import transactions first.');
  let models: ValueModels;
  try {
    models = fitValueModels(request.model, unit, data);
  } catch (e) {
    throw new BackendError('bad-input', `The customer-value models could not be fitted: ${(e as Error).message}`, 'Try another --model, or a calibration end with more repeat purchases before it.');
  }
  const margin = request.margin ?? workspaceMargin(db) ?? DEFAULT_MARGIN;
  const settings: ValuationSettings = { horizon: request.horizon, discountRatePerYear: request.discountRatePerYear, margin };
  if (request.margin === undefined && workspaceMargin(db) === null) {
    models.warnings.push(`The transactions record no margin, so lifetime values use a ${DEFAULT_MARGIN * 100}% gross margin; give the margin to change it.`);
  }

  const values = valueColumns(n);
  progress.setTotal?.(n);
  // Every chunk is queued at once; the pool gives them to its workers as they free up, and a
  // cancel stops the running ones (see WorkerPool).
  const chunks: Promise<void>[] = [];
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    const slice = { x: data.x.slice(from, to), tx: data.tx.slice(from, to), T: data.T.slice(from, to), meanRepeatSpend: data.meanRepeatSpend.slice(from, to) };
    chunks.push(
      pool.run('valueCustomerChunk', [models, slice, settings], progress.signal).then((chunk) => {
        values.probabilityAlive.set(chunk.probabilityAlive, from);
        values.expectedPurchases.set(chunk.expectedPurchases, from);
        values.expectedSpend.set(chunk.expectedSpend, from);
        values.clv.set(chunk.clv, from);
        progress.advance?.(to - from);
      }),
    );
  }
  await Promise.all(chunks);

  const perUnit = DAYS_PER_UNIT[unit];
  const lifecycle = assignLifecycleStages(
    {
      daysSinceFirstPurchase: Float64Array.from(data.T, (T) => Math.round(T * perUnit)),
      daysSinceLastPurchase: Float64Array.from(data.T, (T, i) => Math.round((T - data.tx[i]!) * perUnit)),
      purchaseCount: Float64Array.from(data.x, (x) => x + 1),
      meanInterPurchaseDays: Float64Array.from(data.x, (x, i) => (x > 0 ? (data.tx[i]! * perUnit) / x : NaN)),
      probabilityAlive: values.probabilityAlive,
    },
    readLifecycleRules(db),
  );
  const scoreSettings = readScoreSettings(db);
  const keys = modelDataKeys(data)!;
  const inputs = await readInSnapshot(db, progress.signal, (snapshot) => readStrategicColumns(snapshot, keys, calibrationEnd, margin, scoreSettings.qualitative.map((q) => q.attribute)));
  const scores = strategicScores({ lifetimeValue: values.clv, historicMargin: inputs.historicMargin, attributes: inputs.attributes }, scoreSettings);

  return {
    calibrationEnd,
    customerIds: data.customerIds,
    values,
    models,
    settings,
    segments: readCurrentSegmentLabels(db, data.customerIds, modelDataKeys(data)),
    lifecycleStage: lifecycle.stage,
    score: scores.score,
    scoreMissingAttributes: scores.missingAttributes,
  };
}
