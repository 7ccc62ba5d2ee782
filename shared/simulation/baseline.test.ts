import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duration } from '../models/modelTime';
import { bgnbdExpectedPurchasesNewCustomer } from '../models/predictBgNbd';
import { paretoNbdExpectedPurchasesNewCustomer } from '../models/predictParetoNbd';
import { fixedAssumption } from '../plan/assumption';
import { basicPlan, fullPlan } from '../plan/defaultPlans';
import type { Plan } from '../plan/planSchema';
import { gamma } from '../random/distributions';
import { Stream } from '../random/stream';
import { accumulatorLength, createTrace } from './accumulatorLayout';
import { demoInput, demoSegments } from './demoPopulation';
import { resolveEngineParams } from './engineParams';
import { drawAssumptions, fixAssumptions } from './planAssumptions';
import { syntheticBlock, type PopulationBlock, type SyntheticSegment } from './population';
import { blockRanges, inProcessHooks, runSimulation, segmentPriors, type SimulationInput } from './runSimulation';
import { simulateBlock } from './simulateBlock';

/**
 * The baseline (the no-plan world) and its coupling with the plan world: the same for every plan,
 * equal in expectation to the fitted model's own forecast, and contained in the plan world
 * wherever the plan's effects are all non-negative.
 */

function nobodyJoins(plan: Plan): Plan {
  plan.enrolment.rateBySegment = [{ segment: '*', value: fixedAssumption(0) }];
  plan.enrolment.selfSelectionPower = fixedAssumption(0);
  return plan;
}

/** Per-customer baseline purchases over the horizon: their mean and its standard error. */
function baselinePurchases(plan: Plan, pop: PopulationBlock, segments: SyntheticSegment[]): { mean: number; standardError: number } {
  const priors = segmentPriors(segments.map((s) => ({ name: s.name, r: s.purchase.r, alphaWeeks: s.purchase.alphaWeeks, baseCustomers: pop.count, simulatedCustomers: pop.count })));
  const params = resolveEngineParams(plan, priors);
  const trace = createTrace(pop.count);
  simulateBlock(params, pop, 5, new Float64Array(accumulatorLength(params)), trace);
  const x = trace.purchasesCounterfactual;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < pop.count; i++) {
    sum += x[i]!;
    squares += x[i]! * x[i]!;
  }
  const mean = sum / pop.count;
  const variance = (squares - pop.count * mean * mean) / (pop.count - 1);
  return { mean, standardError: Math.sqrt(variance / pop.count) };
}

describe("the baseline matches the purchase model's own forecast", () => {
  const customers = 200_000;
  const weeks = 104;

  // Frequent buyers who drop out fast: a dropout counted at the end of its week rather than at its
  // moment would add about half a week of purchases per lost customer, several percent here.
  it('BG/NBD: expected purchases of new customers within 3 standard errors of the closed form', () => {
    const segment: SyntheticSegment = { name: 'All', share: 1, purchase: { r: 2, alphaWeeks: 4, a: 2, b: 4 }, spend: { p: 3, q: 5, gamma: 40 } };
    const plan = nobodyJoins(basicPlan());
    plan.horizonWeeks = weeks;
    const { mean, standardError } = baselinePurchases(plan, syntheticBlock([segment], 3, 0, customers), [segment]);
    const expected = bgnbdExpectedPurchasesNewCustomer({ model: 'bg/nbd', params: { r: 2, alpha: 4, a: 2, b: 4 }, timeUnit: 'week' }, duration(weeks, 'week'));
    expect(standardError).toBeLessThan(0.01 * expected);
    expect(Math.abs(mean - expected)).toBeLessThan(3 * standardError);
  });

  it('Pareto/NBD: expected purchases of new customers within 3 standard errors of the closed form', () => {
    // Pareto/NBD customers: rate lambda ~ Gamma(r, alpha), lifetime exponential at mu ~ Gamma(s, beta).
    const [r, alpha, s, beta] = [2, 4, 3, 10];
    const pop = syntheticBlock([{ name: 'All', share: 1, purchase: { r, alphaWeeks: alpha, a: 1, b: 1 }, spend: { p: 3, q: 5, gamma: 40 } }], 4, 0, customers);
    const rng = new Stream(4, 99);
    for (let i = 0; i < customers; i++) {
      pop.lambdaPerWeek[i] = gamma(rng, r, alpha);
      pop.dropoutRatePerWeek[i] = gamma(rng, s, beta);
    }
    const plan = nobodyJoins(basicPlan());
    plan.horizonWeeks = weeks;
    const { mean, standardError } = baselinePurchases(plan, pop, [{ name: 'All', share: 1, purchase: { r, alphaWeeks: alpha, a: 1, b: 1 }, spend: { p: 3, q: 5, gamma: 40 } }]);
    const expected = paretoNbdExpectedPurchasesNewCustomer({ model: 'pareto/nbd', params: { r, alpha, s, beta }, timeUnit: 'week' }, duration(weeks, 'week'));
    expect(standardError).toBeLessThan(0.01 * expected);
    expect(Math.abs(mean - expected)).toBeLessThan(3 * standardError);
  });
});

describe('one baseline per customer base', () => {
  const run = (plan: Plan, draws = 3): Promise<string> => {
    const input = demoInput(plan, 6000, 21, draws);
    return runSimulation(input, inProcessHooks).then((r) => JSON.stringify(r.segments.map((s) => [s.segment, s.counterfactual])));
  };

  it('gives byte-identical no-plan worlds under different plans (same customers, seed and horizon)', async () => {
    const basic = basicPlan();
    const full = fullPlan();
    // The gross margin is the business's, not the plan's: both plans carry the same one here.
    full.grossMarginRate = basic.grossMarginRate;
    full.horizonWeeks = basic.horizonWeeks;
    const richer = basicPlan();
    richer.earning.pointsPerCurrencyUnit = 3;
    richer.enrolment.rateBySegment = [{ segment: '*', value: fixedAssumption(0.9) }];
    richer.behaviour.memberDropoutReduction = fixedAssumption(0.3);
    const [a, b, c] = await Promise.all([run(basic), run(full), run(richer)]);
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('is not the plan world: the plan still changes what members do', async () => {
    const input = demoInput(basicPlan(), 6000, 21, 1);
    const r = await runSimulation(input, inProcessHooks);
    const total = (world: 'plan' | 'counterfactual') => r.segments.reduce((a, s) => a + s[world].purchases.reduce((x, y) => x + y, 0), 0);
    expect(total('plan')).toBeGreaterThan(total('counterfactual'));
  });

  it('gives the same no-plan world whether the customers are run in blocks of 1,000 or 4,096', async () => {
    const plan = basicPlan();
    const segments = demoSegments();
    const input = (size: number): SimulationInput => ({
      ...demoInput(plan, 5000, 8, 1),
      blocks: blockRanges(5000, size).map((b) => ({ kind: 'synthetic' as const, segments, ...b })),
    });
    const a = await runSimulation(input(1000), inProcessHooks);
    const b = await runSimulation(input(4096), inProcessHooks);
    const purchases = (r: typeof a) => r.segments.map((s) => s.counterfactual.purchases.reduce((x, y) => x + y, 0));
    expect(purchases(b)).toEqual(purchases(a));
  });
});

/** A plan whose every behavioural effect is non-negative, with the mechanics switched on or off. */
interface NonNegativePlan {
  uplift: number;
  dropoutReduction: number;
  goalGradient: number;
  postRedemption: number;
  promotionUplift: number;
  contactUplift: number;
  tierReduction: number;
  privilegeReduction: number;
  tiers: boolean;
  punchCard: boolean;
  expiry: 'none' | 'rolling' | 'inactivity';
  rampUpWeeks: number;
  horizonWeeks: number;
}

function nonNegativePlan(x: NonNegativePlan): Plan {
  const plan = fullPlan();
  plan.horizonWeeks = x.horizonWeeks;
  plan.enrolment.rateBySegment = [{ segment: '*', value: fixedAssumption(0.8) }];
  plan.enrolment.rampUpWeeks = x.rampUpWeeks;
  const b = plan.behaviour;
  b.membershipFrequencyUplift = fixedAssumption(x.uplift);
  b.memberDropoutReduction = fixedAssumption(x.dropoutReduction);
  b.goalGradientUplift = fixedAssumption(x.goalGradient);
  b.postRedemptionUplift = fixedAssumption(x.postRedemption);
  plan.promotions = plan.promotions.filter((p) => p.startWeek < x.horizonWeeks).map((p) => ({ ...p, upliftShare: fixedAssumption(x.promotionUplift), pullForwardShare: fixedAssumption(0) }));
  plan.communication.contacts = plan.communication.contacts.map((c) => ({ ...c, responseUpliftPerContact: fixedAssumption(x.contactUplift) }));
  plan.tiers.enabled = x.tiers;
  plan.tiers.levels = plan.tiers.levels.map((l) => ({ ...l, dropoutReduction: fixedAssumption(x.tierReduction) }));
  plan.tiers.demotionDropoutIncrease = fixedAssumption(0);
  plan.privileges = plan.privileges.map((p) => ({ ...p, dropoutReduction: fixedAssumption(x.privilegeReduction) }));
  plan.frequency.punchCard.enabled = x.punchCard;
  plan.expiry = x.expiry === 'none' ? { rule: 'none', months: 12 } : x.expiry === 'rolling' ? { rule: 'rolling', months: 12 } : { rule: 'inactivity', months: 6 };
  return plan;
}

const nonNegativePlanArb: fc.Arbitrary<NonNegativePlan> = fc.record({
  uplift: fc.double({ min: 0, max: 0.4, noNaN: true }),
  dropoutReduction: fc.double({ min: 0, max: 0.6, noNaN: true }),
  goalGradient: fc.double({ min: 0, max: 0.5, noNaN: true }),
  postRedemption: fc.double({ min: 0, max: 0.3, noNaN: true }),
  promotionUplift: fc.double({ min: 0, max: 0.6, noNaN: true }),
  contactUplift: fc.double({ min: 0, max: 0.02, noNaN: true }),
  tierReduction: fc.double({ min: 0, max: 0.3, noNaN: true }),
  privilegeReduction: fc.double({ min: 0, max: 0.3, noNaN: true }),
  tiers: fc.boolean(),
  punchCard: fc.boolean(),
  expiry: fc.constantFrom('none' as const, 'rolling' as const, 'inactivity' as const),
  rampUpWeeks: fc.integer({ min: 0, max: 26 }),
  horizonWeeks: fc.integer({ min: 8, max: 156 }),
});

const segmentArb: fc.Arbitrary<SyntheticSegment> = fc.record({
  r: fc.double({ min: 0.2, max: 4, noNaN: true }),
  alpha: fc.double({ min: 2, max: 30, noNaN: true }),
  a: fc.double({ min: 0.3, max: 3, noNaN: true }),
  b: fc.double({ min: 0.5, max: 15, noNaN: true }),
}).map(({ r, alpha, a, b }) => ({ name: 'S', share: 1, purchase: { r, alphaWeeks: alpha, a, b }, spend: { p: 4, q: 6, gamma: 100 } }));

/** Customers whose plan world bought less, or dropped out earlier, than their own baseline. */
function violations(plan: Plan, segment: SyntheticSegment, seed: number, draw: number, customers: number): { fewer: number; earlier: number; members: number } {
  const priors = segmentPriors([{ name: 'S', r: segment.purchase.r, alphaWeeks: segment.purchase.alphaWeeks, baseCustomers: customers, simulatedCustomers: customers }]);
  const params = resolveEngineParams(fixAssumptions(plan, drawAssumptions(plan, seed, draw)), priors);
  const trace = createTrace(customers);
  simulateBlock(params, syntheticBlock([segment], seed, 0, customers), seed, new Float64Array(accumulatorLength(params)), trace);
  let fewer = 0;
  let earlier = 0;
  let members = 0;
  for (let i = 0; i < customers; i++) {
    members += trace.member[i]!;
    if (trace.purchasesPlan[i]! < trace.purchasesCounterfactual[i]!) fewer++;
    if (trace.lastWeekPlan[i]! < trace.lastWeekCounterfactual[i]!) earlier++;
  }
  return { fewer, earlier, members };
}

describe('pathwise sense: where every effect of a plan is non-negative', () => {
  it('every customer makes at least their baseline purchases, and drops out no sooner, in every draw (random plans and customers)', () => {
    fc.assert(
      fc.property(nonNegativePlanArb, segmentArb, fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 3 }), (x, segment, seed, draw) => {
        const v = violations(nonNegativePlan(x), segment, seed, draw, 300);
        expect(v.members).toBeGreaterThan(0);
        expect(v.fewer).toBe(0);
        expect(v.earlier).toBe(0);
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  it('the plain earn plan with its default assumptions: no customer buys less with it, in any of 10 draws', () => {
    for (let draw = 0; draw < 10; draw++) {
      for (const segment of demoSegments()) {
        const v = violations(basicPlan(), { ...segment, share: 1 }, 17 + draw, draw, 2000);
        expect(v.members).toBeGreaterThan(0);
        expect(v.fewer).toBe(0);
        expect(v.earlier).toBe(0);
      }
    }
  });

  it('a promotion dip is a negative effect, and the coupling lets it show: some members buy less than their baseline', () => {
    const plan = nonNegativePlan({ uplift: 0, dropoutReduction: 0, goalGradient: 0, postRedemption: 0, promotionUplift: 0.5, contactUplift: 0, tierReduction: 0, privilegeReduction: 0, tiers: false, punchCard: false, expiry: 'none', rampUpWeeks: 0, horizonWeeks: 60 });
    plan.promotions = plan.promotions.map((p) => ({ ...p, pullForwardShare: fixedAssumption(0.9) }));
    expect(plan.promotions.length).toBeGreaterThan(0);
    const segment = { ...demoSegments()[0]!, share: 1 };
    expect(violations(plan, segment, 3, 0, 3000).fewer).toBeGreaterThan(0);
  });
});
