import { createHash } from 'node:crypto';
import { BackendError } from '../../../shared/contract/errors';
import type { PlanSummary, StoredPlan } from '../../../shared/contract/methods';
import { parsePlan, type Plan } from '../../../shared/plan/planSchema';
import type { ReadableDB, WritableDB } from '../db/types';

/** A stable hash of a plan document (its canonical JSON), for the audit record of a run. */
export function planHash(plan: Plan): string {
  return createHash('sha256').update(canonicalJson(plan)).digest('hex');
}

/** JSON with object keys sorted, so equal documents hash equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

interface VersionRow {
  planId: number;
  version: number;
  name: string;
  savedAt: string;
  json: string;
}

const LATEST = `
  SELECT v.plan_id AS planId, v.version, v.name, v.saved_at AS savedAt, v.plan_json AS json
  FROM plan_versions v
  WHERE v.version = (SELECT max(version) FROM plan_versions w WHERE w.plan_id = v.plan_id)`;

export function listPlans(db: ReadableDB): PlanSummary[] {
  const rows = db.prepare(`${LATEST} ORDER BY v.saved_at DESC, v.plan_id DESC`).all() as VersionRow[];
  return rows.map((r) => ({ planId: r.planId, name: r.name, version: r.version, updatedAt: r.savedAt }));
}

function toStored(row: VersionRow): StoredPlan {
  const parsed = parsePlan(JSON.parse(row.json));
  if (!parsed.ok) {
    throw new BackendError('bad-input', `Stored plan ${row.planId} (version ${row.version}) no longer reads: ${parsed.problems.join('; ')}`, 'Open the plan file it came from, or make a new plan.');
  }
  return { planId: row.planId, name: row.name, version: row.version, updatedAt: row.savedAt, plan: parsed.plan };
}

export function getPlan(db: ReadableDB, planId: number, version?: number): StoredPlan {
  const row = (
    version === undefined
      ? db.prepare(`${LATEST} AND v.plan_id = ?`).get(planId)
      : db.prepare('SELECT plan_id AS planId, version, name, saved_at AS savedAt, plan_json AS json FROM plan_versions WHERE plan_id = ? AND version = ?').get(planId, version)
  ) as VersionRow | undefined;
  if (!row) throw new BackendError('not-found', `There is no plan ${planId}${version ? ` version ${version}` : ''} in this workspace.`, 'Choose a plan from the list.');
  return toStored(row);
}

/** Saves a plan as a new version (a new plan when planId is absent); an unchanged plan is not saved twice. */
export function savePlan(db: WritableDB, plan: Plan, planId?: number, now = new Date().toISOString()): StoredPlan {
  return db.transaction(() => {
    let id = planId;
    let version = 1;
    if (id === undefined) {
      id = Number(db.prepare('INSERT INTO plans(created_at) VALUES (?)').run(now).lastInsertRowid);
    } else {
      const last = db.prepare('SELECT max(version) AS v, plan_hash AS hash FROM plan_versions WHERE plan_id = ?').get(id) as { v: number | null; hash: string | null };
      if (last.v === null) throw new BackendError('not-found', `There is no plan ${id} in this workspace.`, 'Save it as a new plan.');
      const latest = db.prepare('SELECT plan_hash AS hash FROM plan_versions WHERE plan_id = ? AND version = ?').get(id, last.v) as { hash: string };
      if (latest.hash === planHash(plan)) return getPlan(db, id);
      version = last.v + 1;
    }
    db.prepare('INSERT INTO plan_versions(plan_id, version, name, saved_at, plan_json, plan_hash) VALUES (?, ?, ?, ?, ?, ?)').run(id, version, plan.name, now, JSON.stringify(plan), planHash(plan));
    return getPlan(db, id);
  })();
}

export function deletePlan(db: WritableDB, planId: number): boolean {
  return db.prepare('DELETE FROM plans WHERE plan_id = ?').run(planId).changes > 0;
}

/**
 * Takes back a plan version saved for a run that did not finish (cancelled, or failed), and the
 * plan itself when that was its only version: the workspace is left as it was before the run.
 * A version a stored run points to is kept.
 */
export function withdrawPlanVersion(db: WritableDB, planId: number, version: number): void {
  db.transaction(() => {
    const used = db.prepare('SELECT 1 FROM simulation_runs WHERE plan_id = ? AND plan_version = ? LIMIT 1').get(planId, version);
    if (used) return;
    db.prepare('DELETE FROM plan_versions WHERE plan_id = ? AND version = ?').run(planId, version);
    const left = db.prepare('SELECT count(*) AS n FROM plan_versions WHERE plan_id = ?').get(planId) as { n: number };
    const inScenario = db.prepare('SELECT 1 FROM scenarios WHERE plan_id = ? LIMIT 1').get(planId);
    if (left.n === 0 && !inScenario) db.prepare('DELETE FROM plans WHERE plan_id = ?').run(planId);
  })();
}
