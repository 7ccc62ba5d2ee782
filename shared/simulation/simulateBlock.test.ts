import { describe, expect, it } from 'vitest';
import { fixedAssumption } from '../plan/assumption';
import { fullPlan } from '../plan/defaultPlans';
import { demoInput } from './demoPopulation';
import { resolveEngineParams } from './engineParams';
import { syntheticBlock } from './population';
import { segmentPriors } from './runSimulation';
import { ACC_ROWS, R_CONTACT, WORLD_PLAN, accumulatorLength, simulateBlock } from './simulateBlock';

describe('simulateBlock bookkeeping', () => {
  it('stops a member’s contact costs for good when the member lapses, even while the no-plan twin lives on', () => {
    // Demotion makes the plan world's hazard the higher one, so members often lapse there first
    // while their counterfactual twin is still alive and the week loop goes on.
    const plan = fullPlan();
    plan.enrolment.rateBySegment = [{ segment: '*', value: fixedAssumption(1) }];
    plan.enrolment.selfSelectionPower = fixedAssumption(0);
    plan.tiers.demotionDropoutIncrease = fixedAssumption(5);
    plan.tiers.demotionEffectWeeks = 52;
    const input = demoInput(plan, 1, 3, 1);
    const params = resolveEngineParams(plan, segmentPriors(input.segments));
    const H = params.horizonWeeks;
    const segments = input.blocks[0]!.kind === 'synthetic' ? input.blocks[0]!.segments : [];
    let lapsedMembers = 0;
    let lowest = 0;
    let highestOverCost = -Infinity;
    // One customer a block, so a wrong weekly rate cannot hide behind other members' costs.
    for (let c = 0; c < 1500; c++) {
      const acc = new Float64Array(accumulatorLength(params));
      simulateBlock(params, syntheticBlock(segments, 3, c, 1), 3, acc);
      for (let seg = 0; seg < params.segmentCount; seg++) {
        const row = ((WORLD_PLAN * params.segmentCount + seg) * ACC_ROWS + R_CONTACT) * H;
        let rate = 0;
        for (let w = 0; w < H; w++) {
          rate += acc[row + w]!;
          lowest = Math.min(lowest, rate);
          highestOverCost = Math.max(highestOverCost, rate - params.contactCostPerWeek[seg]!);
        }
        if (acc.subarray(row, row + H).some((x) => x < 0)) lapsedMembers++;
      }
    }
    // Billed at most the member's own weekly cost, and never less than nothing.
    expect(lowest).toBeGreaterThanOrEqual(-1e-12);
    expect(highestOverCost).toBeLessThanOrEqual(1e-12);
    // The check has teeth: many of these members stopped being billed before the horizon.
    expect(lapsedMembers).toBeGreaterThan(100);
  });
});
