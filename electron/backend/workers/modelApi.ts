import { threadId } from 'node:worker_threads';
import { transfer } from 'comlink';
import { chunkTransferables, generateSampleChunk, type SampleChunk } from '../../../shared/sample/generateCustomers';
import type { SampleSpec } from '../../../shared/sample/sampleSpec';
import type { ModelKey } from '../../../shared/contract/modelSchemas';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import type { SegmentRequest } from '../../../shared/contract/segmentSchemas';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import { fitCustomerModel, type CustomerModelFit } from '../models/fitCustomerModel';
import { segmentCustomers, type SegmentInput } from '../segments/segmentCustomers';
import type { ModelValidation } from '../../../shared/domain/modelValidation';
import { validateModels, type ValidationInput } from '../models/validateModels';
import type { ValueSettings } from '../models/valueCustomers';
import { fitCardModels, valueCardChunk, type CardModels, type CardValuationData, type CardValueColumns } from '../value/cardValuation';
import { strategicScores, type StrategicScores, type StrategicScoreSettings } from '../../../shared/value/strategicScore';
import { valueColumns, valueCustomerRange, type CustomerValueColumns, type ValuationData, type ValuationSettings, type ValueModels } from '../value/customerValuation';
import type { EngineParams } from '../../../shared/simulation/engineParams';
import { simulateBlockDraws, type BlockSpec } from '../../../shared/simulation/runSimulation';
import { warmUpEngine } from '../../../shared/simulation/warmUp';

/**
 * The modeling core's entry points as the worker threads expose them. Each is a thin adapter
 * from a pure function in shared/ to a message: results hand their typed arrays over without a
 * copy.
 */
export const modelApi = {
  /** Compiles the simulation's inner loop ahead of a run (see warmUpEngine): which thread, and the customers it simulated. */
  warmUp(): { threadId: number; customers: number } {
    // Results leave a worker by transfer, which detaches their buffers; the first detachment in
    // a thread throws away all code compiled on the assumption that none ever happens. Detach
    // one buffer first, so what the warm-up compiles is the code real runs keep.
    const probe = new ArrayBuffer(8);
    structuredClone(probe, { transfer: [probe] });
    return { threadId, customers: warmUpEngine(structuredClone) };
  },

  generateSampleChunk(spec: SampleSpec, seed: number, first: number, count: number): SampleChunk {
    const chunk = generateSampleChunk(spec, seed, first, count);
    return transfer(chunk, chunkTransferables(chunk));
  },

  fitModel(model: ModelKey, unit: TimeUnit, x: Float64Array, tx: Float64Array, T: Float64Array, meanRepeatSpend: Float64Array): CustomerModelFit {
    return fitCustomerModel(model, unit, { x, tx, T, meanRepeatSpend });
  },

  /** One chunk of customers valued under models already fitted (value/customerValuation.ts); the columns handed over without a copy. */
  valueCustomerChunk(models: ValueModels, data: ValuationData, settings: ValuationSettings): CustomerValueColumns {
    const out = valueColumns(data.x.length);
    valueCustomerRange(models, data, settings, 0, data.x.length, out);
    return transfer(out, [out.probabilityAlive.buffer, out.expectedPurchases.buffer, out.expectedSpend.buffer, out.clv.buffer] as ArrayBuffer[]);
  },

  /** The value card's models, fitted once for the whole base (value/cardValuation.ts). */
  valueCardModels(unit: TimeUnit, data: CardValuationData): CardModels {
    return fitCardModels(unit, data);
  },

  /** One chunk of the base valued under the value card's models: the columns handed over without a copy. */
  valueCardChunk(models: CardModels, data: CardValuationData, settings: ValueSettings): CardValueColumns {
    const out = valueCardChunk(models, data, settings);
    return transfer(out, [out.probabilityAlive.buffer, out.expectedPurchasesYear.buffer, out.expectedSpend.buffer, out.clv.buffer] as ArrayBuffer[]);
  },

  /** The strategic score of every customer of a base (a percentile rank, so a sort, per input): the columns handed over without a copy. */
  strategicScores(input: { lifetimeValue: Float64Array; historicMargin: Float64Array; attributes: Map<string, Float64Array> }, settings: StrategicScoreSettings): StrategicScores {
    const out = strategicScores(input, settings);
    return transfer(out, [out.score.buffer, out.prospective.buffer, out.current.buffer, out.qualitative.buffer] as ArrayBuffer[]);
  },

  validateModels(input: ValidationInput): ModelValidation {
    return validateModels(input);
  },

  /**
   * A segmentation of customers already valued (segments/segmentCustomers.ts). Its steps done and
   * planned go into `progress` ([done, planned], shared with the caller) as it works: the caller
   * reads them while this thread is busy, with no message in between.
   */
  segment(input: SegmentInput, request: SegmentRequest, given?: { labels: Int32Array; names: string[] }, progress?: Int32Array): { result: SegmentationResult; labels: Int32Array } {
    const tell = progress
      ? (done: number, planned: number) => {
          Atomics.store(progress, 1, planned);
          Atomics.store(progress, 0, done);
        }
      : undefined;
    const out = segmentCustomers(input, request, given, tell);
    return transfer(out, [out.labels.buffer as ArrayBuffer]);
  },

  /** One block of a simulation run under a few assumption draws: an accumulator per draw, handed over without a copy. */
  simulateBlock(paramsByDraw: EngineParams[], block: BlockSpec, seed: number): Float64Array[] {
    const accs = simulateBlockDraws(paramsByDraw, block, seed);
    return transfer(accs, accs.map((acc) => acc.buffer as ArrayBuffer));
  },
};

export type ModelApi = typeof modelApi;
export type ModelMethod = keyof ModelApi;
