import { BackendError } from '../../../shared/contract/errors';
import type { ScenarioSummary } from '../../../shared/domain/scenarios';
import { openSqlite } from '../db/sqlite';
import type { ReadableDB, WritableDB } from '../db/types';
import type { JobRegistry } from '../jobs/jobRegistry';
import { runScenario } from '../scenarios/runScenario';
import { listScenarios } from '../scenarios/scenarioStore';
import type { WorkerPool } from '../workers/workerPool';
import type { OpenedWorkspace, WorkspaceSession } from '../workspace/workspaceSession';

/**
 * The sample's example scenarios, run in the background once the sample is open, so that a first
 * launch is usable in seconds rather than after three full runs.
 *
 * The sample is written with its example scenarios stored but never run, and their ids under
 * EXAMPLES_TO_RUN in its meta table. Whenever a workspace holding that list is open, the examples
 * on it that still have no run are run, one after another, each as a job of its own. They hold no
 * lock on the workspace: the user imports, segments, edits plans and runs scenarios meanwhile, and
 * the scenario list shows the examples as never run until each one's run is stored. A run reads
 * the workspace as it is when the run starts and records what it read, so an example run while
 * the user changed its inputs shows as stale, never as current. Each run is stored, in one
 * transaction, when it finishes; an app closed meanwhile loses only the run in progress, and the
 * examples still without a run are taken up the next time the workspace opens. When every one has
 * a run (or has been deleted), the list is removed.
 */
export const EXAMPLES_TO_RUN = 'sample.examplesToRun';

/** Records the example scenarios to run once the workspace is open (in the writer's transaction). */
export function markExamplesToRun(db: WritableDB, scenarioIds: readonly number[]): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(EXAMPLES_TO_RUN, JSON.stringify(scenarioIds));
}

/** The listed example scenarios that are still there and have no run, in the order listed. */
export function examplesToRun(db: ReadableDB): ScenarioSummary[] {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(EXAMPLES_TO_RUN) as { value: string } | undefined;
  if (!row) return [];
  const ids = JSON.parse(row.value) as number[];
  const scenarios = listScenarios(db);
  return ids.flatMap((id) => scenarios.filter((s) => s.scenarioId === id && s.lastRun === null));
}

/** The label of an example's job, unlike a user's run ("Running scenario …") so the lab never takes it for one it started. */
export const exampleJobLabel = (name: string): string => `Running example scenario "${name}"`;

interface Running {
  opened: OpenedWorkspace;
  controller: AbortController;
  done: Promise<void>;
}

export class BackgroundExampleRuns {
  private running: Running | null = null;

  constructor(
    private readonly deps: { session: WorkspaceSession; jobs: JobRegistry; pool: WorkerPool; version: string },
  ) {}

  /** Starts running the open workspace's examples still without a run, unless they are already running. */
  start(): void {
    const opened = this.deps.session.opened;
    if (!opened || this.running?.opened === opened) return;
    if (!hasList(opened.reader)) return;
    const controller = new AbortController();
    const done = this.runAll(opened, controller.signal).finally(() => {
      if (this.running?.done === done) this.running = null;
    });
    this.running = { opened, controller, done };
  }

  /** Stops the background runs (before the workspace is switched or copied); settles when they have. */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    running.controller.abort();
    await running.done;
  }

  private async runAll(opened: OpenedWorkspace, stop: AbortSignal): Promise<void> {
    const stillOpen = () => !stop.aborted && this.deps.session.opened === opened;
    let db: WritableDB | null = null;
    try {
      db = ownConnection(opened.path);
      // Each listed example once at most this session, read again before it runs: the user may
      // have run or deleted one meanwhile.
      for (const { scenarioId } of examplesToRun(db)) {
        const scenario = examplesToRun(db).find((s) => s.scenarioId === scenarioId);
        if (!stillOpen()) return;
        if (scenario && !(await this.runOne(db, opened.path, scenario, stop))) return;
      }
      if (stillOpen() && examplesToRun(db).length === 0) forgetList(db);
    } catch (e) {
      // Never thrown to the caller, which does not wait: the examples left run the next time.
      if (stillOpen()) console.error('[backend] running the example scenarios failed:', e);
    } finally {
      db?.close();
    }
  }

  /** Runs one example as a job; false when the runs are to stop (cancelled, or the workspace cannot be written now). */
  private async runOne(db: WritableDB, path: string, scenario: ScenarioSummary, stop: AbortSignal): Promise<boolean> {
    // The user may run the same scenario meanwhile, or delete it: then this run gives way (its
    // run, stored later, would be the latest while it read the workspace as it was before).
    const overtaken = new AbortController();
    const standing = db.prepare('SELECT (SELECT count(*) FROM scenarios WHERE scenario_id = ?) AS present, (SELECT count(*) FROM simulation_runs WHERE scenario_id = ?) AS runs');
    const checkStanding = () => {
      const { present, runs } = standing.get(scenario.scenarioId, scenario.scenarioId) as { present: number; runs: number };
      if (present === 0 || runs > 0) overtaken.abort();
    };
    try {
      await this.deps.jobs.run(exampleJobLabel(scenario.name), 'blocks', async (job) => {
        // Any of them ends it: the job's cancel in the status bar, a switch of workspace, the user's own run.
        const signal = AbortSignal.any([job.signal, stop, overtaken.signal]);
        try {
          return await runScenario({ reader: db, writer: db }, this.deps.pool, scenario, this.deps.version, {
            signal,
            setTotal: (total) => job.setTotal(total),
            advance: (units) => {
              job.advance(units);
              checkStanding();
            },
          });
        } catch (e) {
          if (isBusy(e)) throw busyWorkspace(scenario.name, path);
          throw e;
        }
      });
      return true;
    } catch (e) {
      if (overtaken.signal.aborted && !stop.aborted) return true;
      // A cancel from the status bar stops the examples for this session, as does a workspace
      // another writer holds; the job's state already says which. A stop for a switch of
      // workspace, or a backend closing, ends them quietly.
      if (e instanceof BackendError || stop.aborted) return false;
      throw e;
    }
  }
}

/**
 * A connection of the examples' own to the open workspace (which the session has already checked
 * and migrated), that never waits for a lock: better-sqlite3 waits on the thread that answers the
 * app, and an import in its own thread holds the file for its whole transaction. A run that
 * finds the file held is not kept, and runs again the next time the workspace opens.
 */
function ownConnection(path: string): WritableDB {
  const db = openSqlite(path, { fileMustExist: true }) as WritableDB;
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 0');
  return db;
}

function isBusy(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

function busyWorkspace(name: string, path: string): BackendError {
  return new BackendError(
    'workspace-locked',
    `The run of the example scenario "${name}" was not kept: ${path} was being written to (an import?) when it finished.`,
    'It runs again the next time the workspace is opened; or run it yourself from the Scenarios page.',
  );
}

/** Removes the list once every example has its run; held by another writer, it is removed next time. */
function forgetList(db: WritableDB): void {
  try {
    db.prepare('DELETE FROM meta WHERE key = ?').run(EXAMPLES_TO_RUN);
  } catch (e) {
    if (!isBusy(e)) throw e;
  }
}

function hasList(db: ReadableDB): boolean {
  return db.prepare('SELECT 1 FROM meta WHERE key = ?').get(EXAMPLES_TO_RUN) !== undefined;
}
