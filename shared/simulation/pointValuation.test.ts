import { describe, expect, it } from 'vitest';
import { allocateToPoints } from '../accounting/ifrs15';
import { basicPlan, fullPlan } from '../plan/defaultPlans';
import { accountingFor, runPointValuation, sumWorlds } from './aggregate';
import { demoInput, demoSegments } from './demoPopulation';
import { resolveEngineParams } from './engineParams';
import { inProcessHooks, runSimulation, segmentPriors } from './runSimulation';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe("a run's liability and IFRS 15 at the rewards' value", () => {
  it('values the full plan’s outstanding points at the rewards its members redeemed, at cost', async () => {
    const input = demoInput(fullPlan(), 3_000, 5, 1);
    const r = await runSimulation(input, inProcessHooks);
    const H = r.horizonWeeks;
    const plan = sumWorlds(r.segments.map((s) => s.plan), H);
    const redeemed = sum(plan.pointsRedeemed);
    expect(redeemed).toBeGreaterThan(0);
    // The engine books a reward at value x 0.84 (the reward mix at cost) x 0.9 (not at the burn
    // partner); the cinema partner takes 10% of redemptions at 0.009 a point.
    const valuePerPoint = sum(plan.rewardCost) / (0.84 * 0.9) / redeemed;
    // The engine records the rewards' value itself too (so a plan whose rewards cost nothing can still value its points).
    expect(sum(plan.rewardValueRedeemed) / redeemed).toBeCloseTo(valuePerPoint, 9);
    expect(valuePerPoint).toBeGreaterThanOrEqual(0.01 - 1e-12);
    expect(valuePerPoint).toBeLessThanOrEqual(17 / 1500 + 1e-12);
    const costPerPoint = valuePerPoint * 0.84 * 0.9 + 0.1 * 0.009;
    // Above the nominal point value's cost, which undervalued the liability.
    expect(costPerPoint).toBeGreaterThan(0.01 * 0.84 * 0.9 + 0.1 * 0.009);
    for (const w of [H - 1, Math.floor(H / 2)]) {
      const stillExpected = Math.max(0, plan.pointsOutstanding[w]! - plan.pointsHeldByLapsed[w]!);
      expect(stillExpected).toBeGreaterThan(0);
      expect(r.accounting.liabilityAtCost[w]).toBeCloseTo(stillExpected * costPerPoint, 6);
    }
  });

  it('defers revenue for new points at the rewards’ value per point (SSP), not the nominal value', async () => {
    const input = demoInput(fullPlan(), 2_000, 6, 1);
    const r = await runSimulation(input, inProcessHooks);
    const plan = sumWorlds(r.segments.map((s) => s.plan), r.horizonWeeks);
    const params = resolveEngineParams(input.plan, segmentPriors(input.segments));
    const valuation = runPointValuation(plan, params);
    expect(valuation.basis).toBe('run');
    const accounting = accountingFor(plan, params);
    const w = 20;
    const onSales = ['pointsBase', 'pointsBonus', 'pointsPromotion', 'pointsFrequency', 'pointsTier'] as const;
    let cumIssued = 0;
    let cumRedeemed = 0;
    for (let t = 0; t <= w; t++) {
      cumIssued += onSales.reduce((a, k) => a + plan[k][t]!, 0) + plan.pointsPartner[t]!;
      cumRedeemed += plan.pointsRedeemed[t]!;
    }
    const stillExpected = Math.max(0, plan.pointsOutstanding[w]! - plan.pointsHeldByLapsed[w]!);
    const probability = Math.min(1, (cumRedeemed + stillExpected) / cumIssued);
    const issuedOnSales = onSales.reduce((a, k) => a + plan[k][w]!, 0);
    const revenue = plan.memberRevenue[w]!;
    expect(accounting.deferredAtSale[w]).toBeCloseTo(allocateToPoints(revenue, revenue, issuedOnSales * valuation.valuePerPointCurrency * probability), 6);
  });

  it('values the basic plan’s points at its one reward, 5.00 for 500 points', async () => {
    const r = await runSimulation(demoInput(basicPlan(), 2_000, 7, 1), inProcessHooks);
    const plan = sumWorlds(r.segments.map((s) => s.plan), r.horizonWeeks);
    const params = resolveEngineParams(basicPlan(), segmentPriors(demoInput(basicPlan(), 2_000, 7, 1).segments));
    expect(runPointValuation(plan, params).valuePerPointCurrency).toBeCloseTo(0.01, 12);
  });

  it('falls back to the catalogue estimate where nothing was redeemed', () => {
    const plan = fullPlan();
    const params = resolveEngineParams(plan, demoSegments().map((s) => ({ name: s.name, meanLambdaPerWeek: 0.05, r: 1, alphaWeeks: 20, customers: 100 })));
    const world = sumWorlds([], plan.horizonWeeks);
    world.members.fill(100);
    world.pointsBase.fill(2_000);
    const v = runPointValuation(world, params);
    expect(v.basis).toBe('catalogueEstimate');
    expect(v.valuePerPointCurrency).toBeGreaterThan(0.01);
    expect(v.valuePerPointCurrency).toBeLessThan(17 / 1500);
  });
});
