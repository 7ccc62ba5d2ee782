import { createHash } from 'node:crypto';
import type { RunInputHashes } from '../../../shared/domain/scenarios';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import type { ReadableDB, WritableDB } from '../db/types';
import { canonicalJson } from '../simulation/planStore';

/** The kinds of analysis kept in `analysis_results` (simulation runs are kept in `simulation_runs`). */
export type StoredAnalysisKind = 'fit' | 'segmentation' | 'sensitivity' | 'goalSeek';

/** The workspace has one fit; the other kinds are kept per method or per scenario. */
export const FIT_KEY = 'workspace';

export interface StoredAnalysis {
  kind: StoredAnalysisKind;
  key: string;
  madeAt: string;
  request: unknown;
  /** One hash per kind of input the analysis read, taken before it read them. */
  inputHashes: Partial<RunInputHashes>;
  result: unknown;
}

/**
 * Keeps an analysis as the last of its kind and key, replacing the one before. The caller holds
 * the workspace (session.exclusive) and calls this when its work is done, so a cancelled or
 * failed analysis leaves the kept one as it was.
 */
export function keepAnalysis(db: WritableDB, kept: StoredAnalysis): void {
  db.prepare(
    `INSERT INTO analysis_results(kind, key, made_at, request_json, input_hashes_json, inputs_hash, result_json) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(kind, key) DO UPDATE SET made_at = excluded.made_at, request_json = excluded.request_json, input_hashes_json = excluded.input_hashes_json,
       inputs_hash = excluded.inputs_hash, result_json = excluded.result_json`,
  ).run(
    kept.kind,
    kept.key,
    kept.madeAt,
    JSON.stringify(kept.request),
    JSON.stringify(kept.inputHashes),
    createHash('sha256').update(canonicalJson(kept.inputHashes)).digest('hex'),
    JSON.stringify(kept.result),
  );
}

/**
 * Records which segmentation is the last of its method and what it read; its figures stay in
 * `segmentations`. Called by runSegmentation inside the transaction that stores the segmentation.
 */
export function keepSegmentation(db: WritableDB, result: SegmentationResult, inputHashes: Partial<RunInputHashes>): void {
  keepAnalysis(db, { kind: 'segmentation', key: result.method, madeAt: new Date().toISOString(), request: { method: result.method }, inputHashes, result: { segmentationId: result.segmentationId } });
}

interface Row {
  madeAt: string;
  request: string;
  hashes: string;
  result: string;
}

export function readAnalysis(db: ReadableDB, kind: StoredAnalysisKind, key: string): StoredAnalysis | null {
  const row = db
    .prepare('SELECT made_at AS madeAt, request_json AS request, input_hashes_json AS hashes, result_json AS result FROM analysis_results WHERE kind = ? AND key = ?')
    .get(kind, key) as Row | undefined;
  if (!row) return null;
  return {
    kind,
    key,
    madeAt: row.madeAt,
    request: JSON.parse(row.request) as unknown,
    inputHashes: JSON.parse(row.hashes) as Partial<RunInputHashes>,
    result: JSON.parse(row.result) as unknown,
  };
}

/** A scenario's kept analyses go with it (its id could be given to a scenario made later). */
export function forgetScenarioAnalyses(db: WritableDB, scenarioId: number): void {
  db.prepare("DELETE FROM analysis_results WHERE kind IN ('sensitivity', 'goalSeek') AND key = ?").run(String(scenarioId));
}
