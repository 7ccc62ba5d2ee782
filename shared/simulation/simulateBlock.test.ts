import { describe, expect, it } from 'vitest';
import { fixedAssumption } from '../plan/assumption';
import { basicPlan, fullPlan } from '../plan/defaultPlans';
import type { Plan } from '../plan/planSchema';
import { demoInput } from './demoPopulation';
import { resolveEngineParams } from './engineParams';
import { syntheticBlock } from './population';
import { segmentPriors } from './runSimulation';
import { drawAssumptions, fixAssumptions } from './planAssumptions';
import { ACC_ROWS, R_CONTACT, WORLD_PLAN, accumulatorLength } from './accumulatorLayout';
import { runsPlain } from './blockContext';
import { simulateBlock } from './simulateBlock';

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

describe('the plain-plan member loop', () => {
  /** Plans without weekly mechanics, punch card, tiers or expiry, each varying what the plain loop still handles. */
  const variants: [string, (p: Plan) => void][] = [
    ['the basic plan', () => {}],
    ['linear rewards, rounding to nearest, a minimum balance', (p) => {
      p.rewards.mode = 'linear';
      p.earning.rounding = 'nearest';
      p.rewards.minimumBalancePoints = 300;
    }],
    ['a catalogue of three rewards, welcome points, spend and category bonuses, no rounding', (p) => {
      p.rewards.catalogue = [{ points: 200, rewardValueCurrency: 2 }, { points: 500, rewardValueCurrency: 6 }, { points: 1200, rewardValueCurrency: 15 }];
      p.bonuses.welcomePoints = 150;
      p.bonuses.spendThreshold.enabled = true;
      p.bonuses.categoryBonus.enabled = true;
      p.earning.rounding = 'none';
    }],
    ['a double-points promotion, contacts, a privilege, a burn partner, a ramp-up and a spend uplift', (p) => {
      const full = fullPlan();
      p.promotions = full.promotions.slice(0, 1);
      p.communication = full.communication;
      p.privileges = [{ ...full.privileges[1]!, appliesTo: ['*'] }];
      p.partners = full.partners.filter((x) => x.kind === 'burn');
      p.enrolment.rampUpWeeks = 20;
      p.behaviour.spendPerVisitUplift = fixedAssumption(0.05);
    }],
  ];

  it.each(variants)('gives what the general loop gives, bit for bit: %s', (_name, change) => {
    const plan = basicPlan();
    change(plan);
    const input = demoInput(plan, 6000, 11, 1);
    for (let draw = 0; draw < 2; draw++) {
      const params = resolveEngineParams(fixAssumptions(plan, drawAssumptions(plan, 11, draw)), segmentPriors(input.segments));
      expect(runsPlain(params)).toBe(true);
      const spec = input.blocks[0]!;
      const pop = syntheticBlock(spec.kind === 'synthetic' ? spec.segments : [], 11, 0, 6000);
      const plain = new Float64Array(accumulatorLength(params));
      const general = new Float64Array(accumulatorLength(params));
      simulateBlock(params, pop, 11, plain);
      simulateBlock(params, pop, 11, general, undefined, { generalMembersOnly: true });
      expect(plain.some((x) => x !== 0)).toBe(true);
      let differing = 0;
      for (let j = 0; j < plain.length; j++) if (!Object.is(plain[j], general[j])) differing++;
      expect(differing).toBe(0);
    }
  });

  it('is not taken by a plan with weekly mechanics, a punch card, tiers or expiry', () => {
    const priors = segmentPriors(demoInput(basicPlan(), 10, 1, 1).segments);
    const withChange = (change: (p: Plan) => void) => {
      const plan = basicPlan();
      change(plan);
      return runsPlain(resolveEngineParams(fixAssumptions(plan, drawAssumptions(plan, 1, 0)), priors));
    };
    expect(withChange(() => {})).toBe(true);
    expect(withChange((p) => (p.frequency.punchCard.enabled = true))).toBe(false);
    expect(withChange((p) => (p.frequency.visitBonus.enabled = true))).toBe(false);
    expect(withChange((p) => (p.tiers = fullPlan().tiers))).toBe(false);
    expect(withChange((p) => (p.expiry = { rule: 'rolling', months: 12 }))).toBe(false);
    expect(withChange((p) => (p.bonuses.birthdayPoints = 50))).toBe(false);
  });
});
