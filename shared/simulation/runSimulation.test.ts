import { describe, expect, it } from 'vitest';
import { basicPlan, fullPlan } from '../plan/defaultPlans';
import { demoInput } from './demoPopulation';
import { drawAssumptions, fixAssumptions, listAssumptions } from './planAssumptions';
import { inProcessHooks, runSimulation, simulateBlockSpec, type RunHooks } from './runSimulation';
import { warmUpReduction } from './warmUp';

describe('runSimulation', () => {
  it('gives identical results whatever order the blocks finish in', async () => {
    const input = demoInput(fullPlan(), 20_000, 3, 2); // two blocks, the second short
    const inOrder = await runSimulation(input, inProcessHooks);
    // Later blocks finish first: the reduction must still sum in block order.
    const shuffled: RunHooks = {
      runBlock: (params, block, seed) => {
        let later: Promise<void> = Promise.resolve();
        for (let hop = 0; hop < 10 - block.first / 16_384; hop++) later = later.then(() => undefined);
        return later.then(() => simulateBlockSpec(params, block, seed));
      },
    };
    const outOfOrder = await runSimulation(input, shuffled);
    expect(JSON.stringify(outOfOrder)).toBe(JSON.stringify(inOrder));
  });

  it('changes with the seed, and reports P10 <= P50 <= P90 over draws', async () => {
    const a = await runSimulation(demoInput(basicPlan(), 5_000, 1, 5), inProcessHooks);
    const b = await runSimulation(demoInput(basicPlan(), 5_000, 2, 1), inProcessHooks);
    const revenue = (r: typeof a) => r.kpis.find((k) => k.key === 'incrementalRevenue')!.base;
    expect(revenue(a)).not.toBe(revenue(b));
    for (const k of a.kpis) {
      if (k.p10 === null) continue;
      expect(k.p10).toBeLessThanOrEqual(k.p50!);
      expect(k.p50).toBeLessThanOrEqual(k.p90!);
    }
    expect(a.drawnAssumptions).toHaveLength(5);
    expect(a.bands.totalCost.p10.length).toBe(156);
  });

  it('keeps segment totals consistent: plan members never exceed customers, outstanding = issued - redeemed - expired', async () => {
    const r = await runSimulation(demoInput(fullPlan(), 8_000, 5, 1), inProcessHooks);
    for (const s of r.segments) {
      const H = r.horizonWeeks;
      expect(s.plan.members[H - 1]).toBeLessThanOrEqual(s.customers);
      let issued = 0;
      for (const key of ['pointsBase', 'pointsBonus', 'pointsPromotion', 'pointsFrequency', 'pointsTier', 'pointsPartner'] as const) issued += s.plan[key].reduce((a, b) => a + b, 0);
      const gone = s.plan.pointsRedeemed.reduce((a, b) => a + b, 0) + s.plan.pointsExpired.reduce((a, b) => a + b, 0);
      expect(s.plan.pointsOutstanding[H - 1]).toBeCloseTo(issued - gone, 6);
      expect(s.plan.pointsHeldByLapsed[H - 1]).toBeLessThanOrEqual(s.plan.pointsOutstanding[H - 1]! + 1e-6);
      expect(s.counterfactual.pointsBase.every((v) => v === 0)).toBe(true);
    }
  });
});

describe('plan assumptions', () => {
  it('lists every assumption by path, draws the central values in draw 0 and fixes them', () => {
    const plan = fullPlan();
    const paths = listAssumptions(plan).map((a) => a.path);
    expect(paths).toContain('behaviour.goalGradientUplift');
    expect(paths).toContain('promotions.1.pullForwardShare');
    expect(paths).toContain('tiers.levels.2.dropoutReduction');
    const base = drawAssumptions(plan, 9, 0);
    expect(base['behaviour.goalGradientUplift']).toBe(0.22);
    const other = drawAssumptions(plan, 9, 3);
    expect(other['behaviour.goalGradientUplift']).toBeGreaterThanOrEqual(0.18);
    expect(other['behaviour.goalGradientUplift']).toBeLessThanOrEqual(0.28);
    expect(drawAssumptions(plan, 9, 3)).toEqual(other);
    const fixed = fixAssumptions(plan, other);
    expect(fixed.behaviour.goalGradientUplift.dist).toEqual({ kind: 'fixed', value: other['behaviour.goalGradientUplift'] });
    expect(fixed.behaviour.goalGradientUplift.source).toBe(plan.behaviour.goalGradientUplift.source);
  });
});

describe('warmUpReduction', () => {
  it('runs a small base through both default plans in-process, every customer of both', async () => {
    expect(await warmUpReduction(120)).toBe(240);
  });
});
