import { Stream } from '../random/stream';
import { EXPIRY_NONE, type EngineParams } from './engineParams';
import type { SimulationTrace } from './accumulatorLayout';
import { PlanEvents } from './baseline';

/**
 * What every customer of a block shares: figures worked out from the plan once, the reusable
 * buffers and random streams. One object, built once per block, so the per-customer functions
 * take it as a single argument and unpack what they use into locals.
 */
export class BlockContext {
  /** The customer's baseline: dropout draw and purchase process (read by both worlds). */
  readonly weeksRng = new Stream();
  /** Enrolment, redemption and calendar draws of the plan world. */
  readonly planRng = new Stream();
  /** A member's baskets, and the plan world's extra purchases and thinning of the baseline's. */
  readonly baskets = new Stream();
  readonly events: PlanEvents;
  // Reusable per-customer buffers (one batch of points a week at most).
  readonly batchWeek: Int32Array;
  readonly batchPoints: Float64Array;
  readonly tierRing: Float64Array;
  readonly firstThreshold: number;
  readonly topThreshold: number;
  readonly punchOn: boolean;
  readonly tiersOn: boolean;
  readonly costPerReward: number;
  readonly burnCostPerPoint: number;
  readonly partnerIncome: number;
  readonly floorPoints: number;
  /** The highest promotion intensity of each segment's weeks (for the rate bound). */
  readonly maxPromo: Float64Array;
  /** Dated batches matter only where points expire. */
  readonly keepBatches: boolean;
  /**
   * Weeks without a purchase event or the plan world's dropout change nothing unless one of the
   * weekly mechanics runs (a trace counts every week, so tests see the week-by-week path).
   */
  readonly quietWeeks: boolean;
  /** Members take simulatePlainMember (see runsPlain; never with a trace, which only the general loop keeps). */
  readonly plain: boolean;

  constructor(
    readonly p: EngineParams,
    readonly acc: Float64Array,
    readonly trace: SimulationTrace | undefined,
    forceGeneral: boolean,
    /**
     * The no-plan world is already in `acc` (copied from another draw of the same block: it is the
     * same under any plan), so nobody writes it again: customers who never join are skipped, and
     * members write only their plan world (see PlanEvents).
     */
    readonly baselineKnown = false,
  ) {
    const { horizonWeeks: H, segmentCount: S, tierCount: T, partnerEarnPointsPerWeek: partnerPoints } = p;
    this.events = new PlanEvents(acc, H, this.weeksRng, this.baskets, !baselineKnown);
    this.batchWeek = new Int32Array(H + 1);
    this.batchPoints = new Float64Array(H + 1);
    this.tierRing = new Float64Array(Math.max(1, p.tierWindow));
    const firstThreshold = (this.firstThreshold = p.thresholdPoints[0]!);
    this.topThreshold = p.thresholdPoints.length - 1;
    this.punchOn = p.punchNeeded > 0;
    this.tiersOn = T > 1;
    this.costPerReward = p.costPerRewardCurrency * (1 - p.burnShare);
    this.burnCostPerPoint = p.burnPricePerPoint * p.burnShare;
    this.partnerIncome = partnerPoints * p.partnerEarnPricePerPoint;
    this.floorPoints = p.linearRewards ? Math.max(1, p.minimumBalance) : Math.max(firstThreshold, p.minimumBalance);
    const maxPromo = (this.maxPromo = new Float64Array(S));
    for (let s = 0; s < S; s++) for (let w = 0; w < H; w++) maxPromo[s] = Math.max(maxPromo[s]!, p.promoIntensity[s * H + w]!);
    this.keepBatches = p.expiryRule !== EXPIRY_NONE;
    this.quietWeeks = !trace && noWeeklyMechanics(p);
    this.plain = !trace && runsPlain(p) && !forceGeneral;
  }
}

/**
 * Whether nothing in a plan happens to a member in a week without a purchase or redemption: no
 * visit or streak periods, birthday points, partner earning, tier reviews or expiry.
 */
export function noWeeklyMechanics(p: EngineParams): boolean {
  return p.visitPeriod === 0 && p.streakPeriod === 0 && p.tierCount <= 1 && p.birthdayPoints === 0 && p.partnerEarnPointsPerWeek === 0 && p.expiryRule === EXPIRY_NONE;
}

/** Whether a plan's members can take simulatePlainMember: no weekly mechanics and no punch card. */
export function runsPlain(p: EngineParams): boolean {
  return noWeeklyMechanics(p) && p.punchNeeded <= 0;
}
