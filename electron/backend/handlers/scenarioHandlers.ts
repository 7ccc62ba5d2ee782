import type { Handlers } from '../../../shared/contract/methods';
import type { ScenarioResults } from '../../../shared/domain/scenarios';
import { buildReport } from '../reports/exportReport';
import { goalSeek, sensitivity } from '../scenarios/scenarioAnalysis';
import { createScenario, deleteScenario, duplicateScenario, getScenario, listScenarios, updateScenario } from '../scenarios/scenarioStore';
import { runScenario, scenarioLatestRun } from '../scenarios/runScenario';
import { getPlan } from '../simulation/planStore';
import type { HandlerContext } from './context';

type ScenarioMethods =
  | 'scenarios.list'
  | 'scenarios.create'
  | 'scenarios.update'
  | 'scenarios.duplicate'
  | 'scenarios.delete'
  | 'scenarios.run'
  | 'scenarios.results'
  | 'scenarios.sensitivity'
  | 'scenarios.goalSeek'
  | 'reports.export';

export function scenarioHandlers(ctx: HandlerContext): Pick<Handlers, ScenarioMethods> {
  return {
    'scenarios.list': async () => listScenarios(ctx.session.require().reader),
    'scenarios.create': async (s) => ctx.session.exclusive(`Creating scenario "${s.name}"`, async ({ db }) => createScenario(db, s)),
    'scenarios.update': async (u) => ctx.session.exclusive('Changing a scenario', async ({ db }) => updateScenario(db, u)),
    'scenarios.duplicate': async ({ scenarioId, name }) => ctx.session.exclusive(`Duplicating a scenario as "${name}"`, async ({ db }) => duplicateScenario(db, scenarioId, name)),
    'scenarios.delete': async ({ scenarioId }) => ctx.session.exclusive('Deleting a scenario', async ({ db }) => ({ deleted: deleteScenario(db, scenarioId) })),
    'scenarios.run': async ({ scenarioId }) => {
      const scenario = getScenario(ctx.session.require().reader, scenarioId);
      const label = `Running scenario "${scenario.name}"`;
      return ctx.session.exclusive(label, ({ reader, db }) => ctx.jobs.run(label, 'blocks', (job) => runScenario({ reader, writer: db }, ctx.pool, scenario, ctx.version, job)));
    },
    'scenarios.results': async ({ scenarioIds }) => {
      const { reader } = ctx.session.require();
      return scenarioIds.map((id): ScenarioResults => {
        const scenario = getScenario(reader, id);
        return { scenario, run: scenarioLatestRun(reader, scenario) };
      });
    },
    'scenarios.sensitivity': async ({ scenarioId, kpi, maxCustomers }) => {
      const { reader } = ctx.session.require();
      const scenario = getScenario(reader, scenarioId);
      const plan = getPlan(reader, scenario.planId).plan;
      return ctx.jobs.run(`Sensitivity of "${scenario.name}"`, 'runs', (job) => sensitivity(reader, ctx.pool, { scenarioId, plan, seed: scenario.seed, draws: scenario.draws }, kpi, maxCustomers, job));
    },
    'scenarios.goalSeek': async (request) => {
      const { reader } = ctx.session.require();
      const scenario = getScenario(reader, request.scenarioId);
      const plan = getPlan(reader, scenario.planId).plan;
      return ctx.jobs.run(`Goal seek on "${scenario.name}"`, 'runs', (job) => goalSeek(reader, ctx.pool, { scenarioId: scenario.scenarioId, plan, seed: scenario.seed, draws: scenario.draws }, request, job));
    },
    'reports.export': async ({ scenarioId, format, locale }) => {
      const scenario = getScenario(ctx.session.require().reader, scenarioId);
      const run =
        scenarioLatestRun(ctx.session.require().reader, scenario) ??
        (await ctx.session.exclusive(`Running scenario "${scenario.name}"`, ({ reader, db }) =>
          ctx.jobs.run(`Running scenario "${scenario.name}"`, 'blocks', (job) => runScenario({ reader, writer: db }, ctx.pool, scenario, ctx.version, job)),
        ));
      const plan = getPlan(ctx.session.require().reader, scenario.planId).plan;
      const bytes = await buildReport({ scenario: getScenario(ctx.session.require().reader, scenarioId), plan, run, locale, generatedAt: new Date().toISOString() }, format);
      const safe = scenario.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'scenario';
      return { fileName: `${safe}.${format}`, format, base64: bytes.toString('base64') };
    },
  };
}
