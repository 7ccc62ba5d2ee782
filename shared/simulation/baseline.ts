import type { Stream } from '../random/stream';
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
const dropoutRatePerWeek = kernel.dropoutRatePerWeek;
const ACTIVE_WINDOW_WEEKS = engine.ACTIVE_WINDOW_WEEKS;
const S_ALIVE = SERIES_INDEX.alive;
const S_ACTIVE = SERIES_INDEX.active;
const S_PURCHASES = SERIES_INDEX.purchases;
const S_REVENUE = SERIES_INDEX.revenue;

/**
 * The purchase events a member's plan world is made of, by superposition on the baseline:
 * - every baseline purchase (the "base" events, a Poisson process at lambda that runs on past the
 *   baseline's dropout in case the plan keeps the member longer) is kept where the week's rate
 *   multiplier m is at least 1, and kept with probability m where it is below 1;
 * - extra events come from an independent process at lambda x (M - 1), M the highest multiplier
 *   the plan can reach, each kept with probability (m - 1) / (M - 1).
 * So a week's plan purchases are Poisson at lambda x m, and where every effect of the plan is
 * non-negative (m >= 1, a dropout rate no higher than the baseline's) the plan world's purchases
 * include the baseline's, customer by customer.
 *
 * One object per block, reset per member: its state lives in fields rather than in each loop's
 * locals, so both member loops share this one implementation.
 */
export class PlanEvents {
  /** Base event times drawn while the baseline was simulated, the last one past its end. */
  private times = new Float64Array(256);
  private count = 0;
  private index = 0;
  private baseGap = Infinity;
  private baseRng: Stream | null = null;
  /** The next base event not yet read. */
  nextBase = Infinity;
  /** The next candidate of the extra process. */
  nextExtra = Infinity;
  private extraGap = Infinity;
  private excess = 0;
  private extraRng: Stream | null = null;
  /** The customer's one dropout draw, Exp(1): shared by both worlds. */
  dropoutDraw = Infinity;
  /** The plan world's moment of dropout, in weeks (Infinity: never), as its rate stands. */
  dropoutAt = Infinity;
  private dropoutRate = 0;
  private rateFrom = 0;
  private rateUsed = 0;

  /** Called by the baseline as it draws (members only). */
  beginBase(baseRng: Stream, baseGap: number, dropoutDraw: number): void {
    this.baseRng = baseRng;
    this.baseGap = baseGap;
    this.dropoutDraw = dropoutDraw;
    this.count = 0;
    this.index = 0;
  }

  record(t: number): void {
    if (this.count === this.times.length) {
      const grown = new Float64Array(this.times.length * 2);
      grown.set(this.times);
      this.times = grown;
    }
    this.times[this.count++] = t;
  }

  /** After the baseline: the plan world's extra process, at lambda x (bound - 1). */
  beginPlan(extraRng: Stream, lambda: number, bound: number): void {
    this.nextBase = this.count > 0 ? this.times[0]! : Infinity;
    this.index = 0;
    this.extraRng = extraRng;
    this.excess = bound - 1;
    this.extraGap = meanGap(lambda * this.excess);
    this.nextExtra = eventTime(extraRng, 0, this.extraGap);
  }

  /** The plan world starts at the baseline's dropout rate: the same moment, computed the same way. */
  startDropout(ratePerWeek: number): void {
    this.dropoutRate = ratePerWeek;
    this.rateFrom = 0;
    this.rateUsed = 0;
    this.dropoutAt = ratePerWeek > 0 ? this.dropoutDraw / ratePerWeek : Infinity;
  }

  /**
   * The plan world's dropout rate changes at time t (joining, a tier, a demotion): the dropout
   * falls where the rate cumulated since launch reaches the customer's draw.
   */
  setDropoutRate(t: number, ratePerWeek: number): void {
    if (ratePerWeek === this.dropoutRate) return;
    this.rateUsed += this.dropoutRate * (t - this.rateFrom);
    this.rateFrom = t;
    this.dropoutRate = ratePerWeek;
    this.dropoutAt = ratePerWeek > 0 ? t + (this.dropoutDraw - this.rateUsed) / ratePerWeek : Infinity;
  }

  private advanceBase(): void {
    const next = ++this.index;
    // Past the recorded times, the base process goes on from the customer's weeks stream,
    // where the baseline left it.
    this.nextBase = next < this.count ? this.times[next]! : eventTime(this.baseRng!, this.nextBase, this.baseGap);
  }

  /** The first week with a base or extra event, or `never`. */
  nextWeek(never: number): number {
    return weekOf(this.nextBase < this.nextExtra ? this.nextBase : this.nextExtra, never);
  }

  /** The plan world's purchases in week w at rate multiplier m (clamped to the bound), before its dropout at `until`. */
  countWeek(w: number, m: number, until: number): number {
    const end = w + 1;
    const rng = this.extraRng!;
    let n = 0;
    while (this.nextBase < end) {
      const t = this.nextBase;
      this.advanceBase();
      if (t < until && (m >= 1 || rng.u32() < m)) n++;
    }
    if (this.excess > 0) {
      const keep = m > 1 ? (m - 1) / this.excess : 0;
      while (this.nextExtra < end) {
        const t = this.nextExtra;
        this.nextExtra = eventTime(rng, t, this.extraGap);
        if (t < until && keep > 0 && rng.u32() < keep) n++;
      }
    }
    return n;
  }
}

/** Purchases and last week (the horizon when alive at its end) of the last baseline simulated. */
export let baselinePurchases = 0;
export let baselineLastWeek = 0;

/**
 * Writes one customer's baseline into the no-plan world at `cfBase` and, for a customer who never
 * joins, into the plan world's non-member rows at `copyBase` too (-1: a member, whose plan world
 * is simulated apart); a member's base events are recorded into `events`. Returns the moment of
 * dropout in weeks (Infinity: never).
 */
export function simulateBaseline(
  acc: Float64Array,
  cfBase: number,
  copyBase: number,
  H: number,
  lambda: number,
  hazard: number,
  meanBasket: number,
  weeksSinceLast: number,
  rng: Stream,
  events: PlanEvents | null,
): number {
  const dropoutDraw = exponential(rng);
  const rate = dropoutRatePerWeek(hazard);
  const dropout = rate > 0 ? dropoutDraw / rate : Infinity;
  const lastWeek = weekOf(dropout, H);
  const gap = meanGap(lambda);
  if (events) events.beginBase(rng, gap, dropoutDraw);
  const copy = copyBase >= 0;

  acc[cfBase + S_ALIVE * H]! += 1;
  if (lastWeek < H) acc[cfBase + S_ALIVE * H + lastWeek]! -= 1;
  if (copy) {
    acc[copyBase + S_ALIVE * H]! += 1;
    if (lastWeek < H) acc[copyBase + S_ALIVE * H + lastWeek]! -= 1;
  }
  let activeFrom = 0;
  let activeUntil = weeksSinceLast < ACTIVE_WINDOW_WEEKS ? Math.ceil(ACTIVE_WINDOW_WEEKS - weeksSinceLast) : 0;
  const end = dropout < H ? dropout : H;
  let purchases = 0;
  let t = eventTime(rng, 0, gap);
  while (t < end) {
    const w = Math.floor(t);
    const weekEnd = w + 1 < end ? w + 1 : end;
    let n = 0;
    do {
      if (events) events.record(t);
      n++;
      t = eventTime(rng, t, gap);
    } while (t < weekEnd);
    purchases += n;
    acc[cfBase + S_PURCHASES * H + w]! += n;
    acc[cfBase + S_REVENUE * H + w]! += n * meanBasket;
    if (copy) {
      acc[copyBase + S_PURCHASES * H + w]! += n;
      acc[copyBase + S_REVENUE * H + w]! += n * meanBasket;
    }
    if (w >= activeUntil) {
      addActiveWeeks(acc, cfBase + S_ACTIVE * H, activeFrom, activeUntil, H);
      if (copy) addActiveWeeks(acc, copyBase + S_ACTIVE * H, activeFrom, activeUntil, H);
      activeFrom = w;
    }
    activeUntil = w + ACTIVE_WINDOW_WEEKS;
  }
  // The first event past the baseline's end, already drawn: the plan world may live to see it.
  if (events) events.record(t);
  addActiveWeeks(acc, cfBase + S_ACTIVE * H, activeFrom, activeUntil, H);
  if (copy) addActiveWeeks(acc, copyBase + S_ACTIVE * H, activeFrom, activeUntil, H);
  baselinePurchases = purchases;
  baselineLastWeek = lastWeek;
  return dropout;
}
