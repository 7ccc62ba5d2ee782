import type { Handlers } from '../../../shared/contract/methods';
import type { ScenarioResults, ScenarioSummary } from '../../../shared/domain/scenarios';
import { buildReport } from '../reports/exportReport';
import { goalSeek, sensitivity } from '../scenarios/scenarioAnalysis';
import { createScenario, deleteScenario, duplicateScenario, getScenario, listScenarios, updateScenario } from '../scenarios/scenarioStore';
import { runScenario, scenarioLatestRun } from '../scenarios/runScenario';
import { getPlan } from '../simulation/planStore';
import { scenarioAnalysisInputs } from '../analysis/analysisInputs';
import { forgetScenarioAnalyses, keepAnalysis } from '../analysis/analysisStore';
import type { HandlerContext } from './context';
import { readWorkspaceSettings } from '../queries/workspaceSettings';

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
  /** Runs a scenario as a job holding the workspace, and keeps the run as the scenario's. */
  const runAsJob = (scenario: ScenarioSummary) => {
    const label = `Running scenario "${scenario.name}"`;
    return ctx.session.exclusive(label, ({ reader, db }) => ctx.jobs.run(label, 'blocks', (job) => runScenario({ reader, writer: db }, ctx.pool, scenario, ctx.version, job)));
  };

  return {
    'scenarios.list': async () => listScenarios(ctx.session.require().reader),
    'scenarios.create': async (s) => ctx.session.exclusive(`Creating scenario "${s.name}"`, async ({ db }) => createScenario(db, s)),
    'scenarios.update': async (u) => ctx.session.exclusive('Changing a scenario', async ({ db }) => updateScenario(db, u)),
    'scenarios.duplicate': async ({ scenarioId, name }) => ctx.session.exclusive(`Duplicating a scenario as "${name}"`, async ({ db }) => duplicateScenario(db, scenarioId, name)),
    'scenarios.delete': async ({ scenarioId }) =>
      ctx.session.exclusive('Deleting a scenario', async ({ db }) =>
        db.transaction(() => {
          forgetScenarioAnalyses(db, scenarioId);
          return { deleted: deleteScenario(db, scenarioId) };
        })(),
      ),
    'scenarios.run': async ({ scenarioId }) => runAsJob(getScenario(ctx.session.require().reader, scenarioId)),
    'scenarios.results': async ({ scenarioIds }) => {
      const { reader } = ctx.session.require();
      return scenarioIds.map((id): ScenarioResults => {
        const scenario = getScenario(reader, id);
        return { scenario, run: scenarioLatestRun(reader, scenario) };
      });
    },
    // Held like a run, so that the result is kept in the workspace it was made on, next to
    // the hashes of what it read: the scenario's run inputs as they were when it started.
    'scenarios.sensitivity': async (request) => {
      const { scenarioId, kpi, maxCustomers } = request;
      const scenario = getScenario(ctx.session.require().reader, scenarioId);
      const label = `Sensitivity of "${scenario.name}"`;
      return ctx.session.exclusive(label, ({ reader, db }) =>
        ctx.jobs.run(label, 'runs', async (job) => {
          // Read again under the hold: what it is now is what the analysis uses.
          const held = getScenario(reader, scenarioId);
          const inputHashes = scenarioAnalysisInputs(reader, held);
          const plan = getPlan(reader, held.planId).plan;
          const result = await sensitivity(reader, ctx.pool, { scenarioId, plan, seed: held.seed, draws: held.draws }, kpi, maxCustomers, job);
          job.throwIfCancelled();
          keepAnalysis(db, { kind: 'sensitivity', key: String(scenarioId), madeAt: new Date().toISOString(), request, inputHashes, result });
          return result;
        }),
      );
    },
    'scenarios.goalSeek': async (request) => {
      const scenario = getScenario(ctx.session.require().reader, request.scenarioId);
      const label = `Goal seek on "${scenario.name}"`;
      return ctx.session.exclusive(label, ({ reader, db }) =>
        ctx.jobs.run(label, 'runs', async (job) => {
          const held = getScenario(reader, request.scenarioId);
          const inputHashes = scenarioAnalysisInputs(reader, held);
          const plan = getPlan(reader, held.planId).plan;
          const result = await goalSeek(reader, ctx.pool, { scenarioId: held.scenarioId, plan, seed: held.seed, draws: held.draws }, request, job);
          job.throwIfCancelled();
          keepAnalysis(db, { kind: 'goalSeek', key: String(held.scenarioId), madeAt: new Date().toISOString(), request, inputHashes, result });
          return result;
        }),
      );
    },
    'reports.export': async ({ scenarioId, format, locale }) => {
      const { reader } = ctx.session.require();
      const scenario = getScenario(reader, scenarioId);
      const run = scenarioLatestRun(reader, scenario) ?? (await runAsJob(scenario));
      const plan = getPlan(reader, scenario.planId).plan;
      // Read again: a run just made changes the scenario's last run.
      const workspaceCurrency = readWorkspaceSettings(reader).currencyCode;
      const bytes = await buildReport({ scenario: getScenario(reader, scenarioId), plan, run, locale, generatedAt: new Date().toISOString(), workspaceCurrency }, format);
      const safe = scenario.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'scenario';
      return { fileName: `${safe}.${format}`, format, base64: bytes.toString('base64') };
    },
  };
}
