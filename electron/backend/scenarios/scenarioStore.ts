import { BackendError } from '../../../shared/contract/errors';
import { scenarioStatus, type ScenarioSummary } from '../../../shared/domain/scenarios';
import type { ReadableDB, WritableDB } from '../db/types';
import { getPlan, savePlan } from '../simulation/planStore';
import { parseRunInputHashes, runInputHashes, workspaceInputHashes, type WorkspaceInputHashes } from '../simulation/runInputs';

/** A scenario row as SELECT reads it: the summary's own fields, and its latest run flattened. */
type Row = Omit<ScenarioSummary, 'lastRun' | 'status' | 'staleBecause'> & {
  planHash: string;
  runId: number | null;
  runStartedAt: string | null;
  runPlanVersion: number | null;
  runInputHashes: string | null;
};

const SELECT = `
  SELECT s.scenario_id AS scenarioId, s.name, s.plan_id AS planId, v.name AS planName, v.version AS planVersion, v.plan_hash AS planHash,
         s.seed, s.draws, s.max_customers AS maxCustomers, s.created_at AS createdAt, s.updated_at AS updatedAt,
         r.run_id AS runId, r.started_at AS runStartedAt, r.plan_version AS runPlanVersion, r.input_hashes_json AS runInputHashes
  FROM scenarios s
  JOIN plan_versions v ON v.plan_id = s.plan_id AND v.version = (SELECT max(version) FROM plan_versions w WHERE w.plan_id = s.plan_id)
  LEFT JOIN simulation_runs r ON r.run_id = (SELECT max(run_id) FROM simulation_runs q WHERE q.scenario_id = s.scenario_id)`;

/**
 * The summary with its status: the hashes the latest run recorded against those a run would
 * record now (the workspace's, read once per listing, with the scenario's plan and settings).
 */
function toSummary(r: Row, workspace: WorkspaceInputHashes): ScenarioSummary {
  const { planHash, runId, runStartedAt, runPlanVersion, runInputHashes: ran, ...own } = r;
  const now = runInputHashes(workspace, { planHash, seed: r.seed, draws: r.draws, maxCustomers: r.maxCustomers });
  return {
    ...own,
    lastRun: runId !== null ? { runId, startedAt: runStartedAt!, planVersion: runPlanVersion! } : null,
    ...scenarioStatus(runId === null ? undefined : parseRunInputHashes(ran), now),
  };
}

export function listScenarios(db: ReadableDB): ScenarioSummary[] {
  const workspace = workspaceInputHashes(db);
  return (db.prepare(`${SELECT} ORDER BY s.scenario_id`).all() as Row[]).map((r) => toSummary(r, workspace));
}

export function getScenario(db: ReadableDB, scenarioId: number): ScenarioSummary {
  const row = db.prepare(`${SELECT} WHERE s.scenario_id = ?`).get(scenarioId) as Row | undefined;
  if (!row) throw new BackendError('not-found', `There is no scenario ${scenarioId} in this workspace.`, 'Choose a scenario from the list.');
  return toSummary(row, workspaceInputHashes(db));
}

export function findScenarioByName(db: ReadableDB, name: string): ScenarioSummary | null {
  const row = db.prepare(`${SELECT} WHERE s.name = ? COLLATE NOCASE`).get(name.trim()) as Row | undefined;
  return row ? toSummary(row, workspaceInputHashes(db)) : null;
}

function assertFreeName(db: ReadableDB, name: string, except?: number): void {
  const clash = findScenarioByName(db, name);
  if (clash && clash.scenarioId !== except) throw new BackendError('already-exists', `There is already a scenario called "${clash.name}".`, 'Give each scenario its own name.');
}

export function createScenario(
  db: WritableDB,
  s: { name: string; planId: number; seed: number; draws: number; maxCustomers?: number | undefined },
  now = new Date().toISOString(),
): ScenarioSummary {
  getPlan(db, s.planId);
  assertFreeName(db, s.name);
  const id = Number(
    db
      .prepare('INSERT INTO scenarios(name, plan_id, seed, draws, max_customers, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(s.name.trim(), s.planId, s.seed, s.draws, s.maxCustomers ?? null, now, now).lastInsertRowid,
  );
  return getScenario(db, id);
}

export function updateScenario(
  db: WritableDB,
  u: { scenarioId: number; name?: string | undefined; seed?: number | undefined; draws?: number | undefined; maxCustomers?: number | null | undefined },
): ScenarioSummary {
  const current = getScenario(db, u.scenarioId);
  if (u.name !== undefined) assertFreeName(db, u.name, u.scenarioId);
  db.prepare('UPDATE scenarios SET name = ?, seed = ?, draws = ?, max_customers = ?, updated_at = ? WHERE scenario_id = ?').run(
    (u.name ?? current.name).trim(),
    u.seed ?? current.seed,
    u.draws ?? current.draws,
    u.maxCustomers === undefined ? current.maxCustomers : u.maxCustomers,
    new Date().toISOString(),
    u.scenarioId,
  );
  return getScenario(db, u.scenarioId);
}

/** A copy of the scenario with a copy of its plan, so that editing one leaves the other alone. */
export function duplicateScenario(db: WritableDB, scenarioId: number, name: string): ScenarioSummary {
  return db.transaction(() => {
    const source = getScenario(db, scenarioId);
    assertFreeName(db, name);
    const plan = getPlan(db, source.planId).plan;
    const copy = savePlan(db, { ...plan, name: name.trim() });
    return createScenario(db, { name, planId: copy.planId, seed: source.seed, draws: source.draws, maxCustomers: source.maxCustomers ?? undefined });
  })();
}

export function deleteScenario(db: WritableDB, scenarioId: number): boolean {
  return db.prepare('DELETE FROM scenarios WHERE scenario_id = ?').run(scenarioId).changes > 0;
}
