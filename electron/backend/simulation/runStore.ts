import { gunzipSync, gzipSync } from 'node:zlib';
import type { SimulationRun } from '../../../shared/contract/methods';
import type { SimulationRequest } from '../../../shared/contract/simulationSchemas';
import type { RunInputHashes } from '../../../shared/domain/scenarios';
import { upgradeStoredResults } from '../../../shared/simulation/drawStats';
import type { SimulationResults, SimulationRunRecord } from '../../../shared/simulation/results';
import type { ReadableDB, WritableDB } from '../db/types';

/** A run's results are kept gzipped: a three-year run by segment is a few hundred kB of JSON. */
export function storeRun(
  db: WritableDB,
  planId: number,
  planVersion: number,
  request: SimulationRequest,
  record: Omit<SimulationRunRecord, 'runId'>,
  results: SimulationResults,
  scenarioId: number | null = null,
  inputHashes: RunInputHashes | null = null,
): SimulationRun {
  const runId = Number(
    db
      .prepare(
        `INSERT INTO simulation_runs(plan_id, plan_version, plan_hash, inputs_hash, app_version, seed, draws, workers, started_at, seconds, customer_weeks, request_json, results_gzip, scenario_id, input_hashes_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        planId,
        planVersion,
        record.planHash,
        record.inputsHash,
        record.appVersion,
        record.seed,
        record.draws,
        record.workers,
        record.startedAt,
        record.seconds,
        record.customerWeeks,
        JSON.stringify(request),
        gzipSync(JSON.stringify(results)),
        scenarioId,
        inputHashes ? JSON.stringify(inputHashes) : null,
      ).lastInsertRowid,
  );
  return { record: { runId, ...record }, results };
}

interface RunRow {
  runId: number;
  planName: string;
  planHash: string;
  inputsHash: string;
  appVersion: string;
  seed: number;
  draws: number;
  workers: number;
  startedAt: string;
  seconds: number;
  customerWeeks: number;
  results: Buffer;
}

function readRun(row: RunRow | undefined): SimulationRun | null {
  if (!row) return null;
  const { results, ...record } = row;
  // Runs stored by an earlier version are read into today's shape of the KPIs.
  return { record, results: upgradeStoredResults(JSON.parse(gunzipSync(results).toString('utf8')) as SimulationResults) };
}

/** A run with the name of the plan version it ran, by a condition on `r` (simulation_runs). */
const SELECT_RUN = `SELECT r.run_id AS runId, v.name AS planName, r.plan_hash AS planHash, r.inputs_hash AS inputsHash, r.app_version AS appVersion, r.seed, r.draws,
  r.workers, r.started_at AS startedAt, r.seconds, r.customer_weeks AS customerWeeks, r.results_gzip AS results
  FROM simulation_runs r JOIN plan_versions v ON v.plan_id = r.plan_id AND v.version = r.plan_version`;

/** A run by its id. */
export function getRun(db: ReadableDB, runId: number): SimulationRun | null {
  return readRun(db.prepare(`${SELECT_RUN} WHERE r.run_id = ?`).get(runId) as RunRow | undefined);
}

/** The latest run of a plan. */
export function latestRun(db: ReadableDB, planId: number): SimulationRun | null {
  return readRun(db.prepare(`${SELECT_RUN} WHERE r.plan_id = ? ORDER BY r.run_id DESC LIMIT 1`).get(planId) as RunRow | undefined);
}
