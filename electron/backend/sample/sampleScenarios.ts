import { fixedAssumption, triangularAssumption } from '../../../shared/plan/assumption';
import { basicPlan, fullPlan, SOURCES } from '../../../shared/plan/defaultPlans';
import { DEFAULT_DRAWS } from '../../../shared/contract/simulationSchemas';
import { planSchema, type Plan } from '../../../shared/plan/planSchema';
import type { WritableDB } from '../db/types';
import { createScenario, listScenarios } from '../scenarios/scenarioStore';
import { runScenario } from '../scenarios/runScenario';
import { savePlan } from '../simulation/planStore';
import type { Progress } from '../simulation/poolHooks';
import type { WorkerPool } from '../workers/workerPool';

/**
 * The example scenarios the sample workspace comes with, so a new user finds the scenario lab
 * with something to compare: a plain 1% plan, the same at 2% with a double-points week, and the
 * full programme with every mechanic on.
 */
export function sampleScenarioPlans(): { scenario: string; plan: Plan; draws: number }[] {
  const basic = basicPlan();
  const richer = basicPlan();
  richer.name = '2% with double points';
  richer.description = 'Twice the earn rate of the basic plan, and a double-points week each spring.';
  richer.earning.pointsPerCurrencyUnit = 2;
  richer.promotions = [
    {
      name: 'Double points spring',
      pointsMultiplier: 2,
      startWeek: 12,
      lengthWeeks: 1,
      segments: ['*'],
      upliftShare: triangularAssumption(0.1, 0.2, 0.3, SOURCES.promotionUplift),
      pullForwardShare: triangularAssumption(0.25, 1 / 3, 0.4, SOURCES.pullForward),
      dipWeeks: fixedAssumption(3, SOURCES.promotionDecay),
    },
  ];
  // Fixed costs sized for the sample retailer (20,000 customers, about €1.3M of sales a year)
  // rather than the templates' defaults for a national chain.
  const sized = (plan: Plan): Plan => planSchema.parse({ ...plan, costs: { launchCurrency: 15_000, platformPerMonthCurrency: 1_200, staffPerYearCurrency: 12_000 } });
  // As many draws as a new run gets (DEFAULT_DRAWS, chosen for a stable median): the examples'
  // headlines then carry the same Monte Carlo error as the user's own runs.
  return [
    { scenario: 'Basic 1%', plan: sized(basic), draws: DEFAULT_DRAWS },
    { scenario: '2% with double points', plan: sized(richer), draws: DEFAULT_DRAWS },
    { scenario: 'Full programme', plan: sized(fullPlan()), draws: DEFAULT_DRAWS },
  ];
}

/** Stores the example plans and scenarios, stamped with `savedAt` so the sample file stays reproducible; returns the scenarios' ids. */
export function insertSampleScenarios(db: WritableDB, savedAt: string): number[] {
  return db.transaction(() =>
    sampleScenarioPlans().map(({ scenario, plan, draws }) => {
      const stored = savePlan(db, plan, undefined, savedAt);
      return createScenario(db, { name: scenario, planId: stored.planId, seed: 1, draws }, savedAt).scenarioId;
    }),
  )();
}

/** Runs every example scenario, so their figures are there when the lab first opens. */
export async function runSampleScenarios(db: WritableDB, pool: WorkerPool, appVersion: string, progress: Progress): Promise<void> {
  for (const scenario of listScenarios(db)) {
    await runScenario({ reader: db, writer: db }, pool, scenario, appVersion, { ...(progress.signal ? { signal: progress.signal } : {}) });
  }
}
