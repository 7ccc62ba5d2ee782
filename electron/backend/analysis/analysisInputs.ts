import { ANALYSIS_INPUTS, type AnalysisKind } from '../../../shared/domain/analysisResults';
import type { RunInputHashes, ScenarioSummary } from '../../../shared/domain/scenarios';
import type { ReadableDB } from '../db/types';
import { runInputHashes, storedPlanHash, workspaceInputHashes } from '../simulation/runInputs';

/**
 * What an analysis reads, hashed the way a run's inputs are (runInputs.ts): taken when it starts,
 * kept with its result, and taken again whenever the result is shown, so that any difference
 * marks it stale and names what changed. A few indexed look-ups each, never a scan.
 */
export function workspaceAnalysisInputs(db: ReadableDB, kind: Extract<AnalysisKind, 'fit' | 'segmentation'>): Partial<RunInputHashes> {
  const all = workspaceInputHashes(db);
  return Object.fromEntries(ANALYSIS_INPUTS[kind].map((input) => [input, all[input as keyof typeof all]]));
}

/**
 * A sensitivity or goal seek re-runs the scenario: it reads what the scenario's run would read
 * now (the workspace, its plan's latest version, its seed, draws and sample).
 */
export function scenarioAnalysisInputs(db: ReadableDB, scenario: Pick<ScenarioSummary, 'planId' | 'planVersion' | 'seed' | 'draws' | 'maxCustomers'>): RunInputHashes {
  return runInputHashes(workspaceInputHashes(db), {
    planHash: storedPlanHash(db, scenario.planId, scenario.planVersion),
    seed: scenario.seed,
    draws: scenario.draws,
    maxCustomers: scenario.maxCustomers,
  });
}
