import { SERIES_COUNT, SERIES_INDEX } from './results';
import type { EngineParams } from './engineParams';

/**
 * Where a block's figures go: one Float64Array laid out [world][segment][row][week].
 *
 * Worlds:
 * - the no-plan world (the baseline) of every customer, written by one function in customer
 *   order, so it is the same array of numbers whatever the plan is (which customers join depends
 *   on the plan, and floating-point sums depend on how their terms are grouped: a baseline summed
 *   from members and non-members apart would differ in its last bits from plan to plan);
 * - the plan's change to it: the plan world minus the baseline, which only members write (the plan
 *   does not touch the others). Series only the plan world has (points, costs) are the plan
 *   world's own figures there. The plan world is the sum of the two.
 * A customer who never joins is written once, and an incremental figure is read straight off the
 * second world rather than as a difference of two large sums.
 *
 * Stocks (members, alive, active, points held by lapsed customers) are accumulated as weekly
 * changes and summed up at aggregation; points outstanding follow from the point flows.
 */
export const WORLD_COUNTERFACTUAL = 0;
export const WORLD_PLAN = 1;
export const WORLD_COUNT = 2;

/**
 * Rows after the series: weekly rates that change rarely (a member's privilege and contact
 * costs, partner points and income), stored as changes and summed up into their series at
 * aggregation, so they cost a write where they start or stop rather than every week.
 */
export const R_PRIVILEGE = SERIES_COUNT;
export const R_CONTACT = SERIES_COUNT + 1;
export const R_PARTNER_POINTS = SERIES_COUNT + 2;
export const R_PARTNER_COST = SERIES_COUNT + 3;
export const ACC_ROWS = SERIES_COUNT + 4;
/** The series each rate row adds to. */
export const RATE_ROW_SERIES: readonly (readonly [number, number])[] = [
  [R_PRIVILEGE, SERIES_INDEX.privilegeCost],
  [R_CONTACT, SERIES_INDEX.contactCost],
  [R_PARTNER_POINTS, SERIES_INDEX.pointsPartner],
  [R_PARTNER_COST, SERIES_INDEX.partnerNetCost],
];

export function accumulatorLength(p: EngineParams): number {
  return WORLD_COUNT * p.segmentCount * ACC_ROWS * p.horizonWeeks;
}

/** Where a world's rows of a segment start. */
export function worldBase(world: number, seg: number, p: Pick<EngineParams, 'segmentCount' | 'horizonWeeks'>): number {
  return (world * p.segmentCount + seg) * ACC_ROWS * p.horizonWeeks;
}

/** Optional per-customer and per-stamp records for tests of behavioural mechanics. */
export interface SimulationTrace {
  /** Per block customer: 1 when a member. */
  member: Uint8Array;
  /** Per block customer: reward cost (points rewards and punch cards) in the plan world. */
  rewardCost: Float64Array;
  /** Per block customer: purchases in the plan and counterfactual worlds. */
  purchasesPlan: Float64Array;
  purchasesCounterfactual: Float64Array;
  /** Per block customer: the week each world's dropout fell in (the horizon when none did). */
  lastWeekPlan: Int32Array;
  lastWeekCounterfactual: Int32Array;
  /** By punch-card stamps held at the week's start: member-weeks alive and purchases made. */
  stampWeeks: Float64Array;
  stampPurchases: Float64Array;
  /** Member-weeks on an empty card: before any card was completed, and just after a reward. */
  emptyFirstCardWeeks: number;
  emptyFirstCardPurchases: number;
  emptyAfterRewardWeeks: number;
  emptyAfterRewardPurchases: number;
}

export function createTrace(customers: number, maxStamps = 64): SimulationTrace {
  return {
    member: new Uint8Array(customers),
    rewardCost: new Float64Array(customers),
    purchasesPlan: new Float64Array(customers),
    purchasesCounterfactual: new Float64Array(customers),
    lastWeekPlan: new Int32Array(customers),
    lastWeekCounterfactual: new Int32Array(customers),
    stampWeeks: new Float64Array(maxStamps),
    stampPurchases: new Float64Array(maxStamps),
    emptyFirstCardWeeks: 0,
    emptyFirstCardPurchases: 0,
    emptyAfterRewardWeeks: 0,
    emptyAfterRewardPurchases: 0,
  };
}
