import { createHash } from 'node:crypto';
import type { SegmentRequest } from '../../../shared/contract/segmentSchemas';
import type { RunInputHashes, RunInputKind } from '../../../shared/domain/scenarios';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import type { ReadableDB } from '../db/types';
import { readLifecycleRules } from '../queries/userSettingsInWorkspace';
import { canonicalJson } from './planStore';

/**
 * One hash per kind of input a run reads, so that a scenario can be marked stale, and say why,
 * the moment any of them differs. Each is made from a few indexed look-ups and small rows, never
 * from a scan of the customers or their transactions: a million-customer workspace lists its
 * scenarios as fast as the sample does. That rests on how the workspace is written:
 *
 * - transactions and customers are only ever added, by an import that leaves a row in `imports`
 *   (the sample writes one too), and keys only grow; so the imports' count, last id and rows,
 *   with the last transaction id and the customers' count and last key, change whenever they do;
 * - a segmentation's memberships are written once, in the transaction that creates it, so its id
 *   stands for them; renaming a segment rewrites its result, whose names are hashed;
 * - the fitted value models are part of the current segmentation's result (without one, the run
 *   fits them from the transactions, which their own hash covers).
 *
 * Attributes and lifecycle rules are hashed although today's engine does not read them: they are
 * part of the customer record a run's report describes, and a run that says "up to date" should
 * be up to date with the whole of it. The strategic score's weights are not: nothing in a run or
 * its report uses them.
 */
export type WorkspaceInputHashes = Omit<RunInputHashes, 'plan' | 'settings'>;

const hashOf = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32);

interface SegmentationRow {
  id: number;
  request: string;
  result: string;
}

export function workspaceInputHashes(db: ReadableDB): WorkspaceInputHashes {
  const importsOf = db.prepare("SELECT count(*) AS n, max(import_id) AS last, total(rows_imported) AS rows FROM imports WHERE kind IN (SELECT value FROM json_each(?))");
  const customers = db.prepare('SELECT count(*) AS n, max(customer_key) AS last FROM customers').get();
  const lastTransaction = db.prepare('SELECT max(transaction_id) AS last FROM transactions').get();
  const definitions = db.prepare('SELECT name, kind, value_type, label, unit FROM attribute_definitions ORDER BY name').all();
  const row = db.prepare('SELECT segmentation_id AS id, request_json AS request, result_json AS result FROM segmentations ORDER BY segmentation_id DESC LIMIT 1').get() as
    | SegmentationRow
    | undefined;
  const request = row ? (JSON.parse(row.request) as SegmentRequest) : null;
  const result = row ? (JSON.parse(row.result) as SegmentationResult) : null;
  return {
    customers: hashOf(customers),
    transactions: hashOf({ imports: importsOf.get(JSON.stringify(['transactions', 'sample'])), lastTransaction }),
    attributes: hashOf({ imports: importsOf.get(JSON.stringify(['attributes'])), definitions }),
    models: hashOf(result ? { purchase: result.valueModel.purchase, spend: result.valueModel.spend } : 'fitted by the run from the transactions'),
    // The calibration end and unit the customers were valued at belong to the segmentation (a new
    // calibration is a new segmentation, and new models): hashed here rather than as a setting,
    // so that segmenting for the first time, at the last purchase as the run did, is not
    // reported as a change of settings.
    segmentation: hashOf(
      row && request && result ? { id: row.id, method: request.method, calibration: [result.calibrationEnd, request.unit], segments: result.segments.map((s) => [s.segment, s.name]) } : 'none',
    ),
    lifecycle: hashOf(readLifecycleRules(db)),
  };
}

/** What a scenario's run reads, or would read now: the workspace's inputs with its plan version and settings. */
export interface RunSettings {
  /** The stored hash of the plan version (plan_versions.plan_hash). */
  planHash: string;
  seed: number;
  draws: number;
  maxCustomers: number | null;
}

export function runInputHashes(workspace: WorkspaceInputHashes, run: RunSettings): RunInputHashes {
  return {
    ...workspace,
    plan: run.planHash,
    settings: hashOf({ seed: run.seed, draws: run.draws, maxCustomers: run.maxCustomers }),
  } satisfies Record<RunInputKind, string>;
}

/** The stored hash of a plan version, as the scenario list compares it. */
export function storedPlanHash(db: ReadableDB, planId: number, version: number): string {
  const row = db.prepare('SELECT plan_hash AS hash FROM plan_versions WHERE plan_id = ? AND version = ?').get(planId, version) as { hash: string } | undefined;
  if (!row) throw new RangeError(`No version ${version} of plan ${planId}.`);
  return row.hash;
}

/** Reads a run's recorded hashes; null for a run made before runs recorded them. */
export function parseRunInputHashes(json: string | null): Partial<RunInputHashes> | null {
  return json === null ? null : (JSON.parse(json) as Partial<RunInputHashes>);
}
