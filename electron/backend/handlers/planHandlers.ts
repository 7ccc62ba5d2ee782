import type { Handlers } from '../../../shared/contract/methods';
import { basicPlan, fullPlan } from '../../../shared/plan/defaultPlans';
import { templateForBase } from '../../../shared/plan/templateSizing';
import { readBaseFigures } from '../queries/baseFigures';
import { deletePlan, getPlan, listPlans, savePlan } from '../simulation/planStore';
import { latestRun } from '../simulation/runStore';
import { runWorkspaceSimulation } from '../simulation/runWorkspaceSimulation';
import type { HandlerContext } from './context';

type PlanMethods = 'plans.list' | 'plans.get' | 'plans.save' | 'plans.template' | 'plans.delete' | 'simulation.run' | 'simulation.latest';

export function planHandlers(ctx: HandlerContext): Pick<Handlers, PlanMethods> {
  return {
    'plans.list': async () => listPlans(ctx.session.require().reader),
    'plans.get': async ({ planId }) => getPlan(ctx.session.require().reader, planId),
    'plans.save': async ({ planId, plan }) => ctx.session.exclusive(`Saving plan "${plan.name}"`, async ({ db }) => savePlan(db, plan, planId)),
    // In the workspace's currency, with fixed costs sized to its customers and sales (templateSizing.ts).
    'plans.template': async ({ template }) => {
      const plan = template === 'full' ? fullPlan() : basicPlan();
      const opened = ctx.session.opened;
      return opened ? templateForBase(plan, readBaseFigures(opened.reader)) : plan;
    },
    'plans.delete': async ({ planId }) => ctx.session.exclusive('Deleting a plan', async ({ db }) => ({ deleted: deletePlan(db, planId) })),
    'simulation.run': async (request) => {
      const stored = getPlan(ctx.session.require().reader, request.planId);
      const label = `Simulating "${stored.plan.name}"`;
      return ctx.session.exclusive(label, ({ reader, db }) =>
        ctx.jobs.run(label, 'blocks', (job) => runWorkspaceSimulation({ reader, writer: db }, ctx.pool, stored, request, ctx.version, job)),
      );
    },
    'simulation.latest': async ({ planId }) => latestRun(ctx.session.require().reader, planId),
  };
}
