import type { GoalSeekLever, GoalSeekTarget, ReportFormat } from '../contract/scenarioSchemas';
import type { KpiBand, KpiKey, SimulationResults, SimulationRunRecord } from '../simulation/results';

export interface ScenarioSummary {
  scenarioId: number;
  name: string;
  planId: number;
  planName: string;
  /** The plan's latest version (what the next run uses). */
  planVersion: number;
  seed: number;
  draws: number;
  maxCustomers: number | null;
  createdAt: string;
  updatedAt: string;
  /** The scenario's latest run, or null when it has not been run. */
  lastRun: { runId: number; startedAt: string; planVersion: number } | null;
  /** Whether the latest run's figures still stand for what the workspace and the scenario hold now. */
  status: ScenarioStatus;
  /** When stale, every kind of input that differs from what the run read (empty otherwise). */
  staleBecause: StaleReason[];
}

/**
 * The kinds of input a run reads, each hashed on its own so that staleness can say why. The
 * settings are the scenario's seed, draws and sample size; the plan includes its horizon (edited
 * with the plan); the segmentation includes the calibration end and unit the customers were
 * valued at (a new calibration is a new segmentation).
 */
export const RUN_INPUT_KINDS = ['customers', 'transactions', 'attributes', 'models', 'segmentation', 'lifecycle', 'plan', 'settings'] as const;
export type RunInputKind = (typeof RUN_INPUT_KINDS)[number];
export type RunInputHashes = Record<RunInputKind, string>;

/** Why a run is stale: an input kind that changed, or `unrecorded` for a run made before runs recorded their inputs. */
export const STALE_REASONS = [...RUN_INPUT_KINDS, 'unrecorded'] as const;
export type StaleReason = (typeof STALE_REASONS)[number];

export const SCENARIO_STATUSES = ['up-to-date', 'stale', 'never-run'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

/**
 * The kinds whose hash differs between what a run read and what is there now, in the order of
 * RUN_INPUT_KINDS. A run with no recorded hashes (made by an older version) cannot be vouched for.
 */
export function staleBecause(ran: Partial<RunInputHashes> | null, now: RunInputHashes): StaleReason[] {
  if (ran === null) return ['unrecorded'];
  return RUN_INPUT_KINDS.filter((kind) => ran[kind] !== now[kind]);
}

/** A scenario's status from its run's recorded hashes (undefined: never run) and the current ones. */
export function scenarioStatus(ran: Partial<RunInputHashes> | null | undefined, now: RunInputHashes): { status: ScenarioStatus; staleBecause: StaleReason[] } {
  if (ran === undefined) return { status: 'never-run', staleBecause: [] };
  const reasons = staleBecause(ran, now);
  return { status: reasons.length > 0 ? 'stale' : 'up-to-date', staleBecause: reasons };
}

export interface ScenarioResults {
  scenario: ScenarioSummary;
  run: { record: SimulationRunRecord; results: SimulationResults } | null;
}

/** One assumption swung from its low to its high value with everything else at base. */
export interface TornadoRow {
  path: string;
  /** Human name of the assumption (section and field). */
  label: string;
  source: string;
  low: number;
  high: number;
  kpiAtLow: number | null;
  kpiAtHigh: number | null;
}

export interface SensitivityResult {
  scenarioId: number;
  kpi: KpiKey;
  base: number | null;
  /** Sorted by swing, widest first; assumptions with no range (fixed) are left out. */
  rows: TornadoRow[];
  simulatedCustomers: number;
}

export interface GoalSeekResult {
  scenarioId: number;
  lever: GoalSeekLever;
  target: GoalSeekTarget;
  targetValue: number;
  /** The lever's value found, and its value in the scenario's plan. */
  leverValue: number;
  leverBase: number;
  /** The target KPI at the lever found: base case and P10-P90 over the scenario's draws. */
  achieved: Omit<KpiBand, 'key'>;
  converged: boolean;
  iterations: number;
  warnings: string[];
}

export interface ReportFile {
  fileName: string;
  format: ReportFormat;
  /** The file's bytes, base64-encoded (reports are a few MB at most). */
  base64: string;
}
