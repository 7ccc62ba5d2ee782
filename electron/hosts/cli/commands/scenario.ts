import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scenarioCreateSchema } from '../../../../shared/contract/scenarioSchemas';
import { DEFAULT_DRAWS } from '../../../../shared/contract/simulationSchemas';
import type { Plan } from '../../../../shared/plan/planSchema';
import { APP_VERSION } from '../../../backend/appVersion';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import type { WritableDB } from '../../../backend/db/types';
import { runScenario } from '../../../backend/scenarios/runScenario';
import { createScenario, deleteScenario, getScenario, listScenarios } from '../../../backend/scenarios/scenarioStore';
import { getPlan, listPlans, planHash, savePlan } from '../../../backend/simulation/planStore';
import { WorkerPool } from '../../../backend/workers/workerPool';
import { UsageError } from '../cliErrors';
import type { Command, CommandIO } from '../command';
import { kpiTable } from '../kpiTable';
import { cliWorkerCount, parseWholeNumber, progressPrinter } from '../options';
import { parseOptions } from '../optionIssues';
import { PLAN_FILE_HINT, readPlanFile } from '../planFile';
import { requireScenario } from '../scenarioLookup';
import { waitForWriteAccess } from '../workspaceAccess';
import { scenarioJson } from './scenarios';

const SUBCOMMANDS = ['create', 'run', 'delete'] as const;

/**
 * The plan a new scenario runs. A plan already in the workspace under that name with the same
 * content is reused (two scenarios of one plan, other seeds). One with that name and other
 * content gets the file as its next version, as saving it on the Plan page would, unless a
 * scenario follows that plan: creating a scenario never changes another, so the file is then
 * kept as a plan of its own, named after the new scenario.
 */
function storePlan(db: WritableDB, plan: Plan, scenarioName: string): { planId: number; note: string | null } {
  const hash = planHash(plan);
  const plans = listPlans(db);
  // Identical but for its name: the plan an earlier scenario kept of this same file, renamed.
  const identical = plans.find((p) => p.name === plan.name && planHash(getPlan(db, p.planId).plan) === hash) ?? plans.find((p) => planHash({ ...getPlan(db, p.planId).plan, name: plan.name }) === hash);
  if (identical) return { planId: identical.planId, note: null };
  const sameName = plans.filter((p) => p.name === plan.name);
  const existing = sameName[0];
  if (!existing) return { planId: savePlan(db, plan).planId, note: null };
  const followers = listScenarios(db).filter((s) => s.planId === existing.planId);
  if (followers.length === 0) {
    const stored = savePlan(db, plan, existing.planId);
    return { planId: stored.planId, note: `saved the plan file as version ${stored.version} of the plan "${plan.name}".` };
  }
  const name = `${plan.name} (${scenarioName.trim()})`;
  const stored = savePlan(db, { ...plan, name });
  const used = followers.map((s) => `"${s.name}"`).join(', ');
  const runBy = followers.length === 1 ? `the scenario ${used} runs it` : `the scenarios ${used} run it`;
  return { planId: stored.planId, note: `the workspace's plan "${plan.name}" differs from the file and ${runBy}, so the file is kept as the plan "${name}".` };
}

async function create(io: CommandIO, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { workspace: { type: 'string' }, name: { type: 'string' }, plan: { type: 'string' }, seed: { type: 'string' }, draws: { type: 'string' }, customers: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  if (!values.workspace) throw new UsageError('scenario create needs --workspace FILE.lwb.');
  if (!values.plan) throw new UsageError(`scenario create needs --plan PLAN.json (${PLAN_FILE_HINT}).`);
  const fields = parseOptions(
    'scenario create',
    scenarioCreateSchema,
    {
      name: values.name,
      planId: 1,
      ...(values.seed !== undefined ? { seed: parseWholeNumber('--seed', values.seed) } : {}),
      ...(values.draws !== undefined ? { draws: parseWholeNumber('--draws', values.draws, 1) } : {}),
      ...(values.customers !== undefined ? { maxCustomers: parseWholeNumber('--customers', values.customers, 1) } : {}),
    },
    {
      name: { flag: '--name', form: 'NAME (its own, at most 80 characters)', given: values.name },
      seed: { flag: '--seed', form: 'N', given: values.seed },
      draws: { flag: '--draws', form: 'K', given: values.draws },
      maxCustomers: { flag: '--customers', form: 'N (a stratified sample of at least 100)', given: values.customers },
    },
  );
  const plan = readPlanFile(values.plan);
  const path = resolve(values.workspace);
  const db = openWorkspace(path);
  try {
    await waitForWriteAccess(db, path, io);
    // One transaction: a scenario refused (its name taken) leaves no plan version behind.
    const { scenario, note } = db.transaction(() => {
      const stored = storePlan(db, plan, fields.name);
      return { scenario: createScenario(db, { ...fields, planId: stored.planId }), note: stored.note };
    })();
    if (note) io.stderr(`lw: ${note}`);
    if (values.json) {
      io.stdout(JSON.stringify(scenarioJson(scenario), null, 2));
    } else {
      const sample = scenario.maxCustomers === null ? 'every customer' : `a sample of ${scenario.maxCustomers.toLocaleString('en')} customers`;
      io.stdout(`Created the scenario "${scenario.name}": plan "${scenario.planName}" (version ${scenario.planVersion}), seed ${scenario.seed}, ${scenario.draws} draw(s), ${sample}.`);
      io.stdout(`Run it with: lw scenario run --workspace ${values.workspace} --name "${scenario.name}"`);
    }
  } finally {
    db.close();
  }
  return 0;
}

async function run(io: CommandIO, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, name: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  if (!values.workspace) throw new UsageError('scenario run needs --workspace FILE.lwb.');
  if (!values.name) throw new UsageError('scenario run needs --name NAME (`lw scenarios --workspace FILE.lwb` lists them).');
  const workers = values.workers ? parseWholeNumber('--workers', values.workers, 1) : cliWorkerCount();
  const path = resolve(values.workspace);
  const db = openWorkspace(path);
  const pool = new WorkerPool(workers);
  try {
    const scenario = requireScenario(db, values.name, values.workspace);
    await waitForWriteAccess(db, path, io);
    const progress = progressPrinter(io, `Running scenario "${scenario.name}" (blocks)`);
    // Ctrl-C (the progress printer's signal) stops the run; nothing of it is kept.
    const ran = await runScenario({ reader: db, writer: db }, pool, scenario, APP_VERSION, progress);
    progress.finish();
    const after = getScenario(db, scenario.scenarioId);
    if (values.json) {
      const { seconds, customerWeeks, ...audit } = ran.record;
      io.stdout(JSON.stringify({ scenario: scenarioJson(after), run: audit, timings: { seconds, customerWeeks }, results: ran.results }, null, 1));
    } else {
      const r = ran.results;
      io.stdout(`${after.name} (run #${ran.record.runId}): plan "${r.planName}", ${r.simulatedCustomers.toLocaleString('en')} customers x ${r.horizonWeeks} weeks x ${r.draws} draw(s), seed ${r.seed}, ${ran.record.seconds.toFixed(2)} s`);
      io.stdout(kpiTable(r));
      for (const w of r.warnings) io.stdout(`warning: ${w}`);
    }
  } finally {
    await pool.close();
    db.close();
  }
  return 0;
}

async function remove(io: CommandIO, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, name: { type: 'string' } }, strict: true });
  if (!values.workspace) throw new UsageError('scenario delete needs --workspace FILE.lwb.');
  if (!values.name) throw new UsageError('scenario delete needs --name NAME (`lw scenarios --workspace FILE.lwb` lists them).');
  const path = resolve(values.workspace);
  const db = openWorkspace(path);
  try {
    const scenario = requireScenario(db, values.name, values.workspace);
    await waitForWriteAccess(db, path, io);
    deleteScenario(db, scenario.scenarioId);
    io.stdout(`Deleted the scenario "${scenario.name}"; its plan "${scenario.planName}" and the runs it made stay in the workspace.`);
  } finally {
    db.close();
  }
  return 0;
}

export const scenarioCommand: Command = {
  name: 'scenario',
  summary: 'Create, run or delete a scenario: a named plan with its seed, draws and sample size.',
  usage: `lw scenario create --workspace FILE.lwb --name NAME --plan PLAN.json [--seed N] [--draws K] [--customers N] [--json]
lw scenario run    --workspace FILE.lwb --name NAME [--workers N] [--json]
lw scenario delete --workspace FILE.lwb --name NAME

  create  keeps a scenario in the workspace: the plan in PLAN.json (${PLAN_FILE_HINT}),
          run with --seed N (default 1), --draws K assumption draws (default ${DEFAULT_DRAWS}; the headline
          of each KPI is their median, with P10-P90) over every customer, or a stratified sample
          of --customers N (at least 100). A plan already in the workspace with the file's name
          and content is reused; with the same name and other content, the file becomes its next
          version, unless another scenario runs that plan: creating a scenario never changes
          another, so the file is then kept as a plan of its own, "NAME-IN-FILE (SCENARIO)".
          --json prints the scenario as \`lw scenarios --json\` does.
  run     runs the scenario over the workspace's customers against the no-plan counterfactual
          and keeps the run as the scenario's latest; prints the KPI table (--json: the
          scenario, the run's audit record and the full results, money unrounded).
  delete  removes the scenario; its plan and the runs it made stay.

  Names are matched without regard to case; \`lw scenarios --workspace FILE.lwb\` lists them.`,

  async run(io) {
    const [sub, ...args] = io.argv;
    switch (sub as (typeof SUBCOMMANDS)[number] | undefined) {
      case 'create':
        return create(io, args);
      case 'run':
        return run(io, args);
      case 'delete':
        return remove(io, args);
      default:
        throw new UsageError(sub === undefined ? `scenario needs what to do: ${SUBCOMMANDS.join(', ')}.` : `scenario ${sub}: there is no such action; use ${SUBCOMMANDS.join(', ')}.`);
    }
  },
};
