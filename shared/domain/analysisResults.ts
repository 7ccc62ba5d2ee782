import type { ValidateRequest, SensitivityRequest } from '../contract/analysisSchemas';
import type { GoalSeekRequest } from '../contract/scenarioSchemas';
import type { SegmentRequest } from '../contract/segmentSchemas';
import type { SimulationRequest } from '../contract/simulationSchemas';
import type { SimulationResults, SimulationRunRecord } from '../simulation/results';
import type { ModelValidation } from './modelValidation';
import { RUN_INPUT_KINDS, type RunInputHashes, type RunInputKind, type StaleReason } from './scenarios';
import type { SegmentationResult } from './segmentation';
import type { GoalSeekResult, SensitivityResult } from './scenarios';

/** The analyses whose last result a workspace keeps and shows again. */
export const ANALYSIS_KINDS = ['fit', 'segmentation', 'simulation', 'sensitivity', 'goalSeek'] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

/**
 * What each analysis reads, as the kinds of input a run hashes (runInputs.ts). A fit reads the
 * customers' purchases up to its calibration end; a segmentation values and groups them and may
 * group by their CRM attributes; a run, and so its sensitivity and goal seek, reads the whole of
 * it with the segments, the plan and the scenario's settings. A fit is not among a
 * segmentation's inputs: the segmentation fits its own value models from the transactions.
 */
export const ANALYSIS_INPUTS: Readonly<Record<AnalysisKind, readonly RunInputKind[]>> = {
  fit: ['customers', 'transactions'],
  segmentation: ['customers', 'transactions', 'attributes'],
  simulation: RUN_INPUT_KINDS,
  sensitivity: RUN_INPUT_KINDS,
  goalSeek: RUN_INPUT_KINDS,
};

/** Whether a kept result still stands for what the workspace holds now. */
export type AnalysisStatus = 'up-to-date' | 'stale';

/**
 * The kinds of input that differ between what the analysis read and what is there now, in the
 * order of RUN_INPUT_KINDS; `unrecorded` when nothing says what it read (a segmentation made by
 * an earlier version, or by `lw segment`).
 */
export function analysisStaleBecause(kind: AnalysisKind, ran: Partial<RunInputHashes> | null, now: Partial<RunInputHashes>): StaleReason[] {
  if (ran === null) return ['unrecorded'];
  return ANALYSIS_INPUTS[kind].filter((input) => ran[input] !== now[input]);
}

export function analysisStatus(kind: AnalysisKind, ran: Partial<RunInputHashes> | null, now: Partial<RunInputHashes>): { status: AnalysisStatus; staleBecause: StaleReason[] } {
  const staleBecause = analysisStaleBecause(kind, ran, now);
  return { status: staleBecause.length > 0 ? 'stale' : 'up-to-date', staleBecause };
}

/** A kept result: when it was made, whether it still stands (and if not, why), what was asked, and the answer. */
interface Kept<K extends AnalysisKind, Q, R> {
  kind: K;
  madeAt: string;
  status: AnalysisStatus;
  staleBecause: StaleReason[];
  request: Q;
  result: R;
}

export type KeptFit = Kept<'fit', ValidateRequest, ModelValidation>;
/** `inUse`: it is the workspace's latest segmentation, the one plans and runs use and the one that can be renamed or merged. */
export type KeptSegmentation = Kept<'segmentation', SegmentRequest, SegmentationResult> & { inUse: boolean };
export type KeptSimulation = Kept<'simulation', SimulationRequest, { record: SimulationRunRecord; results: SimulationResults }>;
export type KeptSensitivity = Kept<'sensitivity', SensitivityRequest, SensitivityResult>;
export type KeptGoalSeek = Kept<'goalSeek', GoalSeekRequest, GoalSeekResult>;

export type KeptAnalysis = KeptFit | KeptSegmentation | KeptSimulation | KeptSensitivity | KeptGoalSeek;
export type KeptAnalysisOf<K extends AnalysisKind> = Extract<KeptAnalysis, { kind: K }>;
