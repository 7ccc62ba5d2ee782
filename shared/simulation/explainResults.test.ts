import { describe, expect, it } from 'vitest';
import { fixedAssumption } from '../plan/assumption';
import { basicPlan, fullPlan } from '../plan/defaultPlans';
import { demoInput } from './demoPopulation';
import { explainResults } from './explainResults';
import { KPI_KEYS, SERIES_KEYS, type KpiKey, type SimulationResults, type WorldSeries } from './results';
import { inProcessHooks, runSimulation } from './runSimulation';

const H = 30;
const world = (revenuePerWeek: number): WorldSeries => {
  const w = Object.fromEntries(SERIES_KEYS.map((k) => [k, new Array<number>(H).fill(0)])) as WorldSeries;
  w.revenue.fill(revenuePerWeek);
  w.purchases.fill(revenuePerWeek / 50);
  return w;
};

/** Two segments buying 1,000 a week without the plan; the plan world as given; KPIs as given. */
function results(plans: { A: WorldSeries; B: WorldSeries }, kpis: Partial<Record<KpiKey, number>> = {}): SimulationResults {
  return {
    planName: 'x',
    currency: 'EUR',
    horizonWeeks: H,
    seed: 1,
    draws: 1,
    baseCustomers: 100,
    simulatedCustomers: 100,
    samplingRelativeError: null,
    discountRatePerYear: 0.08,
    segments: (['A', 'B'] as const).map((name) => ({ segment: name, customers: 50, weight: 1, plan: plans[name], counterfactual: world(1000) })),
    accounting: { liabilityAtCost: new Array<number>(H).fill(0), deferredAtSale: [], revenueReleased: [], deferredRevenueBalance: [] },
    kpis: KPI_KEYS.map((key) => ({ key, unit: 'currency', headline: kpis[key] ?? null, base: kpis[key] ?? null, p10: null, p50: null, p90: null, mcStandardError: null, drawsWithValue: 1 })),
    kpisBySegment: [],
    bands: {} as SimulationResults['bands'],
    drawnAssumptions: [],
    warnings: [],
  } as SimulationResults;
}

function promoPlan() {
  const plan = basicPlan();
  plan.horizonWeeks = H;
  plan.promotions = [{ ...fullPlan().promotions[0]!, name: 'Double points spring', startWeek: 10, lengthWeeks: 2, segments: ['B'] }];
  return plan;
}

describe('explanations a client can follow', () => {
  it('has nothing to say where every figure goes the expected way', () => {
    expect(explainResults(results({ A: world(1010), B: world(1020) }, { programmeCost: 100, incrementalRevenue: 900, breakEvenSalesLift: 0.001 }), promoPlan())).toEqual([]);
  });

  it('puts a losing segment and the week after a promotion down to the pull-forward', () => {
    const b = world(1010);
    b.revenue[10] = b.revenue[11] = 1300; // the bump
    b.revenue[12] = 800; // the dip: purchases pulled forward
    b.revenue[13] = 900;
    for (let w = 14; w < H; w++) b.revenue[w] = 970;
    const found = explainResults(results({ A: world(1010), B: b }), promoPlan());
    const segment = found.find((e) => e.code === 'segmentNegative');
    expect(segment).toMatchObject({ segment: 'B', figure: 'revenue', mechanics: ['promotionPullForward'], promotions: ['Double points spring'] });
    expect(segment?.code === 'segmentNegative' && segment.amount).toBeCloseTo(sumOf(b.revenue) - 1000 * H, 9);
    // The deepest week of the dip (week 12, zero-based), and the later weeks below the no-plan world
    // put to the plan's other mechanics: the basic plan has none, so the spread of the draws.
    const dips = found.filter((e) => e.code === 'weekDip');
    expect(dips[0]).toMatchObject({ week: 12, mechanic: 'promotionPullForward', promotion: 'Double points spring' });
    expect(dips[0]!.code === 'weekDip' && dips[0]!.amount).toBeCloseTo(-200 + 10, 9); // both segments: A is +10
    expect(dips[1]).toMatchObject({ mechanic: 'drawSpread', promotion: null });
  });

  it('names tier demotion where the plan has it, and purchases where revenue holds up', () => {
    const plan = fullPlan();
    plan.horizonWeeks = H;
    plan.promotions = [];
    plan.behaviour.spendPerVisitUplift = fixedAssumption(-0.02);
    const a = world(1010);
    a.purchases.fill(19); // fewer baskets, each bigger
    const found = explainResults(results({ A: a, B: world(1010) }), plan);
    expect(found).toEqual([{ code: 'segmentNegative', segment: 'A', figure: 'purchases', amount: (19 - 20) * H, mechanics: ['tierDemotion', 'spendPerVisit'], promotions: [] }]);
  });

  it('says which cost outweighs the added sales, and when the break-even lift is out of reach', () => {
    const a = world(1010);
    a.fixedCost.fill(100);
    a.rewardCost.fill(20);
    const r = results({ A: a, B: world(1010) }, { programmeCost: 3600, incrementalRevenue: 600, breakEvenSalesLift: 0.05 });
    r.accounting.liabilityAtCost[H - 1] = 500;
    const found = explainResults(r, promoPlan());
    expect(found).toContainEqual({ code: 'costAboveRevenue', cost: 3600, incrementalRevenue: 600, largest: 'fixed', largestAmount: 100 * H });
    // 600 more on 60,000 without the plan is a 1% lift, against 5% needed.
    expect(found).toContainEqual({ code: 'breakEvenAbovePlan', breakEven: 0.05, achieved: 0.01, largest: 'fixed', largestAmount: 100 * H });
  });

  it('explains only weeks that really dip in a run of the full plan', async () => {
    const r = await runSimulation(demoInput(fullPlan(), 3_000, 3, 1), inProcessHooks);
    const plan = r.segments.map((s) => s.plan.revenue);
    const cf = r.segments.map((s) => s.counterfactual.revenue);
    for (const e of explainResults(r, fullPlan())) {
      if (e.code !== 'weekDip') continue;
      const gap = sumOf(plan.map((x) => x[e.week]!)) - sumOf(cf.map((x) => x[e.week]!));
      expect(gap).toBeCloseTo(e.amount, 6);
      expect(gap).toBeLessThan(0);
    }
  });
});

function sumOf(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
