import type { Stream } from '../random/stream';
import type { SimulationTrace } from './accumulatorLayout';
import * as ziggurat from '../random/ziggurat';
import * as engine from './engineParams';
import * as kernel from './engineKernel';
import { SERIES_INDEX } from './results';

/**
 * The no-plan world (the baseline) of one customer, and what the plan world of a member is built
 * on.
 *
 * The baseline depends on the customer, the seed and the horizon only: it reads the customer's
 * own "weeks" stream and nothing of the plan, in the same order for every customer, member or
 * not. So every scenario run on one base with one seed is measured against the very same
 * baseline, and a difference between two scenarios is a difference between their plans.
 *
 * - Dropout: one exponential draw E per customer; the customer drops out at the moment the
 *   cumulated dropout rate reaches E, which without the plan is E / rate, a moment within a week
 *   (continuous time: no purchase after it). The plan world re-uses the same E with its own rate
 *   (a monotone coupling: a lower rate can only postpone the dropout).
 * - Purchases: a Poisson process at the customer's rate (exponential gaps), counted before the
 *   dropout. With the BG/NBD customer's rate lambda and dropout rate lambda x p this gives the
 *   model's own expected purchases, (1 - exp(-lambda p t)) / p (tested against the closed forms).
 * - Revenue: a week's purchases times the customer's mean basket, their expectation given the
 *   purchases (conditional Monte Carlo: the same expected totals as drawing every basket, with
 *   less noise and no basket draws). The plan world values its purchases the same way, so an
 *   incremental revenue is the incremental purchases times the basket, without basket noise.
 */

// Module constants rather than imported names read through getters (see engineKernel.ts).
const exponential = ziggurat.exponential;
const eventTime = kernel.eventTime;
const meanGap = kernel.meanGap;
const weekOf = kernel.weekOf;
const addActiveWeeks = kernel.addActiveWeeks;
const subtractActiveWeeks = kernel.subtractActiveWeeks;
const ACTIVE_WINDOW_WEEKS = engine.ACTIVE_WINDOW_WEEKS;
const S_ALIVE = SERIES_INDEX.alive;
const S_ACTIVE = SERIES_INDEX.active;
const S_PURCHASES = SERIES_INDEX.purchases;
const S_REVENUE = SERIES_INDEX.revenue;

/** A week's baseline purchases: their count, and their revenue as the count times the mean basket. */
function addBaselineWeek(acc: Float64Array, base: number, H: number, w: number, n: number, meanBasket: number): void {
  acc[base + S_PURCHASES * H + w]! += n;
  acc[base + S_REVENUE * H + w]! += n * meanBasket;
}

/** The same, taken off the plan's change (a member's plan world is written whole there, their baseline subtracted). */
function subtractBaselineWeek(acc: Float64Array, base: number, H: number, w: number, n: number, meanBasket: number): void {
  acc[base + S_PURCHASES * H + w]! -= n;
  acc[base + S_REVENUE * H + w]! -= n * meanBasket;
}

/** The week from which a customer last seen `weeksSinceLast` weeks before launch no longer counts as active. */
function activeUntilAtLaunch(weeksSinceLast: number): number {
  return weeksSinceLast < ACTIVE_WINDOW_WEEKS ? Math.ceil(ACTIVE_WINDOW_WEEKS - weeksSinceLast) : 0;
}

/**
 * A member's two worlds' purchase events and dropout, drawn as the week loop of their plan world
 * asks for them:
 * - the baseline's events (a Poisson process at lambda from the customer's weeks stream, read in
 *   the same order as simulateBaseline reads it, so the member's baseline is what it would be had
 *   they not joined) are written into the no-plan world as they pass, up to the baseline's
 *   dropout, and finished by finishBaseline once the plan world is done; they are taken off the
 *   plan's change too (by the member loop, in the write of its own week's purchases, or by
 *   finishBaseline), as the member loop writes the member's plan world whole there;
 * - the plan world keeps each of them where the week's rate multiplier m is at least 1, and with
 *   probability m where it is below 1, and adds extra events from an independent process at
 *   lambda x (M - 1), M the highest multiplier the plan can reach, each kept with probability
 *   (m - 1) / (M - 1) (superposition). A week's plan purchases are then Poisson at lambda x m,
 *   and where every effect of the plan is non-negative (m >= 1, a dropout rate no higher than the
 *   baseline's) the plan world's purchases include the baseline's, customer by customer;
 * - the dropout: one exponential draw E shared by both worlds; each world drops out where its
 *   rate cumulated since launch reaches E (a monotone coupling: a lower rate only postpones it).
 *
 * One object per block, reset per member: its state lives in fields rather than in each member
 * loop's locals, so both loops share this one implementation.
 */
export class PlanEvents {
  private cfBase = 0;
  private planBase = 0;
  private meanBasket = 0;
  private baseGap = Infinity;
  /** The next base event not yet read. */
  private nextBase = Infinity;
  /** The baseline's end: its dropout or the horizon. */
  private baselineEnd = 0;
  private activeFromCf = 0;
  private activeUntilCf = 0;
  /**
   * The baseline's purchases in the week countWeek last read: written into the no-plan world
   * there; the member loop takes them off the plan's change, in the same write as its own.
   */
  weekBaseline = 0;
  /** The baseline's purchases so far, and the week of its dropout (for a trace). */
  baselinePurchases = 0;
  baselineLastWeek = 0;
  private extraGap = Infinity;
  private excess = 0;
  /** The next candidate of the extra process. */
  private nextExtra = Infinity;
  /** The first week with a base or extra event (the horizon: none before it). */
  week = 0;
  private dropoutDraw = Infinity;
  /** The plan world's moment of dropout, in weeks (Infinity: never), as its rate stands, and its week (the horizon: none before it). */
  dropoutAt = Infinity;
  dropoutWeek = 0;
  private dropoutRate = 0;
  private rateFrom = 0;
  private rateUsed = 0;

  /**
   * For a block: its accumulator and horizon, the customers' weeks stream (the baseline's) and
   * the stream of the plan world's extra purchases and thinning (the members' baskets stream: both
   * are the plan world's own, so one stream reseeded per member serves them).
   */
  constructor(
    private readonly acc: Float64Array,
    private readonly horizon: number,
    private readonly baseRng: Stream,
    private readonly extraRng: Stream,
    /** False where the no-plan world is already written (another draw's, the same under any plan): its events are still read, for the plan world, but not written. */
    private readonly writeBaseline = true,
  ) {}

  /**
   * A new member: writes the baseline's start (alive at launch, and its dropout) and readies both
   * processes; `bound` is the highest rate multiplier the plan can give this member. The extra
   * process starts when the member joins: before that the plan changes nothing (m = 1).
   */
  begin(cfBase: number, planBase: number, lambda: number, dropoutRate: number, meanBasket: number, weeksSinceLast: number, joinWeek: number, bound: number): void {
    const { acc, horizon: H, baseRng, extraRng } = this;
    this.cfBase = cfBase;
    this.planBase = planBase;
    this.meanBasket = meanBasket;
    // The draws in simulateBaseline's order: the dropout first, then the purchases.
    const dropoutDraw = (this.dropoutDraw = exponential(baseRng));
    const rate = (this.dropoutRate = dropoutRate);
    const dropout = (this.dropoutAt = rate > 0 ? dropoutDraw / rate : Infinity);
    this.rateFrom = 0;
    this.rateUsed = 0;
    const lastWeek = (this.baselineLastWeek = this.dropoutWeek = weekOf(dropout, H));
    // Alive at launch in both worlds (nothing to change there); the baseline's dropout is undone
    // in the plan's change, where the member loop writes the plan world's own.
    if (this.writeBaseline) acc[cfBase + S_ALIVE * H]! += 1;
    if (lastWeek < H) {
      if (this.writeBaseline) acc[cfBase + S_ALIVE * H + lastWeek]! -= 1;
      acc[planBase + S_ALIVE * H + lastWeek]! += 1;
    }
    this.baselineEnd = dropout < H ? dropout : H;
    this.baseGap = meanGap(lambda);
    this.nextBase = eventTime(baseRng, 0, this.baseGap);
    this.activeFromCf = 0;
    this.activeUntilCf = activeUntilAtLaunch(weeksSinceLast);
    this.baselinePurchases = 0;
    this.excess = bound - 1;
    this.extraGap = meanGap(lambda * this.excess);
    this.nextExtra = eventTime(extraRng, joinWeek, this.extraGap);
    this.week = weekOf(this.nextBase < this.nextExtra ? this.nextBase : this.nextExtra, H);
  }

  /**
   * The plan world's dropout rate changes at time t (joining, a tier, a demotion): its dropout
   * falls where the rate cumulated since launch reaches the customer's draw.
   */
  setDropoutRate(t: number, ratePerWeek: number): void {
    if (ratePerWeek === this.dropoutRate) return;
    this.rateUsed += this.dropoutRate * (t - this.rateFrom);
    this.rateFrom = t;
    this.dropoutRate = ratePerWeek;
    this.dropoutAt = ratePerWeek > 0 ? t + (this.dropoutDraw - this.rateUsed) / ratePerWeek : Infinity;
    this.dropoutWeek = weekOf(this.dropoutAt, this.horizon);
  }

  /**
   * The plan world's purchases in week w at rate multiplier m (at most the bound), before its
   * dropout at `until`; the week's baseline purchases go into the no-plan world on the way (and
   * into weekBaseline).
   * (Fields are read into locals once a call: this runs in every week with an event.)
   */
  countWeek(w: number, m: number, until: number): number {
    const end = w + 1;
    const rng = this.extraRng;
    const baseRng = this.baseRng;
    const gap = this.baseGap;
    const baselineEnd = this.baselineEnd;
    let n = 0;
    let nCf = 0;
    let t = this.nextBase;
    while (t < end) {
      if (t < baselineEnd) nCf++;
      if (t < until && (m >= 1 || rng.u32() < m)) n++;
      t = eventTime(baseRng, t, gap);
    }
    this.nextBase = t;
    this.weekBaseline = nCf;
    if (nCf > 0) this.baselineWeek(w, nCf);
    let x = this.nextExtra;
    if (x < end) {
      const keep = m > 1 ? (m - 1) / this.excess : 0;
      const extraGap = this.extraGap;
      do {
        if (x < until && keep > 0 && rng.u32() < keep) n++;
        x = eventTime(rng, x, extraGap);
      } while (x < end);
      this.nextExtra = x;
    }
    this.week = weekOf(t < x ? t : x, this.horizon);
    return n;
  }

  private baselineWeek(w: number, n: number): void {
    const { acc, cfBase, planBase, horizon: H } = this;
    this.baselinePurchases += n;
    if (this.writeBaseline) addBaselineWeek(acc, cfBase, H, w, n, this.meanBasket);
    if (w >= this.activeUntilCf) {
      if (this.writeBaseline) addActiveWeeks(acc, cfBase + S_ACTIVE * H, this.activeFromCf, this.activeUntilCf, H);
      subtractActiveWeeks(acc, planBase + S_ACTIVE * H, this.activeFromCf, this.activeUntilCf, H);
      this.activeFromCf = w;
    }
    this.activeUntilCf = w + ACTIVE_WINDOW_WEEKS;
  }

  /** Once the plan world is done: the baseline's purchases it did not live to see, and its activity. */
  finishBaseline(): void {
    const end = this.baselineEnd;
    while (this.nextBase < end) {
      const w = Math.floor(this.nextBase);
      const weekEnd = w + 1 < end ? w + 1 : end;
      let n = 0;
      do {
        n++;
        this.nextBase = eventTime(this.baseRng, this.nextBase, this.baseGap);
      } while (this.nextBase < weekEnd);
      this.baselineWeek(w, n);
      subtractBaselineWeek(this.acc, this.planBase, this.horizon, w, n, this.meanBasket);
    }
    if (this.writeBaseline) addActiveWeeks(this.acc, this.cfBase + S_ACTIVE * this.horizon, this.activeFromCf, this.activeUntilCf, this.horizon);
    subtractActiveWeeks(this.acc, this.planBase + S_ACTIVE * this.horizon, this.activeFromCf, this.activeUntilCf, this.horizon);
  }
}

/**
 * Writes the baseline of customer `i` of the block, who never joins, into the no-plan world at
 * `cfBase` (the plan does not touch them: a trace gets the same purchases and last week for both worlds).
 */
export function simulateBaseline(acc: Float64Array, cfBase: number, H: number, lambda: number, dropoutRate: number, meanBasket: number, weeksSinceLast: number, rng: Stream, trace: SimulationTrace | undefined, i: number): void {
  const dropoutDraw = exponential(rng);
  const rate = dropoutRate;
  const dropout = rate > 0 ? dropoutDraw / rate : Infinity;
  const lastWeek = weekOf(dropout, H);
  const gap = meanGap(lambda);
  acc[cfBase + S_ALIVE * H]! += 1;
  if (lastWeek < H) acc[cfBase + S_ALIVE * H + lastWeek]! -= 1;
  let activeFrom = 0;
  let activeUntil = activeUntilAtLaunch(weeksSinceLast);
  const end = dropout < H ? dropout : H;
  let purchases = 0;
  let t = eventTime(rng, 0, gap);
  while (t < end) {
    const w = Math.floor(t);
    const weekEnd = w + 1 < end ? w + 1 : end;
    let n = 0;
    do {
      n++;
      t = eventTime(rng, t, gap);
    } while (t < weekEnd);
    purchases += n;
    addBaselineWeek(acc, cfBase, H, w, n, meanBasket);
    if (w >= activeUntil) {
      addActiveWeeks(acc, cfBase + S_ACTIVE * H, activeFrom, activeUntil, H);
      activeFrom = w;
    }
    activeUntil = w + ACTIVE_WINDOW_WEEKS;
  }
  addActiveWeeks(acc, cfBase + S_ACTIVE * H, activeFrom, activeUntil, H);
  if (trace) {
    trace.purchasesCounterfactual[i] = trace.purchasesPlan[i] = purchases;
    trace.lastWeekCounterfactual[i] = trace.lastWeekPlan[i] = lastWeek;
  }
}
