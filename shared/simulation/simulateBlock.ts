import * as fastGamma from '../random/fastGamma';
import type { UnitGamma } from '../random/fastGamma';
import * as layout from './accumulatorLayout';
import type { SimulationTrace } from './accumulatorLayout';
import * as baseline from './baseline';
import { BlockContext } from './blockContext';
import * as engine from './engineParams';
import type { EngineParams } from './engineParams';
import * as kernel from './engineKernel';
import * as memberPlanWorld from './memberPlanWorld';
import * as plainMember from './plainMember';
import * as population from './population';
import type { PopulationBlock } from './population';

/**
 * The inner Monte Carlo loop: one block of customers, week by week, in two worlds.
 *
 * Written by hand over typed arrays, not with a simulation library, because it is the product's
 * own model and its hot path (10^8 customer-weeks a run): no allocation per customer or week, the
 * (segment, week) tables precomputed in EngineParams.
 *
 * For every customer the no-plan world (the baseline, baseline.ts) is simulated first, from the
 * customer's own stream and nothing of the plan, so it is the same for every plan. A customer who
 * never joins is the same in the plan world: the baseline is written there too. A member's plan
 * world is built on the baseline (memberPlanWorld.ts, plainMember.ts): its purchases are the
 * baseline's, thinned where the plan's multiplier on the rate is below 1, plus extra ones where it
 * is above 1 (superposition), and its dropout re-uses the baseline's draw at the plan's own rate.
 * Common random numbers make each incremental figure as precise as it can be; the coupling makes
 * it make sense customer by customer: under a plan whose effects are all non-negative, a member
 * makes every purchase they would have made without it.
 */

// Module constants rather than imported names read through getters (see engineKernel.ts).
const unitGamma = fastGamma.unitGamma;
const FAST_GAMMA_MIN_SHAPE = fastGamma.FAST_GAMMA_MIN_SHAPE;
const simulateBaseline = baseline.simulateBaseline;
const simulateMember = memberPlanWorld.simulateMember;
const simulatePlainMember = plainMember.simulatePlainMember;
const worldBase = layout.worldBase;
const WORLD_COUNTERFACTUAL = layout.WORLD_COUNTERFACTUAL;
const WORLD_PLAN = layout.WORLD_PLAN;
const positivePower = kernel.positivePower;
const streamId = population.streamId;
const STREAM_WEEKS = population.STREAM_WEEKS;
const STREAM_PLAN = population.STREAM_PLAN;
const STREAM_BASKETS = population.STREAM_BASKETS;
const canonicalParams = engine.canonicalParams;
const WEEKS_PER_YEAR = engine.WEEKS_PER_YEAR;

export interface SimulateBlockOptions {
  /** Every member through the general loop, plain plan or not (for the test that holds them together). */
  generalMembersOnly?: boolean;
  /**
   * `acc` already holds this block's no-plan world, as another draw wrote it (the same numbers
   * under any plan and any draw: baseline.ts): customers who never join are skipped, and members
   * write their plan world only. Not with a trace, which records both worlds per customer.
   */
  baselineKnown?: boolean;
}

/** Simulates one block into `acc` (added to, so a caller may reuse it), with the customers' streams keyed by `seed`. */
export function simulateBlock(params: EngineParams, pop: PopulationBlock, seed: number, acc: Float64Array, trace?: SimulationTrace, options: SimulateBlockOptions = {}): void {
  const p = canonicalParams(params);
  const baselineKnown = options.baselineKnown === true;
  if (baselineKnown && trace) throw new Error('A trace records both worlds: it cannot be kept with a known baseline.');
  const k = new BlockContext(p, acc, trace, options.generalMembersOnly === true, baselineKnown);
  const { horizonWeeks: H } = p;
  const { weeksRng, planRng, baskets, events } = k;
  // Members share their segment's spend shape: the cube's constants are made once per shape
  // (a handful per run), not per customer.
  // (A loop over a small typed array, which the compiler inlines, rather than Array.indexOf.)
  const unitShapes = new Float64Array(16);
  const unitCubes: (UnitGamma | null)[] = [];
  for (let i = 0; i < pop.count; i++) {
    if (pop.alive[i] === 0) continue;
    const c = pop.first + i;
    const seg = pop.segment[i]!;
    const lambda = pop.lambdaPerWeek[i]!;
    const dropoutRate = pop.dropoutRatePerWeek[i]!;
    const meanBasket = pop.meanBasket[i]!;
    const weeksSinceLast = pop.weeksSinceLastPurchase[i]!;
    planRng.reseed(seed, streamId(c, STREAM_PLAN));

    // Enrolment: heavier buyers join more readily (self-selection), normalised so the segment's
    // expected enrolment (under its purchase-rate prior) is its rate; a customer who lapsed
    // before launch cannot join.
    const joinChance = p.selfSelectionPower === 0 ? p.enrolRate[seg]! : Math.min(1, p.enrolScale[seg]! * positivePower(lambda, p.selfSelectionPower));
    const joins = p.eligible[seg] === 1 && planRng.u32() < joinChance;
    const joinWeek = joins && p.rampUpWeeks > 0 ? Math.floor(planRng.u32() * p.rampUpWeeks) : 0;
    if (trace) trace.member[i] = joins ? 1 : 0;

    weeksRng.reseed(seed, streamId(c, STREAM_WEEKS));
    const cfBase = worldBase(WORLD_COUNTERFACTUAL, seg, p);
    if (!joins) {
      if (!baselineKnown) simulateBaseline(acc, cfBase, H, lambda, dropoutRate, meanBasket, weeksSinceLast, weeksRng, trace, i);
      continue;
    }
    // Drawn for members only, next in their plan stream (a customer who never joins reads no more of it).
    const birthdayWeek = Math.floor(planRng.u32() * WEEKS_PER_YEAR);

    // Only members draw baskets, for their points (revenue is the purchases' expectation).
    const shape = pop.basketShape[i]!;
    let cube = -1;
    for (let j = 0; j < unitCubes.length; j++) {
      if (unitShapes[j] === shape) {
        cube = j;
        break;
      }
    }
    if (cube < 0 && unitCubes.length < 16) {
      cube = unitCubes.length;
      unitShapes[cube] = shape;
      unitCubes.push(shape >= FAST_GAMMA_MIN_SHAPE ? unitGamma(shape) : null);
    }
    const unit = cube >= 0 ? unitCubes[cube]! : shape >= FAST_GAMMA_MIN_SHAPE ? unitGamma(shape) : null;
    baskets.reseed(seed, streamId(c, STREAM_BASKETS));
    const plBase = worldBase(WORLD_PLAN, seg, p);
    if (k.plain) simulatePlainMember(k, seg, lambda, dropoutRate, meanBasket, shape, unit, weeksSinceLast, joinWeek, cfBase, plBase);
    else simulateMember(k, i, seg, lambda, dropoutRate, meanBasket, shape, unit, weeksSinceLast, joinWeek, birthdayWeek, cfBase, plBase);
    events.finishBaseline();
    if (trace) {
      trace.purchasesCounterfactual[i] = events.baselinePurchases;
      trace.lastWeekCounterfactual[i] = events.baselineLastWeek;
      trace.lastWeekPlan[i] = events.dropoutWeek;
    }
  }
}



