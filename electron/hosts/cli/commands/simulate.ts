import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { simulationRequestSchema } from '../../../../shared/contract/simulationSchemas';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { APP_VERSION } from '../../../backend/appVersion';
import { listPlans, savePlan, withdrawPlanVersion } from '../../../backend/simulation/planStore';
import { runWorkspaceSimulation } from '../../../backend/simulation/runWorkspaceSimulation';
import { WorkerPool } from '../../../backend/workers/workerPool';
import { UsageError } from '../cliErrors';
import { waitForWriteAccess } from '../workspaceAccess';
import type { Command } from '../command';
import { kpiTable } from '../kpiTable';
import { cliWorkerCount, parseWholeNumber, progressPrinter } from '../options';
import { parseOptions } from '../optionIssues';
import { PLAN_FILE_HINT, readPlanFile } from '../planFile';
import { DEFAULT_DRAWS } from '../../../../shared/contract/simulationSchemas';

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Run a points plan (a JSON file) over a workspace’s customers against the no-plan counterfactual.',
  usage: `lw simulate --workspace FILE.lwb --plan PLAN.json [--seed N] [--workers N] [--draws K] [--max-customers N] [--json OUT.json]

  Runs the plan by the workspace's current segments (or as one segment before segmenting), with
  each segment's fitted purchase, dropout and spend models, week by week over the plan's horizon,
  against the same customers without the plan. --draws K (default ${DEFAULT_DRAWS}) draws the plan's
  assumptions K times (draw 1 is the base case); each KPI's headline is the median over the draws,
  with P10-P90 and the Monte Carlo standard error of the median. --max-customers simulates a stratified sample.
  The plan is saved in the workspace (a new version of the plan with its name) and the run is
  kept with its inputs' hash, the app version, seed and timings.
  --json writes {"results": ..., "run": ..., "timings": ...}: the same inputs and seed give the
  same "results" byte for byte, whatever --workers (default: one per core).`,

  async run(io) {
    const { values } = parseArgs({
      args: io.argv,
      options: {
        workspace: { type: 'string' },
        plan: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        draws: { type: 'string' },
        'max-customers': { type: 'string' },
        json: { type: 'string' },
      },
      strict: true,
    });
    if (!values.workspace) throw new UsageError('simulate needs --workspace FILE.lwb.');
    if (!values.plan) throw new UsageError(`simulate needs --plan PLAN.json (${PLAN_FILE_HINT}).`);
    const plan = readPlanFile(values.plan);
    const workers = values.workers ? parseWholeNumber('--workers', values.workers, 1) : cliWorkerCount();
    const request = parseOptions(
      'simulate',
      simulationRequestSchema,
      {
        planId: 1,
        seed: values.seed ? parseWholeNumber('--seed', values.seed) : 1,
        draws: values.draws ? parseWholeNumber('--draws', values.draws, 1) : DEFAULT_DRAWS,
        ...(values['max-customers'] ? { maxCustomers: parseWholeNumber('--max-customers', values['max-customers'], 100) } : {}),
      },
      {
        seed: { flag: '--seed', form: 'N', given: values.seed },
        draws: { flag: '--draws', form: 'K', given: values.draws },
        maxCustomers: { flag: '--max-customers', form: 'N', given: values['max-customers'] },
      },
    );
    const path = resolve(values.workspace);
    const db = openWorkspace(path);
    const pool = new WorkerPool(workers);
    try {
      await waitForWriteAccess(db, path, io);
      const existing = listPlans(db).find((p) => p.name === plan.name);
      const stored = savePlan(db, plan, existing?.planId);
      const newVersion = existing === undefined || stored.version > existing.version;
      // Said at once: should the process be killed outright, the plan stays saved, as said.
      if (newVersion) io.stderr(`lw: saved the plan "${stored.plan.name}" in the workspace (version ${stored.version}).`);
      const progress = progressPrinter(io, `Simulating "${plan.name}" (blocks)`);
      let run;
      try {
        run = await runWorkspaceSimulation({ reader: db, writer: db }, pool, stored, { ...request, planId: stored.planId }, APP_VERSION, progress);
      } catch (e) {
        // A run that did not finish takes back the plan version it saved.
        if (newVersion) {
          withdrawPlanVersion(db, stored.planId, stored.version);
          io.stderr(`lw: the run did not finish; version ${stored.version} of the plan, saved for it, was taken back.`);
        }
        throw e;
      }
      progress.finish();
      io.stdout(`${run.results.planName}: ${run.results.simulatedCustomers.toLocaleString('en')} customers x ${run.results.horizonWeeks} weeks x ${run.results.draws} draw(s), seed ${run.results.seed}, ${workers} worker(s), ${run.record.seconds.toFixed(2)} s`);
      io.stdout(kpiTable(run.results));
      for (const w of run.results.warnings) io.stdout(`warning: ${w}`);
      if (values.json) {
        const { seconds, customerWeeks, ...audit } = run.record;
        writeFileSync(resolve(values.json), `${JSON.stringify({ results: run.results, run: audit, timings: { seconds, customerWeeks, customerWeeksPerSecond: customerWeeks / seconds } }, null, 1)}\n`);
      }
    } finally {
      await pool.close();
      db.close();
    }
    return 0;
  },
};
