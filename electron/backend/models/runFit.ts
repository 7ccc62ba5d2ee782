import { BackendError } from '../../../shared/contract/errors';
import { MODEL_LABELS, type FitRequest } from '../../../shared/contract/modelSchemas';
import { isFitFailure } from '../../../shared/models/fitResult';
import type { ReadableDB } from '../db/types';
import { loadModelData } from '../queries/modelData';
import type { WorkerPool } from '../workers/workerPool';
import type { CustomerModelFit } from './fitCustomerModel';

/**
 * Reads the customers' summaries up to the calibration end (kept from the last read, or read in
 * slices that let other requests in) and fits the model in the worker pool. A fit that fails comes back as a BackendError whose message says why in plain words.
 */
export async function runFit(db: ReadableDB, pool: WorkerPool, request: FitRequest, signal?: AbortSignal): Promise<CustomerModelFit> {
  const data = await loadModelData(db, request.calibrationEnd, request.unit, { signal });
  if (data.customerIds.length === 0) {
    throw new BackendError('bad-input', `No customer bought on or before ${request.calibrationEnd}, so there is nothing to fit.`, 'Choose a later calibration end, or import transactions first.');
  }
  try {
    return await pool.run('fitModel', [request.model, request.unit, data.x, data.tx, data.T, data.meanRepeatSpend], signal);
  } catch (e) {
    // Data the model cannot fit are the user's to change, and said so; a cancel or a fault goes up as it is.
    if (e instanceof BackendError || !isFitFailure(e)) throw e;
    throw new BackendError('bad-input', `The ${MODEL_LABELS[request.model]} fit did not succeed: ${e.message}`, 'Try another model, or a calibration end with more repeat purchases before it.');
  }
}
