import { describe, expect, it } from 'vitest';
import { basicPlan, fullPlan } from '../plan/defaultPlans';
import { demoInput } from './demoPopulation';
import { drawAssumptions, fixAssumptions, listAssumptions } from './planAssumptions';
import { DRAWS_PER_TASK, inProcessHooks, runSimulation, simulateBlockDraws, simulateBlockSpec, type RunHooks } from './runSimulation';
import { warmUpReduction } from './warmUp';

describe('runSimulation', () => {
  it('gives identical results whatever order the blocks finish in', async () => {
    const input = demoInput(fullPlan(), 20_000, 3, 2); // two blocks, the second short
    const inOrder = await runSimulation(input, inProcessHooks);
    // Later blocks finish first: the reduction must still sum in block order.
    const shuffled: RunHooks = {
      runBlock: (paramsByDraw, block, seed) => {
        let later: Promise<void> = Promise.resolve();
        for (let hop = 0; hop < 10 - block.first / 16_384; hop++) later = later.then(() => undefined);
        return later.then(() => simulateBlockDraws(paramsByDraw, block, seed));
      },
    };
    const outOfOrder = await runSimulation(input, shuffled);
    expect(JSON.stringify(outOfOrder)).toBe(JSON.stringify(inOrder));
  });

  it('gives the same results when a task simulates several draws of a block as when each draw is a task of its own', async () => {
    const draws = DRAWS_PER_TASK * 2 + 3; // three chunks, the last one short
    const input = demoInput(fullPlan(), 20_000, 5, draws);
    const together = await runSimulation(input, inProcessHooks);
    let tasks = 0;
    const oneDrawPerTask: RunHooks = {
      runBlock: (paramsByDraw, block, seed) => {
        tasks += paramsByDraw.length;
        return Promise.resolve(paramsByDraw.map((params) => simulateBlockSpec(params, block, seed)));
      },
    };
    const apart = await runSimulation(input, oneDrawPerTask);
    expect(tasks).toBe(draws * input.blocks.length);
    expect(together.drawnAssumptions).toHaveLength(draws);
    expect(JSON.stringify(together)).toBe(JSON.stringify(apart));
  });

  it('stops at the first failed task, with two chunks of draws in flight, and leaves no unhandled rejection', async () => {
    const input = demoInput(basicPlan(), 20_000, 5, DRAWS_PER_TASK * 3);
    let calls = 0;
    const failing: RunHooks = {
      runBlock: (paramsByDraw, block, seed) => {
        calls++;
        return calls >= 2 ? Promise.reject(new Error('worker lost')) : Promise.resolve(simulateBlockDraws(paramsByDraw, block, seed));
      },
    };
    await expect(runSimulation(input, failing)).rejects.toThrow('worker lost');
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

  it('heads every KPI with the median over the draws, inside its own P10-P90, with its Monte Carlo error', async () => {
    const r = await runSimulation(demoInput(fullPlan(), 3_000, 4, 7), inProcessHooks);
    expect(r.discountRatePerYear).toBe(fullPlan().discountRatePerYear);
    for (const k of r.kpis) {
      if (k.headline === null) {
        expect(k.drawsWithValue * 2).toBeLessThan(7);
        continue;
      }
      expect(k.headline, k.key).toBe(k.p50);
      expect(k.headline, k.key).toBeGreaterThanOrEqual(k.p10!);
      expect(k.headline, k.key).toBeLessThanOrEqual(k.p90!);
      expect(k.mcStandardError, k.key).not.toBeNull();
      expect(k.mcStandardError!, k.key).toBeGreaterThanOrEqual(0);
      expect(k.mcStandardError!, k.key).toBeLessThanOrEqual(k.p90! - k.p10! + 1e-9);
    }
    // Draws differ, so the money figures spread and their medians carry an error.
    const revenue = r.kpis.find((k) => k.key === 'incrementalRevenue')!;
    expect(revenue.p90!).toBeGreaterThan(revenue.p10!);
    expect(revenue.mcStandardError!).toBeGreaterThan(0);
    // Segment figures are medians over the same draws: each lies within the range of its draws,
    // and members (a sum over segments in every draw) add up to about the total's median.
    for (const s of r.kpisBySegment) expect(Object.keys(s.values).sort()).toEqual(r.kpis.map((k) => k.key).sort());
    const memberSum = r.kpisBySegment.reduce((a, s) => a + (s.values.members ?? 0), 0);
    const members = r.kpis.find((k) => k.key === 'members')!;
    expect(memberSum).toBeGreaterThanOrEqual(members.p10! * 0.95);
    expect(memberSum).toBeLessThanOrEqual(members.p90! * 1.05);
    // The weekly bands are ordered and the median line lies inside its own shading.
    for (const band of Object.values(r.bands)) {
      band.p50.forEach((v, w) => {
        expect(v).toBeGreaterThanOrEqual(band.p10[w]!);
        expect(v).toBeLessThanOrEqual(band.p90[w]!);
      });
    }
  });

  it('gives the base case as the headline with one draw, and states no Monte Carlo error', async () => {
    const r = await runSimulation(demoInput(basicPlan(), 2_000, 3, 1), inProcessHooks);
    for (const k of r.kpis) {
      expect(k.headline, k.key).toBe(k.base);
      expect(k.mcStandardError).toBeNull();
    }
    // Accrued payback is never earlier than cash payback: the liability only adds cost.
    const cashPayback = r.kpis.find((k) => k.key === 'paybackWeeksCash')!.headline;
    const accruedPayback = r.kpis.find((k) => k.key === 'paybackWeeksAccrued')!.headline;
    if (accruedPayback !== null) expect(accruedPayback).toBeGreaterThanOrEqual(cashPayback!);
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
    expect(base['behaviour.goalGradientUplift']).toBe(0.25);
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
