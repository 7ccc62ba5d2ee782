import { gamma as gammaDraw } from '../random/distributions';
import { Stream } from '../random/stream';
import * as fastGamma from '../random/fastGamma';
import * as ziggurat from '../random/ziggurat';
import type { UnitGamma } from '../random/fastGamma';
import { SERIES_COUNT, SERIES_INDEX } from './results';
import * as engine from './engineParams';
import type { EngineParams } from './engineParams';
import * as population from './population';
import type { PopulationBlock } from './population';

/**
 * The inner Monte Carlo loop: one block of customers, week by week, in two worlds at once.
 *
 * Written by hand over typed arrays, not with a simulation library, because it is the product's
 * own model and its hot path (10^8 customer-weeks a run): no allocation per customer or week, the
 * (segment, week) tables precomputed in EngineParams.
 *
 * Purchases are a Poisson process at the customer's weekly intensity, which the plan's mechanics
 * set week by week: candidates come at the highest intensity the plan can give the customer
 * (exponential gaps) and each is a purchase in a world with probability that world's intensity
 * over the bound (thinning), so a week's count is Poisson at the week's intensity.
 *
 * Common random numbers: both worlds read the same candidates and the same acceptance uniforms,
 * and the same dropout candidates, so a member who buys more or lapses less in the plan world
 * does so against the very same luck as in the counterfactual, and the difference is the plan's
 * effect rather than noise. In a week, both worlds' n-th purchase has the same basket. A customer
 * who never joins is the same in both worlds and is simulated once (into the "shared" world,
 * added to both at aggregation).
 *
 * Gross margin is revenue times the plan's margin rate, so it is not accumulated here but worked
 * out at aggregation.
 *
 * Accumulator layout: [world][segment][series][week] with worlds 0 = counterfactual, 1 = plan,
 * 2 = shared. Stocks (members, alive, active, points held by lapsed customers) are accumulated as
 * weekly changes and summed up at aggregation; points outstanding follow from the point flows.
 */
export const WORLD_COUNTERFACTUAL = 0;
export const WORLD_PLAN = 1;
export const WORLD_SHARED = 2;
export const WORLD_COUNT = 3;

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

/** Optional per-customer and per-stamp records for tests of behavioural mechanics. */
export interface SimulationTrace {
  /** Per block customer: 1 when a member. */
  member: Uint8Array;
  /** Per block customer: reward cost (points rewards and punch cards) in the plan world. */
  rewardCost: Float64Array;
  /** Per block customer: purchases in the plan and counterfactual worlds. */
  purchasesPlan: Float64Array;
  purchasesCounterfactual: Float64Array;
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
    stampWeeks: new Float64Array(maxStamps),
    stampPurchases: new Float64Array(maxStamps),
    emptyFirstCardWeeks: 0,
    emptyFirstCardPurchases: 0,
    emptyAfterRewardWeeks: 0,
    emptyAfterRewardPurchases: 0,
  };
}

// Imported bindings are copied into module constants: under a CommonJS transform (tsx, the
// command line) every read of an imported name is a getter call, which the inner loop would
// otherwise pay some 10^8 times.
const gamma = gammaDraw;
const unitGamma = fastGamma.unitGamma;
const unitGammaOf = fastGamma.unitGammaOf;
const exponential = ziggurat.exponential;
const standardNormal = ziggurat.standardNormal;
const FAST_GAMMA_MIN_SHAPE = fastGamma.FAST_GAMMA_MIN_SHAPE;
const streamId = population.streamId;
const STREAM_WEEKS = population.STREAM_WEEKS;
const STREAM_PLAN = population.STREAM_PLAN;
const STREAM_BASKETS = population.STREAM_BASKETS;
const ACTIVE_WINDOW_WEEKS = engine.ACTIVE_WINDOW_WEEKS;
const canonicalParams = engine.canonicalParams;
const EXPIRY_CALENDAR = engine.EXPIRY_CALENDAR;
const EXPIRY_INACTIVITY = engine.EXPIRY_INACTIVITY;
const EXPIRY_NONE = engine.EXPIRY_NONE;
const EXPIRY_ROLLING = engine.EXPIRY_ROLLING;
const WEEKS_PER_YEAR = engine.WEEKS_PER_YEAR;
const S_MEMBERS = SERIES_INDEX.members;
const S_ALIVE = SERIES_INDEX.alive;
const S_ACTIVE = SERIES_INDEX.active;
const S_REDEEMERS = SERIES_INDEX.redeemers;
const S_PURCHASES = SERIES_INDEX.purchases;
const S_REVENUE = SERIES_INDEX.revenue;
const S_MEMBER_REVENUE = SERIES_INDEX.memberRevenue;
const S_P_BASE = SERIES_INDEX.pointsBase;
const S_P_BONUS = SERIES_INDEX.pointsBonus;
const S_P_PROMO = SERIES_INDEX.pointsPromotion;
const S_P_FREQ = SERIES_INDEX.pointsFrequency;
const S_P_TIER = SERIES_INDEX.pointsTier;
const S_P_REDEEMED = SERIES_INDEX.pointsRedeemed;
const S_P_EXPIRED = SERIES_INDEX.pointsExpired;
const S_P_LAPSED = SERIES_INDEX.pointsHeldByLapsed;
const S_REWARD_COST = SERIES_INDEX.rewardCost;
const S_PUNCH_COST = SERIES_INDEX.punchCardCost;
const S_PARTNER_COST = SERIES_INDEX.partnerNetCost;

/**
 * x to the power y for x > 0, as exp(y log x) (Math.pow costs twice as much; this runs once or
 * twice a customer), and x itself at the power 1 that the plans' central assumptions use.
 */
function positivePower(x: number, y: number): number {
  return y === 1 ? x : Math.exp(y * Math.log(x));
}

/** A member's frequency uplift from joining, smaller for buyers already above their segment's mean rate. */
function membershipUplift(p: EngineParams, seg: number, lambda: number): number {
  return p.memberUplift * Math.min(1, positivePower(p.meanLambda[seg]! / lambda, p.heavyBuyerDampening));
}

/**
 * The rate of a member's candidate purchases (the thinning bound): the customer's rate times the
 * most every effect of the plan can raise it at once, and never below the customer's own rate.
 */
function candidateRate(p: EngineParams, seg: number, lambda: number, uplift: number, promoMax: number): number {
  return (
    lambda *
    Math.max(1, (1 + Math.max(0, uplift)) * (1 + Math.abs(p.goalGradient) / 2) * promoMax * (1 + Math.max(0, p.postRedemptionUplift)) * (1 + Math.max(0, p.contactUplift[seg]!)))
  );
}

function roundPoints(x: number, mode: 0 | 1 | 2): number {
  return mode === 0 ? Math.floor(x + 1e-9) : mode === 1 ? Math.round(x) : x;
}

/** The week a batch earned in week `earned` expires under the rule (Infinity: never). */
function expiryWeekOf(p: EngineParams, earned: number, lastActivity: number): number {
  switch (p.expiryRule) {
    case EXPIRY_ROLLING:
      return earned + p.expiryWeeks;
    case EXPIRY_INACTIVITY:
      return lastActivity + p.expiryWeeks;
    case EXPIRY_CALENDAR:
      return WEEKS_PER_YEAR * (Math.floor(earned / WEEKS_PER_YEAR) + 1) + WEEKS_PER_YEAR - 1;
    default:
      return Infinity;
  }
}

let untouchedPurchases = 0;

/**
 * The time of the next event of a process with mean gap `weeksPerEvent` after time `from` (in
 * weeks): an exponential gap, so that the count in any week is Poisson and the first week with
 * one is geometric. A multiplication by the mean gap, not a division by the rate, in the loop.
 */
function eventTime(rng: Stream, from: number, weeksPerEvent: number): number {
  return from + exponential(rng) * weeksPerEvent;
}

/** The mean gap between events of a process at `ratePerWeek` (Infinity: none ever). */
function meanGap(ratePerWeek: number): number {
  return ratePerWeek > 0 ? 1 / ratePerWeek : Infinity;
}

/** The whole week a time falls in, or `never` (a small integer, so loop counters stay integers). */
function weekOf(t: number, never: number): number {
  // `| 0`: the engine keeps week numbers as integers, not doubles to convert at each comparison.
  return (t < never ? Math.floor(t) : never) | 0;
}

/**
 * Counts a customer as active over the weeks [from, until) (the stock is kept as changes). A
 * customer's activity is kept as one open interval that each purchase stretches, and written
 * only when a gap closes it: two writes an interval rather than two a purchase.
 */
function addActiveWeeks(acc: Float64Array, row: number, from: number, until: number, H: number): void {
  if (until <= from) return;
  acc[row + from]! += 1;
  if (until < H) acc[row + until]! -= 1;
}

/** A basket's value: a mean-1 Gamma draw times the customer's mean basket. */
function basketValue(baskets: Stream, meanBasket: number, shape: number, unit: UnitGamma | null): number {
  return meanBasket * (unit ? unitGammaOf(unit, standardNormal(baskets)) : gamma(baskets, shape, shape));
}

/**
 * A customer the plan never touches (never joins) is the same in both worlds: simulated once,
 * into the shared world, by jumping from one purchase to the next (exponential gaps) and
 * straight to the week of dropout, instead of drawing every week. Most of a base is often
 * such customers, so this is where most customer-weeks go.
 *
 * Their revenue is only ever summed (into both worlds alike, so it never enters an incremental
 * figure), so a week's revenue is its expectation given the week's purchases, the count times
 * the mean basket, rather than a sum of drawn baskets: the same expected totals with less
 * noise (conditional Monte Carlo), and no basket draws.
 */
function simulateUntouched(
  acc: Float64Array,
  base: number,
  H: number,
  lambda: number,
  hazard: number,
  meanBasket: number,
  weeksSinceLast: number,
  rng: Stream,
): void {
  untouchedPurchases = 0;
  acc[base + S_ALIVE * H]! += 1;
  const activeRow = base + S_ACTIVE * H;
  let activeFrom = 0;
  let activeUntil = weeksSinceLast < ACTIVE_WINDOW_WEEKS ? Math.ceil(ACTIVE_WINDOW_WEEKS - weeksSinceLast) : 0;
  // Dropout at the end of week floor(Exp / kappa), kappa = -ln(1 - hazard): geometric in weeks.
  const lastWeek = weekOf(eventTime(rng, 0, meanGap(-Math.log1p(-hazard))), H - 1);
  if (lastWeek + 1 < H) acc[base + S_ALIVE * H + lastWeek + 1]! -= 1;
  // Purchases as a Poisson process at lambda a week: exponential gaps, grouped by week.
  const gap = meanGap(lambda);
  let t = eventTime(rng, 0, gap);
  while (t < lastWeek + 1) {
    const w = Math.floor(t);
    let n = 0;
    do {
      n++;
      t = eventTime(rng, t, gap);
    } while (t < w + 1);
    untouchedPurchases += n;
    acc[base + S_PURCHASES * H + w]! += n;
    acc[base + S_REVENUE * H + w]! += n * meanBasket;
    if (w >= activeUntil) {
      addActiveWeeks(acc, activeRow, activeFrom, activeUntil, H);
      activeFrom = w;
    }
    activeUntil = w + ACTIVE_WINDOW_WEEKS;
  }
  addActiveWeeks(acc, activeRow, activeFrom, activeUntil, H);
}

/**
 * What every customer of a block shares: figures worked out from the plan once, the reusable
 * buffers and random streams. One object, built once per block, so the per-customer functions
 * take it as a single argument and unpack what they use into locals.
 */
class BlockContext {
  readonly weeksRng = new Stream();
  readonly planRng = new Stream();
  readonly baskets = new Stream();
  // Reusable per-customer buffers (one batch of points a week at most).
  readonly batchWeek: Int32Array;
  readonly batchPoints: Float64Array;
  readonly tierRing: Float64Array;
  readonly basketDraws = new Float64Array(256);
  readonly firstThreshold: number;
  readonly topThreshold: number;
  readonly punchOn: boolean;
  readonly tiersOn: boolean;
  readonly costPerReward: number;
  readonly burnCostPerPoint: number;
  readonly partnerIncome: number;
  readonly floorPoints: number;
  /** The highest intensity multiplier the plan can reach, by segment (the thinning bound). */
  readonly maxPromo: Float64Array;
  readonly maxDropoutFactor: number;
  /** Dated batches matter only where points expire. */
  readonly keepBatches: boolean;
  /**
   * Weeks without a purchase or dropout candidate change nothing unless one of the weekly
   * mechanics runs (a trace counts every week, so tests see the week-by-week path).
   */
  readonly quietWeeks: boolean;
  /** Members take simulatePlainMember (see runsPlain; never with a trace, which only the general loop keeps). */
  readonly plain: boolean;

  constructor(
    readonly p: EngineParams,
    readonly acc: Float64Array,
    readonly trace: SimulationTrace | undefined,
    forceGeneral: boolean,
  ) {
    const { horizonWeeks: H, segmentCount: S, tierCount: T, partnerEarnPointsPerWeek: partnerPoints } = p;
    this.batchWeek = new Int32Array(H + 1);
    this.batchPoints = new Float64Array(H + 1);
    this.tierRing = new Float64Array(Math.max(1, p.tierWindow));
    const firstThreshold = (this.firstThreshold = p.thresholdPoints[0]!);
    this.topThreshold = p.thresholdPoints.length - 1;
    this.punchOn = p.punchNeeded > 0;
    const tiersOn = (this.tiersOn = T > 1);
    this.costPerReward = p.costPerRewardCurrency * (1 - p.burnShare);
    this.burnCostPerPoint = p.burnPricePerPoint * p.burnShare;
    this.partnerIncome = partnerPoints * p.partnerEarnPricePerPoint;
    this.floorPoints = p.linearRewards ? Math.max(1, p.minimumBalance) : Math.max(firstThreshold, p.minimumBalance);
    const maxPromo = (this.maxPromo = new Float64Array(S));
    for (let s = 0; s < S; s++) for (let w = 0; w < H; w++) maxPromo[s] = Math.max(maxPromo[s]!, p.promoIntensity[s * H + w]!);
    this.maxDropoutFactor = 1 + (tiersOn ? Math.max(0, p.demotionIncrease) : 0);
    this.keepBatches = p.expiryRule !== EXPIRY_NONE;
    this.quietWeeks = !trace && noWeeklyMechanics(p);
    this.plain = !trace && runsPlain(p) && !forceGeneral;
  }
}

/**
 * A customer who joins the plan, from launch to the horizon, in both worlds at once. A function
 * of its own (called once per member) rather than the body of the block's loop, so the engine
 * compiles it as soon as it is hot and a recompilation costs one customer, not a block.
 */
function simulateMember(
  k: BlockContext,
  i: number,
  seg: number,
  lambda: number,
  hazard: number,
  meanBasket: number,
  shape: number,
  unit: UnitGamma | null,
  weeksSinceLast: number,
  joinWeek: number,
  birthdayWeek: number,
  cfBase: number,
  plBase: number,
): void {
  const { p, acc, trace, weeksRng, planRng, baskets, batchWeek, batchPoints, tierRing, basketDraws, firstThreshold, topThreshold, punchOn, tiersOn } = k;
  const { costPerReward, burnCostPerPoint, partnerIncome, floorPoints, maxPromo, maxDropoutFactor, keepBatches, quietWeeks } = k;
  const { horizonWeeks: H, tierCount: T, pointsPerCurrency: e, rounding, expiryWeeks: E, partnerEarnPointsPerWeek: partnerPoints, visitPeriod, streakPeriod } = p;
  const uplift = membershipUplift(p, seg, lambda);
  const muMax = candidateRate(p, seg, lambda, uplift, maxPromo[seg]!);
  const hMax = Math.min(1, hazard * maxDropoutFactor);
  const dropRateMax = -Math.log1p(-hMax);

  // Counterfactual state.
  let aliveCf = true;
  let activeFromCf = 0;
  let activeUntilCf = weeksSinceLast < ACTIVE_WINDOW_WEEKS ? Math.ceil(ACTIVE_WINDOW_WEEKS - weeksSinceLast) : 0;
  acc[cfBase + S_ALIVE * H]! += 1;

  // Plan state.
  let alivePl = true;
  let activeFromPl = 0;
  let activeUntilPl = activeUntilCf;
  let lastActivity = -Math.ceil(weeksSinceLast);
  let head = 0;
  let tail = 0;
  let balance = 0;
  let stamps = p.punchPrestamped;
  let visits = 0;
  let boughtThisStreakPeriod = false;
  let streak = 0;
  let tier = 0;
  let rollingSpend = 0;
  let demotedUntil = -1;
  let postRedemptionUntil = -1;
  let joined = false;
  let cardsDone = 0;
  let contactOpen = false;
  acc[plBase + S_ALIVE * H]! += 1;

  if (tiersOn) tierRing.fill(0);

  let nextYearEnd = WEEKS_PER_YEAR - 1;
  let nextBirthday = birthdayWeek;
  let nextVisitEnd = visitPeriod - 1;
  let nextStreakEnd = streakPeriod - 1;
  let nextReview = p.tierReview - 1;
  let ringSlot = 0;
  const buyGap = meanGap(muMax);
  const dropGap = meanGap(dropRateMax);
  let tBuy = eventTime(weeksRng, 0, buyGap);
  let nextBuy = weekOf(tBuy, H);
  let nextDrop = weekOf(eventTime(weeksRng, 0, dropGap), H);

  for (let w = 0; w < H && (aliveCf || alivePl); w++) {
    // ---- joining ----
    if (!joined && alivePl && w >= joinWeek) {
      joined = true;
      acc[plBase + S_MEMBERS * H + w]! += 1;
      lastActivity = Math.max(lastActivity, w);
      acc[plBase + R_PRIVILEGE * H + w]! += p.privilegeCostPerWeek[seg * T]!;
      if (partnerPoints > 0) {
        acc[plBase + R_PARTNER_POINTS * H + w]! += partnerPoints;
        acc[plBase + R_PARTNER_COST * H + w]! -= partnerIncome;
      }
      if (w < activeUntilPl) {
        contactOpen = true;
        acc[plBase + R_CONTACT * H + w]! += p.contactCostPerWeek[seg]!;
      }
      if (p.welcomePoints > 0) {
        acc[plBase + S_P_BONUS * H + w]! += p.welcomePoints;
        if (keepBatches) {
          batchWeek[tail] = w;
          batchPoints[tail++] = p.welcomePoints;
        }
        balance += p.welcomePoints;
      }
    }
    if (contactOpen && w >= activeUntilPl) {
      contactOpen = false;
      acc[plBase + R_CONTACT * H + w]! -= p.contactCostPerWeek[seg]!;
    }

    // ---- purchases: a candidate week, accepted in each world at its own intensity ----
    let nCf = 0;
    let nPl = 0;
    let mean = lambda;
    if (w === nextBuy) {
      if (alivePl && joined) {
        let progress = 0;
        if (!p.linearRewards) progress = balance >= firstThreshold ? 1 : balance / firstThreshold;
        if (punchOn) progress = Math.max(progress, stamps / p.punchNeeded);
        // Goal gradient: faster as the reward nears, slower just after one, centred on
        // half-way so the acceleration near the goal is partly borrowed from the start.
        mean *= (1 + uplift * p.upliftDecay[w - joinWeek]!) * (1 + p.goalGradient * (progress - 0.5)) * p.promoIntensity[seg * H + w]!;
        if (w < postRedemptionUntil) mean *= 1 + p.postRedemptionUplift;
        if (w < activeUntilPl) mean *= 1 + p.contactUplift[seg]!;
        if (mean > muMax) mean = muMax;
      }
      // Each candidate in the week is a purchase in a world with probability its intensity
      // over the bound: the same uniform for both, so the plan world's purchases include the
      // counterfactual's whenever its intensity is the higher.
      do {
        const u = weeksRng.u32() * muMax;
        if (aliveCf && u < lambda) nCf++;
        if (alivePl && u < mean) nPl++;
        tBuy = eventTime(weeksRng, tBuy, buyGap);
      } while (tBuy < w + 1);
      nextBuy = weekOf(tBuy, H);
    }
    const nDraw = nCf > nPl ? nCf : nPl;
    for (let k = 0; k < nDraw; k++) basketDraws[k] = basketValue(baskets, meanBasket, shape, unit);

    // ---- counterfactual world: the customer's own model, nothing else ----
    if (nCf > 0) {
      let spend = 0;
      for (let k = 0; k < nCf; k++) spend += basketDraws[k]!;
      acc[cfBase + S_PURCHASES * H + w]! += nCf;
      acc[cfBase + S_REVENUE * H + w]! += spend;
      if (w >= activeUntilCf) {
        addActiveWeeks(acc, cfBase + S_ACTIVE * H, activeFromCf, activeUntilCf, H);
        activeFromCf = w;
      }
      activeUntilCf = w + ACTIVE_WINDOW_WEEKS;
      if (trace) trace.purchasesCounterfactual[i]! += nCf;
    }

    if (alivePl) {
      if (trace && joined && punchOn && stamps < trace.stampWeeks.length) {
        trace.stampWeeks[stamps]! += 1;
        trace.stampPurchases[stamps]! += nPl;
        if (stamps === p.punchPrestamped && cardsDone === 0) {
          trace.emptyFirstCardWeeks += 1;
          trace.emptyFirstCardPurchases += nPl;
        } else if (stamps === p.punchPrestamped && w < postRedemptionUntil) {
          trace.emptyAfterRewardWeeks += 1;
          trace.emptyAfterRewardPurchases += nPl;
        }
      }
      let weekPoints = 0;
      let spendWeek = 0;
      if (nPl > 0) {
        const promoMult = joined ? p.promoPointsMultiplier[seg * H + w]! : 1;
        const tierMult = p.tierMultiplier[tier]!;
        const spendFactor = joined ? 1 + p.spendUplift : 1;
        let base = 0;
        let bonus = 0;
        let promo = 0;
        let tierPts = 0;
        for (let k = 0; k < nPl; k++) {
          const basket = basketDraws[k]! * spendFactor;
          spendWeek += basket;
          if (!joined) continue;
          base += roundPoints(basket * e, rounding);
          if (tierMult !== 1) tierPts += roundPoints(basket * e * (tierMult - 1), rounding);
          if (promoMult !== 1) promo += roundPoints(basket * e * (promoMult - 1), rounding);
          if (basket >= p.spendBonusOver) bonus += p.spendBonusPoints;
          if (p.categoryBonusRate > 0) bonus += roundPoints(basket * e * p.categoryBonusRate, rounding);
        }
        acc[plBase + S_PURCHASES * H + w]! += nPl;
        acc[plBase + S_REVENUE * H + w]! += spendWeek;
        if (w >= activeUntilPl) {
          addActiveWeeks(acc, plBase + S_ACTIVE * H, activeFromPl, activeUntilPl, H);
          activeFromPl = w;
          if (joined && !contactOpen) {
            contactOpen = true;
            acc[plBase + R_CONTACT * H + w]! += p.contactCostPerWeek[seg]!;
          }
        }
        activeUntilPl = w + ACTIVE_WINDOW_WEEKS;
        lastActivity = w;
        if (trace) trace.purchasesPlan[i]! += nPl;
        if (joined) {
          acc[plBase + S_MEMBER_REVENUE * H + w]! += spendWeek;
          acc[plBase + S_P_BASE * H + w]! += base;
          if (bonus !== 0) acc[plBase + S_P_BONUS * H + w]! += bonus;
          if (promo !== 0) acc[plBase + S_P_PROMO * H + w]! += promo;
          if (tierPts !== 0) acc[plBase + S_P_TIER * H + w]! += tierPts;
          weekPoints += base + bonus + promo + tierPts;
          visits += nPl;
          boughtThisStreakPeriod = true;
          if (punchOn) {
            stamps += nPl;
            while (stamps >= p.punchNeeded) {
              stamps -= p.punchNeeded - p.punchPrestamped;
              cardsDone++;
              acc[plBase + S_PUNCH_COST * H + w]! += p.punchRewardCost;
              if (trace) trace.rewardCost[i]! += p.punchRewardCost;
              postRedemptionUntil = w + 1 + p.postRedemptionWeeks;
            }
          }
        }
      }

      if (joined) {
        let freq = 0;
        // Calendar events by the next week they fall on (a comparison a week, where a modulo
        // by a variable would be a division); weeks before joining are skipped over.
        while (nextYearEnd < w) nextYearEnd += WEEKS_PER_YEAR;
        if (p.birthdayPoints > 0) {
          while (nextBirthday < w) nextBirthday += WEEKS_PER_YEAR;
          if (w === nextBirthday) {
            acc[plBase + S_P_BONUS * H + w]! += p.birthdayPoints;
            weekPoints += p.birthdayPoints;
          }
        }
        if (visitPeriod > 0) {
          while (nextVisitEnd < w) nextVisitEnd += visitPeriod;
          if (w === nextVisitEnd) {
            if (visits >= p.visitTarget) freq += p.visitPoints;
            visits = 0;
          }
        }
        if (streakPeriod > 0) {
          while (nextStreakEnd < w) nextStreakEnd += streakPeriod;
          if (w === nextStreakEnd) {
            streak = boughtThisStreakPeriod ? streak + 1 : 0;
            boughtThisStreakPeriod = false;
            if (streak >= p.streakTarget) {
              freq += p.streakPoints;
              streak = 0;
            }
          }
        }
        if (freq > 0) {
          acc[plBase + S_P_FREQ * H + w]! += freq;
          weekPoints += freq;
        }
        weekPoints += partnerPoints;
        if (weekPoints > 0) {
          if (!keepBatches) {
            // Points that never expire need no dates: the balance is all there is to keep.
          } else if (tail > head && batchWeek[tail - 1] === w) batchPoints[tail - 1]! += weekPoints;
          else {
            batchWeek[tail] = w;
            batchPoints[tail++] = weekPoints;
          }
          balance += weekPoints;
        }

        // Tiers: rolling spend since joining, reviewed every few weeks; the new tier's
        // privileges cost from the next week.
        if (tiersOn) {
          rollingSpend += spendWeek - tierRing[ringSlot]!;
          tierRing[ringSlot] = spendWeek;
          ringSlot = ringSlot + 1 === p.tierWindow ? 0 : ringSlot + 1;
          while (nextReview < w) nextReview += p.tierReview;
          if (w === nextReview) {
            let next = 0;
            while (next + 1 < T && rollingSpend >= p.tierThreshold[next + 1]!) next++;
            if (next < tier) demotedUntil = w + 1 + p.demotionWeeks;
            if (next !== tier && w + 1 < H) acc[plBase + R_PRIVILEGE * H + w + 1]! += p.privilegeCostPerWeek[seg * T + next]! - p.privilegeCostPerWeek[seg * T + tier]!;
            tier = next;
          }
        }

        // Redemption: at most once a week, oldest points first.
        if (balance >= floorPoints) {
          const nearExpiry =
            (p.expiryRule === EXPIRY_ROLLING && batchWeek[head]! + E - w <= p.nearExpiryWeeks) ||
            (p.expiryRule === EXPIRY_INACTIVITY && lastActivity + E - w <= p.nearExpiryWeeks) ||
            (p.expiryRule === EXPIRY_CALENDAR && nextYearEnd - w < p.nearExpiryWeeks);
          const extra = p.linearRewards ? 0 : balance / firstThreshold - 1;
          const propensity = p.redeemPropensity[seg]! * (1 + p.balanceElasticity * extra) * (nearExpiry ? p.nearExpiryBoost : 1);
          if (planRng.u32() < propensity) {
            let points: number;
            let value: number;
            if (p.linearRewards) {
              points = balance;
              value = points * p.pointValue;
            } else {
              let k = topThreshold;
              while (p.thresholdPoints[k]! > balance) k--;
              points = p.thresholdPoints[k]!;
              value = p.thresholdValue[k]!;
            }
            balance -= points;
            let left = points;
            while (left > 1e-9 && head < tail) {
              const take = Math.min(left, batchPoints[head]!);
              batchPoints[head]! -= take;
              left -= take;
              if (batchPoints[head]! <= 1e-9) head++;
            }
            acc[plBase + S_P_REDEEMED * H + w]! += points;
            acc[plBase + S_REDEEMERS * H + w]! += 1;
            acc[plBase + S_REWARD_COST * H + w]! += value * costPerReward;
            if (burnCostPerPoint > 0) acc[plBase + S_PARTNER_COST * H + w]! += points * burnCostPerPoint;
            if (trace) trace.rewardCost[i]! += value * costPerReward;
            postRedemptionUntil = w + 1 + p.postRedemptionWeeks;
          }
        }

        // Expiry at the week's end.
        if (p.expiryRule !== EXPIRY_NONE && head < tail) {
          let expired = 0;
          if (p.expiryRule === EXPIRY_ROLLING) {
            while (head < tail && batchWeek[head]! + E <= w) expired += batchPoints[head++]!;
          } else if (p.expiryRule === EXPIRY_INACTIVITY) {
            if (w - lastActivity >= E) while (head < tail) expired += batchPoints[head++]!;
          } else if (w === nextYearEnd) {
            while (head < tail && batchWeek[head]! <= w - WEEKS_PER_YEAR) expired += batchPoints[head++]!;
          }
          if (expired > 0) {
            balance -= expired;
            acc[plBase + S_P_EXPIRED * H + w]! += expired;
          }
        }
      }
    }

    // ---- dropout: a candidate week at the highest hazard, accepted at each world's own ----
    if (w === nextDrop) {
      const u = weeksRng.u32() * hMax;
      if (aliveCf && u < hazard) {
        aliveCf = false;
        if (w + 1 < H) acc[cfBase + S_ALIVE * H + w + 1]! -= 1;
      }
      if (alivePl) {
        let h = hazard;
        if (joined) {
          h *= (1 - p.memberDropoutReduction) * (1 - p.tierDropoutReduction[tier]!) * (1 - p.privilegeDropoutReduction[seg * T + tier]!);
          if (w < demotedUntil) h *= 1 + p.demotionIncrease;
        }
        if (u < h) {
          alivePl = false;
          if (w + 1 < H) {
            acc[plBase + S_ALIVE * H + w + 1]! -= 1;
            if (joined) {
              // The member's weekly costs and partner points stop; the points stay on the
              // books until they expire (or for ever).
              acc[plBase + R_PRIVILEGE * H + w + 1]! -= p.privilegeCostPerWeek[seg * T + tier]!;
              if (partnerPoints > 0) {
                acc[plBase + R_PARTNER_POINTS * H + w + 1]! -= partnerPoints;
                acc[plBase + R_PARTNER_COST * H + w + 1]! += partnerIncome;
              }
              if (contactOpen) acc[plBase + R_CONTACT * H + w + 1]! -= p.contactCostPerWeek[seg]!;
            }
            // Closed here for good: the twin in the other world may live on, and the week loop
            // with it, and the contact must not be closed a second time when its window ends.
            contactOpen = false;
            if (balance > 0) {
              acc[plBase + S_P_LAPSED * H + w + 1]! += balance;
              // Each batch leaves the lapsed customers' points when it expires (never, without expiry).
              for (let b = head; keepBatches && b < tail; b++) {
                const at = Math.max(w + 1, expiryWeekOf(p, batchWeek[b]!, lastActivity));
                if (at < H) {
                  acc[plBase + S_P_EXPIRED * H + at]! += batchPoints[b]!;
                  acc[plBase + S_P_LAPSED * H + at]! -= batchPoints[b]!;
                }
              }
            }
          }
        }
      }
      nextDrop = weekOf(eventTime(weeksRng, w + 1, dropGap), H);
    }

    // A plan with no weekly mechanics has nothing to do in a week without a candidate event
    // while the balance is below the redemption floor, and nor has any plan once the member
    // has lapsed (only the twin lives on): jump to the next event.
    if ((quietWeeks && balance < floorPoints) || !alivePl) {
      let next = nextBuy < nextDrop ? nextBuy : nextDrop;
      if (!joined && joinWeek < next) next = joinWeek;
      if (contactOpen && activeUntilPl < next) next = activeUntilPl;
      if (next > w + 1) w = next - 1;
    }
  }
  addActiveWeeks(acc, cfBase + S_ACTIVE * H, activeFromCf, activeUntilCf, H);
  addActiveWeeks(acc, plBase + S_ACTIVE * H, activeFromPl, activeUntilPl, H);
}

/**
 * Whether nothing in a plan happens to a member in a week without a purchase or redemption: no
 * visit or streak periods, birthday points, partner earning, tier reviews or expiry.
 */
function noWeeklyMechanics(p: EngineParams): boolean {
  return p.visitPeriod === 0 && p.streakPeriod === 0 && p.tierCount <= 1 && p.birthdayPoints === 0 && p.partnerEarnPointsPerWeek === 0 && p.expiryRule === EXPIRY_NONE;
}

/** Whether a plan's members can take simulatePlainMember: no weekly mechanics and no punch card. */
export function runsPlain(p: EngineParams): boolean {
  return noWeeklyMechanics(p) && p.punchNeeded <= 0;
}

/**
 * A member under a plain plan (no weekly mechanics, no punch card, no tiers, no expiry, no
 * trace): the same model and the same draws, in the same order, as simulateMember, whose
 * results it reproduces exactly (a test holds the two together). Kept apart because the general
 * loop's state (batches, tiers, calendars, stamps) keeps the engine's registers full even where
 * a plan uses none of it, and the plain plan is the one most runs and the benchmark start from.
 */
function simulatePlainMember(
  k: BlockContext,
  seg: number,
  lambda: number,
  hazard: number,
  meanBasket: number,
  shape: number,
  unit: UnitGamma | null,
  weeksSinceLast: number,
  joinWeek: number,
  cfBase: number,
  plBase: number,
): void {
  const { p, acc, weeksRng, planRng, baskets, basketDraws, firstThreshold, topThreshold, costPerReward, burnCostPerPoint, floorPoints, maxPromo } = k;
  const { horizonWeeks: H, tierCount: T, pointsPerCurrency: e, rounding, linearRewards } = p;
  const uplift = membershipUplift(p, seg, lambda);
  const muMax = candidateRate(p, seg, lambda, uplift, maxPromo[seg]!);
  const hMax = Math.min(1, hazard * k.maxDropoutFactor);
  // Grouped as simulateMember groups it, so the two agree to the last bit.
  const memberHazard = hazard * ((1 - p.memberDropoutReduction) * (1 - p.tierDropoutReduction[0]!) * (1 - p.privilegeDropoutReduction[seg * T]!));
  const tierMult = p.tierMultiplier[0]!;
  const contactCost = p.contactCostPerWeek[seg]!;
  const contactBoost = 1 + p.contactUplift[seg]!;
  const postRedemptionBoost = 1 + p.postRedemptionUplift;
  const goalGradient = p.goalGradient;
  const promoRow = seg * H;

  let aliveCf = true;
  let activeFromCf = 0;
  let activeUntilCf = weeksSinceLast < ACTIVE_WINDOW_WEEKS ? Math.ceil(ACTIVE_WINDOW_WEEKS - weeksSinceLast) : 0;
  acc[cfBase + S_ALIVE * H]! += 1;
  let alivePl = true;
  let activeFromPl = 0;
  let activeUntilPl = activeUntilCf;
  let balance = 0;
  let postRedemptionUntil = -1;
  let joined = false;
  let contactOpen = false;
  acc[plBase + S_ALIVE * H]! += 1;

  const buyGap = meanGap(muMax);
  const dropGap = meanGap(-Math.log1p(-hMax));
  let tBuy = eventTime(weeksRng, 0, buyGap);
  let nextBuy = weekOf(tBuy, H);
  let nextDrop = weekOf(eventTime(weeksRng, 0, dropGap), H);

  for (let w = 0; w < H && (aliveCf || alivePl); w++) {
    if (!joined && alivePl && w >= joinWeek) {
      joined = true;
      acc[plBase + S_MEMBERS * H + w]! += 1;
      acc[plBase + R_PRIVILEGE * H + w]! += p.privilegeCostPerWeek[seg * T]!;
      if (w < activeUntilPl) {
        contactOpen = true;
        acc[plBase + R_CONTACT * H + w]! += contactCost;
      }
      if (p.welcomePoints > 0) {
        acc[plBase + S_P_BONUS * H + w]! += p.welcomePoints;
        balance += p.welcomePoints;
      }
    }
    if (contactOpen && w >= activeUntilPl) {
      contactOpen = false;
      acc[plBase + R_CONTACT * H + w]! -= contactCost;
    }

    let nCf = 0;
    let nPl = 0;
    if (w === nextBuy) {
      let mean = lambda;
      if (alivePl && joined) {
        const progress = linearRewards ? 0 : balance >= firstThreshold ? 1 : balance / firstThreshold;
        mean *= (1 + uplift * p.upliftDecay[w - joinWeek]!) * (1 + goalGradient * (progress - 0.5)) * p.promoIntensity[promoRow + w]!;
        if (w < postRedemptionUntil) mean *= postRedemptionBoost;
        if (w < activeUntilPl) mean *= contactBoost;
        if (mean > muMax) mean = muMax;
      }
      do {
        const u = weeksRng.u32() * muMax;
        if (aliveCf && u < lambda) nCf++;
        if (alivePl && u < mean) nPl++;
        tBuy = eventTime(weeksRng, tBuy, buyGap);
      } while (tBuy < w + 1);
      nextBuy = weekOf(tBuy, H);

      const nDraw = nCf > nPl ? nCf : nPl;
      for (let d = 0; d < nDraw; d++) basketDraws[d] = basketValue(baskets, meanBasket, shape, unit);
      if (nCf > 0) {
        let spend = 0;
        for (let d = 0; d < nCf; d++) spend += basketDraws[d]!;
        acc[cfBase + S_PURCHASES * H + w]! += nCf;
        acc[cfBase + S_REVENUE * H + w]! += spend;
        if (w >= activeUntilCf) {
          addActiveWeeks(acc, cfBase + S_ACTIVE * H, activeFromCf, activeUntilCf, H);
          activeFromCf = w;
        }
        activeUntilCf = w + ACTIVE_WINDOW_WEEKS;
      }
      if (nPl > 0) {
        const spendFactor = joined ? 1 + p.spendUplift : 1;
        const promoMult = joined ? p.promoPointsMultiplier[promoRow + w]! : 1;
        let spendWeek = 0;
        let base = 0;
        let bonus = 0;
        let promo = 0;
        let tierPts = 0;
        for (let d = 0; d < nPl; d++) {
          const basket = basketDraws[d]! * spendFactor;
          spendWeek += basket;
          if (!joined) continue;
          base += roundPoints(basket * e, rounding);
          if (tierMult !== 1) tierPts += roundPoints(basket * e * (tierMult - 1), rounding);
          if (promoMult !== 1) promo += roundPoints(basket * e * (promoMult - 1), rounding);
          if (basket >= p.spendBonusOver) bonus += p.spendBonusPoints;
          if (p.categoryBonusRate > 0) bonus += roundPoints(basket * e * p.categoryBonusRate, rounding);
        }
        acc[plBase + S_PURCHASES * H + w]! += nPl;
        acc[plBase + S_REVENUE * H + w]! += spendWeek;
        if (w >= activeUntilPl) {
          addActiveWeeks(acc, plBase + S_ACTIVE * H, activeFromPl, activeUntilPl, H);
          activeFromPl = w;
          if (joined && !contactOpen) {
            contactOpen = true;
            acc[plBase + R_CONTACT * H + w]! += contactCost;
          }
        }
        activeUntilPl = w + ACTIVE_WINDOW_WEEKS;
        if (joined) {
          acc[plBase + S_MEMBER_REVENUE * H + w]! += spendWeek;
          acc[plBase + S_P_BASE * H + w]! += base;
          if (bonus !== 0) acc[plBase + S_P_BONUS * H + w]! += bonus;
          if (promo !== 0) acc[plBase + S_P_PROMO * H + w]! += promo;
          if (tierPts !== 0) acc[plBase + S_P_TIER * H + w]! += tierPts;
          balance += base + bonus + promo + tierPts;
        }
      }
    }

    // Redemption: at most once a week (points never expire under a plain plan).
    if (joined && alivePl && balance >= floorPoints) {
      const extra = linearRewards ? 0 : balance / firstThreshold - 1;
      if (planRng.u32() < p.redeemPropensity[seg]! * (1 + p.balanceElasticity * extra)) {
        let points: number;
        let value: number;
        if (linearRewards) {
          points = balance;
          value = points * p.pointValue;
        } else {
          let r = topThreshold;
          while (p.thresholdPoints[r]! > balance) r--;
          points = p.thresholdPoints[r]!;
          value = p.thresholdValue[r]!;
        }
        balance -= points;
        acc[plBase + S_P_REDEEMED * H + w]! += points;
        acc[plBase + S_REDEEMERS * H + w]! += 1;
        acc[plBase + S_REWARD_COST * H + w]! += value * costPerReward;
        if (burnCostPerPoint > 0) acc[plBase + S_PARTNER_COST * H + w]! += points * burnCostPerPoint;
        postRedemptionUntil = w + 1 + p.postRedemptionWeeks;
      }
    }

    if (w === nextDrop) {
      const u = weeksRng.u32() * hMax;
      if (aliveCf && u < hazard) {
        aliveCf = false;
        if (w + 1 < H) acc[cfBase + S_ALIVE * H + w + 1]! -= 1;
      }
      if (alivePl && u < (joined ? memberHazard : hazard)) {
        alivePl = false;
        if (w + 1 < H) {
          acc[plBase + S_ALIVE * H + w + 1]! -= 1;
          if (joined) {
            acc[plBase + R_PRIVILEGE * H + w + 1]! -= p.privilegeCostPerWeek[seg * T]!;
            if (contactOpen) acc[plBase + R_CONTACT * H + w + 1]! -= contactCost;
          }
          contactOpen = false;
          if (balance > 0) acc[plBase + S_P_LAPSED * H + w + 1]! += balance;
        }
      }
      nextDrop = weekOf(eventTime(weeksRng, w + 1, dropGap), H);
    }

    // Nothing happens in a week without a candidate event while the balance is below the
    // redemption floor, nor once the member has lapsed: jump to the next event.
    if (balance < floorPoints || !alivePl) {
      let next = nextBuy < nextDrop ? nextBuy : nextDrop;
      if (!joined && joinWeek < next) next = joinWeek;
      if (contactOpen && activeUntilPl < next) next = activeUntilPl;
      if (next > w + 1) w = next - 1;
    }
  }
  addActiveWeeks(acc, cfBase + S_ACTIVE * H, activeFromCf, activeUntilCf, H);
  addActiveWeeks(acc, plBase + S_ACTIVE * H, activeFromPl, activeUntilPl, H);
}

/**
 * Simulates one block into `acc` (added to, so a caller may reuse it), with the customers'
 * streams keyed by `seed`.
 *
 * A member is simulated in both worlds at once, but randomness is only drawn where something
 * may happen: purchases are candidates at the highest intensity the plan can give this customer
 * (exponential gaps), each accepted with the world's own intensity that week over that maximum
 * (thinning); dropout likewise, in candidate weeks at the highest hazard. The two worlds read the
 * same candidates and acceptance uniforms, so a member who buys in the counterfactual also buys
 * with the plan whenever the plan's intensity is the higher. Weekly costs and partner points go
 * into rate rows (a change where they start or stop), and weeks in which nothing can happen are
 * skipped where the plan has no weekly mechanics.
 */
export interface SimulateBlockOptions {
  /** Every member through the general loop, plain plan or not (for the test that holds them together). */
  generalMembersOnly?: boolean;
}

export function simulateBlock(params: EngineParams, pop: PopulationBlock, seed: number, acc: Float64Array, trace?: SimulationTrace, options: SimulateBlockOptions = {}): void {
  const p = canonicalParams(params);
  const k = new BlockContext(p, acc, trace, options.generalMembersOnly === true);
  const { horizonWeeks: H, segmentCount: S } = p;
  const { weeksRng, planRng, baskets } = k;
  // Members share their segment's spend shape: the cube's constants are made once per shape
  // (a handful per run), not per customer.
  const unitShapes: number[] = [];
  const unitCubes: (UnitGamma | null)[] = [];
  for (let i = 0; i < pop.count; i++) {
    if (pop.alive[i] === 0) continue;
    const c = pop.first + i;
    const seg = pop.segment[i]!;
    const lambda = pop.lambdaPerWeek[i]!;
    const hazard = pop.hazardPerWeek[i]!;
    const meanBasket = pop.meanBasket[i]!;
    weeksRng.reseed(seed, streamId(c, STREAM_WEEKS));
    planRng.reseed(seed, streamId(c, STREAM_PLAN));

    // Enrolment: heavier buyers join more readily (self-selection), normalised so the segment's
    // expected enrolment (under its purchase-rate prior) is its rate; a customer who lapsed
    // before launch cannot join.
    const joinChance = p.selfSelectionPower === 0 ? p.enrolRate[seg]! : Math.min(1, p.enrolScale[seg]! * positivePower(lambda, p.selfSelectionPower));
    const joins = p.eligible[seg] === 1 && planRng.u32() < joinChance;
    const joinWeek = joins && p.rampUpWeeks > 0 ? Math.floor(planRng.u32() * p.rampUpWeeks) : 0;
    const birthdayWeek = Math.floor(planRng.u32() * WEEKS_PER_YEAR);
    if (trace) trace.member[i] = joins ? 1 : 0;

    const cfBase = ((joins ? WORLD_COUNTERFACTUAL : WORLD_SHARED) * S + seg) * ACC_ROWS * H;
    const plBase = (WORLD_PLAN * S + seg) * ACC_ROWS * H;
    if (!joins) {
      simulateUntouched(acc, cfBase, H, lambda, hazard, meanBasket, pop.weeksSinceLastPurchase[i]!, weeksRng);
      if (trace) trace.purchasesCounterfactual[i] = trace.purchasesPlan[i] = untouchedPurchases;
      continue;
    }

    // Only members draw baskets (see simulateUntouched).
    const shape = pop.basketShape[i]!;
    let cube = unitShapes.indexOf(shape);
    if (cube < 0 && unitShapes.length < 16) {
      cube = unitShapes.push(shape) - 1;
      unitCubes.push(shape >= FAST_GAMMA_MIN_SHAPE ? unitGamma(shape) : null);
    }
    const unit = cube >= 0 ? unitCubes[cube]! : shape >= FAST_GAMMA_MIN_SHAPE ? unitGamma(shape) : null;
    baskets.reseed(seed, streamId(c, STREAM_BASKETS));
    if (k.plain) simulatePlainMember(k, seg, lambda, hazard, meanBasket, shape, unit, pop.weeksSinceLastPurchase[i]!, joinWeek, cfBase, plBase);
    else simulateMember(k, i, seg, lambda, hazard, meanBasket, shape, unit, pop.weeksSinceLastPurchase[i]!, joinWeek, birthdayWeek, cfBase, plBase);
  }
}
