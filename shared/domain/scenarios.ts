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
  /** True when the plan or the settings changed after the last run (its figures are out of date). */
  stale: boolean;
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
