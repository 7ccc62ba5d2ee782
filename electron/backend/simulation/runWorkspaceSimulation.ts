import { createHash } from 'node:crypto';
import type { SimulationRun } from '../../../shared/contract/methods';
import type { SimulationRequest } from '../../../shared/contract/simulationSchemas';
import { planCurrencyRefusal } from '../../../shared/plan/planCurrency';
import type { Plan } from '../../../shared/plan/planSchema';
import { breakEvenRunWarning } from '../../../shared/plan/planWarnings';
import { runSimulation } from '../../../shared/simulation/runSimulation';
import type { ReadableDB, WritableDB } from '../db/types';
import { readWorkspaceSettings } from '../queries/workspaceSettings';
import type { WorkerPool } from '../workers/workerPool';
import { canonicalJson, planHash } from './planStore';
import { poolHooks, type Progress } from './poolHooks';
import { runInputHashes, storedPlanHash, workspaceInputHashes } from './runInputs';
import { storeRun } from './runStore';
import { readWorkspaceBase } from './workspaceInput';

/**
 * Runs a stored plan version over the workspace's customers in the worker pool and keeps the run
 * with its audit record. Nothing is written until the run has finished: a cancelled or failed
 * run leaves the workspace as it was.
 */
export async function runWorkspaceSimulation(
  db: { reader: ReadableDB; writer: WritableDB },
  pool: WorkerPool,
  stored: { planId: number; version: number; plan: Plan },
  request: SimulationRequest,
  appVersion: string,
  progress: Progress,
  scenarioId: number | null = null,
): Promise<SimulationRun> {
  // Before anything is read or run: a plan in another currency is refused with the fix (see planCurrency.ts).
  const refusal = planCurrencyRefusal(stored.plan, readWorkspaceSettings(db.reader).currencyCode);
  if (refusal) throw refusal;
  const startedAt = new Date().toISOString();
  const started = performance.now();
  // Taken before the data is read, under the same hold on the workspace: what the run reads is
  // what these hashes describe, so the scenario list can tell when any of it changes later.
  const inputHashes = runInputHashes(workspaceInputHashes(db.reader), {
    planHash: storedPlanHash(db.reader, stored.planId, stored.version),
    seed: request.seed,
    draws: request.draws,
    maxCustomers: request.maxCustomers ?? null,
  });
  const base = await readWorkspaceBase(db.reader, pool, { seed: request.seed, ...(request.maxCustomers ? { maxCustomers: request.maxCustomers } : {}), ...(progress.signal ? { signal: progress.signal } : {}) });
  const results = await runSimulation(
    { plan: stored.plan, seed: request.seed, draws: request.draws, segments: base.segments, blocks: base.blocks },
    poolHooks(pool, progress),
  );
  results.warnings.unshift(...base.warnings);
  const breakEven = breakEvenRunWarning(results);
  if (breakEven) results.warnings.push(breakEven);
  const hashOfPlan = planHash(stored.plan);
  const inputsHash = createHash('sha256')
    .update(canonicalJson({ plan: hashOfPlan, seed: request.seed, draws: request.draws, maxCustomers: request.maxCustomers ?? null, workspace: base.digest }))
    .digest('hex');
  const simulated = base.segments.reduce((a, s) => a + s.simulatedCustomers, 0);
  return storeRun(db.writer, stored.planId, stored.version, request, {
    planName: stored.plan.name,
    planHash: hashOfPlan,
    inputsHash,
    appVersion,
    seed: request.seed,
    draws: request.draws,
    workers: pool.size,
    startedAt,
    seconds: (performance.now() - started) / 1000,
    customerWeeks: simulated * stored.plan.horizonWeeks * request.draws,
  }, results, scenarioId, inputHashes);
}
