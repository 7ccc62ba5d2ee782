import type { ScenarioResults, ScenarioSummary } from '../../../shared/domain/scenarios';
import type { KpiKey, SimulationResults } from '../../../shared/simulation/results';
import { simulationRecordFixture, simulationResultsFixture } from './simulationFixtures';

/**
 * Scenarios for comparison tests: the simulation fixture under another name, with some series
 * and KPIs scaled, so a test can say which scenario should win on what.
 */

export function scenarioSummaryFixture(overrides: Partial<ScenarioSummary> = {}): ScenarioSummary {
  return {
    scenarioId: 1,
    name: 'Base plan',
    planId: 1,
    planName: 'Everyday rewards',
    planVersion: 2,
    seed: 7,
    draws: 5,
    maxCustomers: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-22T17:00:00.000Z',
    lastRun: { runId: 3, startedAt: '2026-11-22T17:30:00.000Z', planVersion: 2 },
    status: 'up-to-date',
    staleBecause: [],
    ...overrides,
  };
}

/** A run whose costs, liability and KPIs are the fixture's times `costFactor`, and whose kept customers are times `retainedFactor`. */
export function scaledResults(costFactor: number, retainedFactor = 1, kpiOverrides: Partial<Record<KpiKey, number | null>> = {}, overrides: Partial<SimulationResults> = {}): SimulationResults {
  const base = simulationResultsFixture(overrides);
  const scale = (xs: number[], f: number) => xs.map((x) => x * f);
  const costScaled = new Set<KpiKey>(['programmeCost', 'rewardCost', 'freeRewardRateTotal', 'freeRewardRateMembers', 'liabilityAtCostEnd', 'deferredRevenueEnd']);
  return {
    ...base,
    accounting: { ...base.accounting, liabilityAtCost: scale(base.accounting.liabilityAtCost, costFactor) },
    bands: {
      ...base.bands,
      totalCost: { p10: scale(base.bands.totalCost.p10, costFactor), p50: scale(base.bands.totalCost.p50, costFactor), p90: scale(base.bands.totalCost.p90, costFactor) },
      liabilityAtCost: { p10: scale(base.bands.liabilityAtCost.p10, costFactor), p50: scale(base.bands.liabilityAtCost.p50, costFactor), p90: scale(base.bands.liabilityAtCost.p90, costFactor) },
    },
    segments: base.segments.map((s) => ({
      ...s,
      plan: {
        ...s.plan,
        alive: s.plan.alive.map((a, w) => s.counterfactual.alive[w]! + (a - s.counterfactual.alive[w]!) * retainedFactor),
        rewardCost: scale(s.plan.rewardCost, costFactor),
        punchCardCost: scale(s.plan.punchCardCost, costFactor),
        privilegeCost: scale(s.plan.privilegeCost, costFactor),
        contactCost: scale(s.plan.contactCost, costFactor),
        partnerNetCost: scale(s.plan.partnerNetCost, costFactor),
        fixedCost: scale(s.plan.fixedCost, costFactor),
      },
    })),
    kpis: base.kpis.map((k) => {
      if (k.key in kpiOverrides) {
        const v = kpiOverrides[k.key] ?? null;
        return { ...k, headline: v, base: v, p10: v, p50: v, p90: v };
      }
      const f = costScaled.has(k.key) ? costFactor : k.key === 'retainedCustomers' ? retainedFactor : 1;
      const s = (v: number | null) => (v === null ? null : v * f);
      return { ...k, headline: s(k.headline), base: s(k.base), p10: s(k.p10), p50: s(k.p50), p90: s(k.p90), mcStandardError: s(k.mcStandardError) };
    }),
  };
}

export function scenarioResultsFixture(scenario: Partial<ScenarioSummary>, results: SimulationResults | null): ScenarioResults {
  return { scenario: scenarioSummaryFixture(scenario), run: results ? { record: simulationRecordFixture(), results } : null };
}
