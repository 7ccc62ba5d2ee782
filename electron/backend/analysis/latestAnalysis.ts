import { BackendError } from '../../../shared/contract/errors';
import type { AnalysisQuery, SensitivityRequest, ValidateRequest } from '../../../shared/contract/analysisSchemas';
import type { GoalSeekRequest } from '../../../shared/contract/scenarioSchemas';
import type { SegmentMethod, SegmentRequest } from '../../../shared/contract/segmentSchemas';
import type { SimulationRequest } from '../../../shared/contract/simulationSchemas';
import { analysisStatus, type KeptAnalysis, type KeptFit, type KeptGoalSeek, type KeptSegmentation, type KeptSensitivity, type KeptSimulation } from '../../../shared/domain/analysisResults';
import type { ModelValidation } from '../../../shared/domain/modelValidation';
import type { GoalSeekResult, ScenarioSummary, SensitivityResult } from '../../../shared/domain/scenarios';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import type { ReadableDB } from '../db/types';
import { getScenario } from '../scenarios/scenarioStore';
import { parseRunInputHashes, runInputHashes, workspaceInputHashes } from '../simulation/runInputs';
import { getRun } from '../simulation/runStore';
import { scenarioAnalysisInputs, workspaceAnalysisInputs } from './analysisInputs';
import { FIT_KEY, readAnalysis } from './analysisStore';

/** The last result of the analysis asked for, with whether it still stands; null when there is none. */
export function latestAnalysis(db: ReadableDB, query: AnalysisQuery): KeptAnalysis | null {
  switch (query.kind) {
    case 'fit':
      return latestFit(db);
    case 'segmentation':
      return latestSegmentation(db, query.method);
    case 'simulation':
      return latestSimulation(db, query.planId);
    case 'sensitivity':
    case 'goalSeek':
      return latestScenarioAnalysis(db, query.kind, query.scenarioId);
  }
}

function latestFit(db: ReadableDB): KeptFit | null {
  const kept = readAnalysis(db, 'fit', FIT_KEY);
  if (!kept) return null;
  return {
    kind: 'fit',
    madeAt: kept.madeAt,
    ...analysisStatus('fit', kept.inputHashes, workspaceAnalysisInputs(db, 'fit')),
    request: kept.request as ValidateRequest,
    result: kept.result as ModelValidation,
  };
}

interface SegmentationRow {
  id: number;
  createdAt: string;
  request: string;
  result: string;
  latestId: number;
}

/**
 * A segmentation's figures are those of `segmentations` (renames and merges included); the kept
 * row says only which segmentation it recorded and what that one read. A segmentation with no
 * such row was made by an earlier version or by `lw segment`: nothing vouches for it.
 */
function latestSegmentation(db: ReadableDB, method: SegmentMethod): KeptSegmentation | null {
  const row = db
    .prepare(
      `SELECT segmentation_id AS id, created_at AS createdAt, request_json AS request, result_json AS result,
              (SELECT max(segmentation_id) FROM segmentations) AS latestId
         FROM segmentations WHERE method = ? ORDER BY segmentation_id DESC LIMIT 1`,
    )
    .get(method) as SegmentationRow | undefined;
  if (!row) return null;
  const kept = readAnalysis(db, 'segmentation', method);
  const recorded = kept !== null && (kept.result as { segmentationId?: unknown }).segmentationId === row.id;
  return {
    kind: 'segmentation',
    madeAt: recorded ? kept.madeAt : row.createdAt,
    ...analysisStatus('segmentation', recorded ? kept.inputHashes : null, workspaceAnalysisInputs(db, 'segmentation')),
    request: JSON.parse(row.request) as SegmentRequest,
    result: JSON.parse(row.result) as SegmentationResult,
    inUse: row.id === row.latestId,
  };
}

interface RunRow {
  runId: number;
  request: string;
  hashes: string | null;
  planHash: string;
}

/** A plan's latest run (as 'simulation.latest' gives it), judged against the plan's latest version and the workspace now. */
function latestSimulation(db: ReadableDB, planId: number): KeptSimulation | null {
  const row = db
    .prepare(
      `SELECT r.run_id AS runId, r.request_json AS request, r.input_hashes_json AS hashes,
              (SELECT plan_hash FROM plan_versions v WHERE v.plan_id = r.plan_id ORDER BY version DESC LIMIT 1) AS planHash
         FROM simulation_runs r WHERE r.plan_id = ? ORDER BY r.run_id DESC LIMIT 1`,
    )
    .get(planId) as RunRow | undefined;
  const run = row ? getRun(db, row.runId) : null;
  if (!row || !run) return null;
  const request = JSON.parse(row.request) as SimulationRequest;
  const now = runInputHashes(workspaceInputHashes(db), { planHash: row.planHash, seed: run.record.seed, draws: run.record.draws, maxCustomers: request.maxCustomers ?? null });
  return { kind: 'simulation', madeAt: run.record.startedAt, ...analysisStatus('simulation', parseRunInputHashes(row.hashes), now), request, result: run };
}

function latestScenarioAnalysis(db: ReadableDB, kind: 'sensitivity' | 'goalSeek', scenarioId: number): KeptSensitivity | KeptGoalSeek | null {
  let scenario: ScenarioSummary;
  try {
    scenario = getScenario(db, scenarioId);
  } catch (e) {
    if (e instanceof BackendError && e.code === 'not-found') return null;
    throw e;
  }
  const kept = readAnalysis(db, kind, String(scenarioId));
  // Made before the scenario was: it belonged to a deleted scenario whose number came round again.
  if (!kept || kept.madeAt < scenario.createdAt) return null;
  const status = analysisStatus(kind, kept.inputHashes, scenarioAnalysisInputs(db, scenario));
  return kind === 'sensitivity'
    ? { kind, madeAt: kept.madeAt, ...status, request: kept.request as SensitivityRequest, result: kept.result as SensitivityResult }
    : { kind, madeAt: kept.madeAt, ...status, request: kept.request as GoalSeekRequest, result: kept.result as GoalSeekResult };
}
