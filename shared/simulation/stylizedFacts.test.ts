import { describe, expect, it } from 'vitest';
import { fixedAssumption } from '../plan/assumption';
import { basicPlan } from '../plan/defaultPlans';
import type { Plan } from '../plan/planSchema';
import { resolveEngineParams } from './engineParams';
import { syntheticBlock, type SyntheticSegment } from './population';
import { blockRanges, inProcessHooks, runSimulation, segmentPriors, type SimulationInput } from './runSimulation';
import type { KpiKey, SimulationResults } from './results';
import { accumulatorLength, createTrace, type SimulationTrace } from './accumulatorLayout';
import { simulateBlock } from './simulateBlock';
import { demoSegments } from './demoPopulation';

/**
 * The stylized facts of loyalty-economics.md, section 5, reproduced by the engine. Each sets up
 * the mechanics the fact is about and switches the others off, so a failure points at one
 * mechanic.
 */

/** Customers who all buy at about `rate` a week and hardly ever lapse. */
const steady = (rate: number): SyntheticSegment => ({ name: 'Steady', share: 1, purchase: { r: 400, alphaWeeks: 400 / rate, a: 1, b: 5000 }, spend: { p: 6, q: 20, gamma: 190 } });

/** A plan with every behavioural effect off and everyone joining, to switch on one thing at a time. */
function neutralPlan(): Plan {
  const plan = basicPlan();
  for (const key of Object.keys(plan.behaviour) as (keyof Plan['behaviour'])[]) plan.behaviour[key] = fixedAssumption(0);
  plan.behaviour.membershipUpliftHalfLifeWeeks = fixedAssumption(30);
  plan.enrolment.rateBySegment = [{ segment: '*', value: fixedAssumption(1) }];
  plan.enrolment.selfSelectionPower = fixedAssumption(0);
  plan.rewards.redemptionPropensityBySegment = [{ segment: '*', value: fixedAssumption(0.5) }];
  plan.costs = { launchCurrency: 0, platformPerMonthCurrency: 0, staffPerYearCurrency: 0 };
  return plan;
}

function traceRun(plan: Plan, segments: SyntheticSegment[], customers: number, seed = 7): { trace: SimulationTrace; lambda: Float64Array } {
  const priors = segmentPriors(segments.map((s) => ({ name: s.name, r: s.purchase.r, alphaWeeks: s.purchase.alphaWeeks, baseCustomers: customers * s.share, simulatedCustomers: customers * s.share })));
  const params = resolveEngineParams(plan, priors);
  const pop = syntheticBlock(segments, seed, 0, customers);
  const trace = createTrace(customers);
  simulateBlock(params, pop, seed, new Float64Array(accumulatorLength(params)), trace);
  return { trace, lambda: pop.lambdaPerWeek };
}

async function run(plan: Plan, segments: SyntheticSegment[], customers: number, seed = 7): Promise<SimulationResults> {
  const input: SimulationInput = {
    plan,
    seed,
    draws: 1,
    segments: segments.map((s) => ({ name: s.name, r: s.purchase.r, alphaWeeks: s.purchase.alphaWeeks, baseCustomers: Math.round(customers * s.share), simulatedCustomers: Math.round(customers * s.share) })),
    blocks: blockRanges(customers, 4096).map((r) => ({ kind: 'synthetic' as const, segments, ...r })),
  };
  return runSimulation(input, inProcessHooks);
}

const kpi = (r: SimulationResults, key: KpiKey): number => r.kpis.find((k) => k.key === key)!.base!;
const total = (r: SimulationResults, world: 'plan' | 'counterfactual', key: 'revenue' | 'memberRevenue' | 'purchases'): number =>
  r.segments.reduce((a, s) => a + s[world][key].reduce((x, y) => x + y, 0), 0);

function punchCardPlan(): Plan {
  const plan = neutralPlan();
  plan.rewards.mode = 'linear';
  plan.rewards.redemptionPropensityBySegment = [{ segment: '*', value: fixedAssumption(0) }];
  plan.frequency.punchCard = { enabled: true, purchasesNeeded: 10, rewardValueCurrency: 3, prestampedPurchases: 0 };
  plan.behaviour.goalGradientUplift = fixedAssumption(0.25);
  plan.behaviour.postRedemptionUplift = fixedAssumption(0.1);
  plan.behaviour.postRedemptionWeeks = fixedAssumption(3);
  return plan;
}

describe('stylized facts of loyalty programmes', () => {
  it('1. goal gradient: on a buy-10-get-1 card the last gap is about 15-25% shorter than the first', () => {
    // The bump after a reward is switched off here: it would speed up the first stamps of the
    // cards after the first and hide part of the acceleration along the card.
    const plan = punchCardPlan();
    plan.behaviour.postRedemptionUplift = fixedAssumption(0);
    const { trace } = traceRun(plan, [steady(0.35)], 20_000);
    const rate = (k: number): number => trace.stampPurchases[k]! / trace.stampWeeks[k]!;
    // First interval: from the first stamp to the second; last: from the ninth to the tenth.
    const gapShortening = 1 - rate(1) / rate(9);
    expect(gapShortening).toBeGreaterThan(0.12);
    expect(gapShortening).toBeLessThan(0.25);
    // The pace rises along the card.
    expect(rate(5)).toBeGreaterThan(rate(1));
    expect(rate(9)).toBeGreaterThan(rate(5));
  });

  it('2. the reset after a reward is partial: slower than just before it, faster than on the first card', () => {
    const { trace } = traceRun(punchCardPlan(), [steady(0.35)], 20_000);
    const lastBefore = trace.stampPurchases[9]! / trace.stampWeeks[9]!;
    const firstAfter = trace.emptyAfterRewardPurchases / trace.emptyAfterRewardWeeks;
    const firstCard = trace.emptyFirstCardPurchases / trace.emptyFirstCardWeeks;
    // Gaps are the inverse of rates: first gap after > last gap before; < first gap of card one.
    expect(firstAfter).toBeLessThan(lastBefore);
    expect(firstAfter).toBeGreaterThan(firstCard);
  });

  it('3. self-selection: with no causal effect the naive member/non-member gap is large and the incremental revenue is nil', async () => {
    const plan = neutralPlan();
    plan.enrolment.rateBySegment = [{ segment: '*', value: fixedAssumption(0.4) }];
    plan.enrolment.selfSelectionPower = fixedAssumption(1.5);
    const r = await run(plan, demoSegments(), 30_000);
    const memberRevenue = total(r, 'plan', 'memberRevenue');
    const nonMemberRevenue = total(r, 'plan', 'revenue') - memberRevenue;
    const members = kpi(r, 'members');
    const nonMembers = r.baseCustomers - members;
    const naiveGap = memberRevenue / members / (nonMemberRevenue / nonMembers);
    expect(naiveGap).toBeGreaterThan(2);
    expect(kpi(r, 'incrementalRevenue')).toBe(0);
    expect(total(r, 'plan', 'purchases')).toBe(total(r, 'counterfactual', 'purchases'));
  });

  it('4. with no behavioural effect, the frequent customers who make 2/3 of the purchases receive over 80% of the rewards', () => {
    const plan = neutralPlan();
    plan.rewards.redemptionPropensityBySegment = [{ segment: '*', value: fixedAssumption(0.3) }];
    plan.rewards.catalogue = [{ points: 1000, rewardValueCurrency: 10 }];
    const customers = 20_000;
    const { trace } = traceRun(plan, demoSegments(), customers);
    const bought = trace.purchasesPlan;
    const order = Array.from({ length: customers }, (_, i) => i).sort((a, b) => bought[b]! - bought[a]!);
    const allPurchases = bought.reduce((a, b) => a + b, 0);
    const allRewards = trace.rewardCost.reduce((a, b) => a + b, 0);
    let purchases = 0;
    let rewards = 0;
    let frequent = 0;
    for (const i of order) {
      if (purchases >= (2 / 3) * allPurchases) break;
      purchases += bought[i]!;
      rewards += trace.rewardCost[i]!;
      frequent++;
    }
    expect(frequent / customers).toBeLessThan(0.3);
    expect(rewards / allRewards).toBeGreaterThan(0.8);
  });

  it('5. a nominal 1% programme costs 0.72-0.81% of total sales at an 80-90% member share and about 90% use', async () => {
    const plan = neutralPlan();
    plan.earning.rounding = 'none';
    plan.rewards.catalogue = [{ points: 200, rewardValueCurrency: 2 }];
    plan.rewards.redemptionPropensityBySegment = [{ segment: '*', value: fixedAssumption(0.1) }];
    plan.enrolment.rateBySegment = [{ segment: '*', value: fixedAssumption(0.7) }];
    plan.enrolment.selfSelectionPower = fixedAssumption(1);
    const r = await run(plan, demoSegments(), 30_000);
    const memberShare = kpi(r, 'memberShareOfSales');
    const use = 1 - kpi(r, 'breakage');
    expect(memberShare).toBeGreaterThan(0.8);
    expect(memberShare).toBeLessThan(0.9);
    expect(use).toBeGreaterThan(0.85);
    expect(use).toBeLessThan(0.95);
    // Woolf's arithmetic: 1% x member share x use.
    expect(kpi(r, 'freeRewardRateTotal')).toBeCloseTo(0.01 * memberShare * use, 4);
    expect(kpi(r, 'freeRewardRateTotal')).toBeGreaterThan(0.0072);
    expect(kpi(r, 'freeRewardRateTotal')).toBeLessThan(0.0081);
  });

  it('6. tighter expiry raises breakage and lowers the liability; no expiry has the lowest breakage', async () => {
    const results: { breakage: number; liability: number }[] = [];
    for (const expiry of [{ rule: 'none', months: 24 }, { rule: 'rolling', months: 24 }, { rule: 'rolling', months: 9 }] as const) {
      const plan = neutralPlan();
      plan.rewards.catalogue = [{ points: 1500, rewardValueCurrency: 15 }];
      plan.rewards.redemptionPropensityBySegment = [{ segment: '*', value: fixedAssumption(0.1) }];
      plan.expiry = { ...expiry };
      const r = await run(plan, demoSegments(), 20_000);
      results.push({ breakage: kpi(r, 'breakage'), liability: kpi(r, 'liabilityAtCostEnd') });
    }
    const [none, loose, tight] = results as [typeof results[0], typeof results[0], typeof results[0]];
    expect(loose.breakage).toBeGreaterThan(none.breakage);
    expect(tight.breakage).toBeGreaterThan(loose.breakage);
    expect(loose.liability).toBeLessThan(none.liability);
    expect(tight.liability).toBeLessThan(loose.liability);
  });

  it('8. a double-points week followed by its dip nets about 2/3 of the gross bump when a third is pulled forward', async () => {
    const withPromo = neutralPlan();
    withPromo.rewards.mode = 'linear';
    withPromo.rewards.redemptionPropensityBySegment = [{ segment: '*', value: fixedAssumption(0) }];
    const without = JSON.parse(JSON.stringify(withPromo)) as Plan;
    withPromo.promotions = [
      { name: 'Double points', pointsMultiplier: 2, startWeek: 10, lengthWeeks: 1, segments: ['*'], upliftShare: fixedAssumption(0.3), pullForwardShare: fixedAssumption(1 / 3), dipWeeks: fixedAssumption(3) },
    ];
    const a = await run(withPromo, [steady(0.4)], 40_000);
    const b = await run(without, [steady(0.4)], 40_000);
    const weekly = (r: SimulationResults, w: number): number => r.segments[0]!.plan.purchases[w]!;
    const gross = weekly(a, 10) - weekly(b, 10);
    let net = 0;
    for (let w = 10; w < 14; w++) net += weekly(a, w) - weekly(b, w);
    expect(gross).toBeGreaterThan(0);
    expect(net / gross).toBeGreaterThan(0.58);
    expect(net / gross).toBeLessThan(0.75);
    // Promotion points are counted as their own source.
    expect(a.segments[0]!.plan.pointsPromotion[10]).toBeGreaterThan(0);
    expect(b.segments[0]!.plan.pointsPromotion[10]).toBe(0);
  });
});
