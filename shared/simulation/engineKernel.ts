import { gamma as gammaDraw } from '../random/distributions';
import type { Stream } from '../random/stream';
import * as fastGamma from '../random/fastGamma';
import * as ziggurat from '../random/ziggurat';
import type { UnitGamma } from '../random/fastGamma';
import * as engine from './engineParams';
import type { EngineParams } from './engineParams';

/**
 * The small per-event functions every loop of the engine shares. Each is a few lines that V8
 * inlines into the loops, so sharing them costs nothing at run time and a mechanic is written
 * once.
 */

// Imported bindings are copied into module constants: under a CommonJS transform (tsx, the
// command line) every read of an imported name is a getter call, which the inner loop would
// otherwise pay some 10^8 times.
const gamma = gammaDraw;
const unitGammaOf = fastGamma.unitGammaOf;
const exponential = ziggurat.exponential;
const standardNormal = ziggurat.standardNormal;
const EXPIRY_CALENDAR = engine.EXPIRY_CALENDAR;
const EXPIRY_INACTIVITY = engine.EXPIRY_INACTIVITY;
const EXPIRY_ROLLING = engine.EXPIRY_ROLLING;
const WEEKS_PER_YEAR = engine.WEEKS_PER_YEAR;

/**
 * x to the power y for x > 0, as exp(y log x) (Math.pow costs twice as much; this runs once or
 * twice a customer), and x itself at the power 1 that the plans' central assumptions use.
 */
export function positivePower(x: number, y: number): number {
  return y === 1 ? x : Math.exp(y * Math.log(x));
}

/** A member's frequency uplift from joining, smaller for buyers already above their segment's mean rate. */
export function membershipUplift(p: EngineParams, seg: number, lambda: number): number {
  return p.memberUplift * Math.min(1, positivePower(p.meanLambda[seg]! / lambda, p.heavyBuyerDampening));
}

/**
 * The most the plan can multiply a member's purchase rate by in any week (at least 1): every
 * raising effect at its highest at once. The plan world's extra purchases are drawn at the rate
 * lambda x (bound - 1) and thinned to the week's own excess (see PlanEvents).
 */
export function rateMultiplierBound(p: EngineParams, seg: number, uplift: number, promoMax: number): number {
  return Math.max(1, (1 + Math.max(0, uplift)) * (1 + Math.max(0, p.goalGradient)) * promoMax * (1 + Math.max(0, p.postRedemptionUplift)) * (1 + Math.max(0, p.contactUplift[seg]!)));
}

export function roundPoints(x: number, mode: 0 | 1 | 2): number {
  return mode === 0 ? Math.floor(x + 1e-9) : mode === 1 ? Math.round(x) : x;
}

/** The week a batch earned in week `earned` expires under the rule (Infinity: never). */
export function expiryWeekOf(p: EngineParams, earned: number, lastActivity: number): number {
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

/**
 * The time of the next event of a process with mean gap `weeksPerEvent` after time `from` (in
 * weeks): an exponential gap, so that the count in any week is Poisson. A multiplication by the
 * mean gap, not a division by the rate, in the loop.
 */
export function eventTime(rng: Stream, from: number, weeksPerEvent: number): number {
  return from + exponential(rng) * weeksPerEvent;
}

/** The mean gap between events of a process at `ratePerWeek` (Infinity: none ever). */
export function meanGap(ratePerWeek: number): number {
  return ratePerWeek > 0 ? 1 / ratePerWeek : Infinity;
}

/** The whole week a time falls in, or `never` (a small integer, so loop counters stay integers). */
export function weekOf(t: number, never: number): number {
  // `| 0`: the engine keeps week numbers as integers, not doubles to convert at each comparison.
  return (t < never ? Math.floor(t) : never) | 0;
}

/**
 * Counts a customer as active over the weeks [from, until) (the stock is kept as changes). A
 * customer's activity is kept as one open interval that each purchase stretches, and written
 * only when a gap closes it: two writes an interval rather than two a purchase.
 */
export function addActiveWeeks(acc: Float64Array, row: number, from: number, until: number, H: number): void {
  if (until <= from) return;
  acc[row + from]! += 1;
  if (until < H) acc[row + until]! -= 1;
}

/** Takes the weeks [from, until) off a customer's activity (the baseline's, out of the plan's change to it). */
export function subtractActiveWeeks(acc: Float64Array, row: number, from: number, until: number, H: number): void {
  if (until <= from) return;
  acc[row + from]! -= 1;
  if (until < H) acc[row + until]! += 1;
}

/** A basket's value: a mean-1 Gamma draw times the customer's mean basket. */
export function basketValue(baskets: Stream, meanBasket: number, shape: number, unit: UnitGamma | null): number {
  return meanBasket * (unit ? unitGammaOf(unit, standardNormal(baskets)) : gamma(baskets, shape, shape));
}
