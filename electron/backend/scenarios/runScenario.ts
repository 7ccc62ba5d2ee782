import type { SimulationRun } from '../../../shared/contract/methods';
import type { ScenarioSummary } from '../../../shared/domain/scenarios';
import type { ReadableDB, WritableDB } from '../db/types';
import { getPlan } from '../simulation/planStore';
import type { Progress } from '../simulation/poolHooks';
import { getRun } from '../simulation/runStore';
import { runWorkspaceSimulation } from '../simulation/runWorkspaceSimulation';
import type { WorkerPool } from '../workers/workerPool';

/** Runs a scenario: its plan's latest version with its seed, draws and sample size; the run is kept as the scenario's. */
export function runScenario(db: { reader: ReadableDB; writer: WritableDB }, pool: WorkerPool, scenario: ScenarioSummary, appVersion: string, progress: Progress): Promise<SimulationRun> {
  const stored = getPlan(db.reader, scenario.planId);
  return runWorkspaceSimulation(
    db,
    pool,
    stored,
    { planId: scenario.planId, seed: scenario.seed, draws: scenario.draws, ...(scenario.maxCustomers !== null ? { maxCustomers: scenario.maxCustomers } : {}) },
    appVersion,
    progress,
    scenario.scenarioId,
  );
}

export function scenarioLatestRun(db: ReadableDB, scenario: ScenarioSummary): SimulationRun | null {
  return scenario.lastRun ? getRun(db, scenario.lastRun.runId) : null;
}
