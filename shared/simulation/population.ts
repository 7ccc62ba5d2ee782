import { Stream } from '../random/stream';
import * as ziggurat from '../random/ziggurat';
import type { CustomerGroupSpec } from '../sample/sampleSpec';

/**
 * The customers a simulation runs over, one block at a time: each customer's weekly purchase
 * rate while alive, dropout rate, whether alive at launch, mean basket value and how
 * long ago the last purchase was. Drawn per customer from that customer's own stream (keyed by
 * the run seed and the customer's index in the base), so a block gives the same customers
 * whichever worker draws it.
 *
 * Dropout is simulated in continuous time at a rate rather than per purchase as in BG/NBD: with a
 * BG/NBD customer's rate lambda and dropout probability p the dropout rate is lambda x p a week,
 * which gives the same expected purchases
 * as the model, (1 - exp(-lambda p t)) / p. This matters because the programme changes how often
 * members buy: with per-purchase dropout, buying more would kill customers sooner.
 */
// Copied into a module constant: under the command line's CommonJS transform an imported name
// is read through a getter at every call (see simulateBlock.ts).
const standardNormal = ziggurat.standardNormal;
const exponential = ziggurat.exponential;

/**
 * Gamma(shape, rate) by Marsaglia and Tsang with its normal from the ziggurat (mostly one 32-bit
 * integer, rather than the polar method's pair of 53-bit uniforms and a logarithm): drawing a
 * million customers' rates, dropouts and spend scales is a fifth of a run's time otherwise.
 */
function gamma(rng: Stream, shape: number, rate: number): number {
  if (shape < 1) {
    // u^(1/shape) as exp(-E / shape) with E = -log(u) an exponential from the ziggurat (mostly
    // one 32-bit integer and a table look-up): no logarithm, and no Math.pow at twice its cost.
    const boost = Math.exp(-exponential(rng) / shape);
    return gamma(rng, shape + 1, rate) * boost;
  }
  const d = shape - 1 / 3;
  return marsagliaTsang(rng, d, 1 / Math.sqrt(9 * d)) / rate;
}

/** A Gamma(d + 1/3, 1) draw, c = 1 / sqrt(9 d), shape at least 1 (Marsaglia and Tsang). */
function marsagliaTsang(rng: Stream, d: number, c: number): number {
  for (;;) {
    const x = standardNormal(rng);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = 1 - rng.u32();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Marsaglia and Tsang's constants for a Gamma shape, made once per segment rather than per
 * draw (a square root and a division each): `d` and `c` belong to the shape the loop samples,
 * which is shape + 1 below 1 (the shape itself is kept for the boost).
 */
interface GammaShape {
  shape: number;
  d: number;
  c: number;
}

function gammaShape(shape: number): GammaShape {
  const sampled = shape < 1 ? shape + 1 : shape;
  const d = sampled - 1 / 3;
  return { shape, d, c: 1 / Math.sqrt(9 * d) };
}

/** gamma(rng, g.shape, rate) with the constants made ahead: the same draws and the same values. */
function gammaOf(rng: Stream, g: GammaShape, rate: number): number {
  if (g.shape < 1) {
    const boost = Math.exp(-exponential(rng) / g.shape);
    return (marsagliaTsang(rng, g.d, g.c) / rate) * boost;
  }
  return marsagliaTsang(rng, g.d, g.c) / rate;
}

function beta(rng: Stream, a: number, b: number): number {
  const x = gamma(rng, a, 1);
  return x / (x + gamma(rng, b, 1));
}

export interface PopulationBlock {
  /** Index of the block's first customer in the base (keys the customers' streams). */
  first: number;
  count: number;
  segment: Int32Array;
  lambdaPerWeek: Float64Array;
  /** Dropout rate per week while alive (continuous time: alive a week later with probability exp(-rate)). */
  dropoutRatePerWeek: Float64Array;
  alive: Uint8Array;
  meanBasket: Float64Array;
  /** Gamma shape of a basket's value around its mean (the Gamma-Gamma p). */
  basketShape: Float64Array;
  weeksSinceLastPurchase: Float64Array;
}

/**
 * Stream ids: a customer's population draw, their baseline (dropout and purchases), their plan
 * draws (enrolment, redemption, calendar), and a member's plan-world purchases (baskets, extra
 * purchases and the thinning of the baseline's).
 */
export const STREAM_POPULATION = 0;
export const STREAM_WEEKS = 1;
export const STREAM_PLAN = 2;
export const STREAM_BASKETS = 3;
export const streamId = (customer: number, purpose: number): number => customer * 4 + purpose;

/**
 * A block's arrays: new ones, or `reuse`'s when they are long enough (a worker's arrays serve
 * block after block: a million customers are some sixty blocks, each 0.9 MB of arrays to
 * allocate, zero and collect otherwise). Every array is written whole, customer by customer, by
 * the block's maker, so nothing of the last block shows through.
 */
function emptyBlock(first: number, count: number, reuse?: PopulationBlock): PopulationBlock {
  if (reuse && reuse.segment.length >= count) {
    const { segment, lambdaPerWeek, dropoutRatePerWeek, alive, meanBasket, basketShape, weeksSinceLastPurchase } = reuse;
    return { first, count, segment, lambdaPerWeek, dropoutRatePerWeek, alive, meanBasket, basketShape, weeksSinceLastPurchase };
  }
  return {
    first,
    count,
    segment: new Int32Array(count),
    lambdaPerWeek: new Float64Array(count),
    dropoutRatePerWeek: new Float64Array(count),
    alive: new Uint8Array(count),
    meanBasket: new Float64Array(count),
    basketShape: new Float64Array(count),
    weeksSinceLastPurchase: new Float64Array(count),
  };
}

export interface SyntheticSegment {
  name: string;
  share: number;
  purchase: CustomerGroupSpec['purchase'];
  spend: CustomerGroupSpec['spend'];
}

/**
 * New-to-the-plan customers drawn from each segment's BG/NBD (weekly) and Gamma-Gamma priors,
 * all alive at launch, segment by share: how `lw demo` makes a base of any size.
 */
export function syntheticBlock(segments: readonly SyntheticSegment[], seed: number, first: number, count: number, reuse?: PopulationBlock): PopulationBlock {
  const block = emptyBlock(first, count, reuse);
  const rng = new Stream();
  // The segments' figures in flat arrays: read per customer, they would otherwise be read off
  // objects that arrive by structured clone with a new hidden class in every block.
  const n = segments.length;
  const cumulative = new Float64Array(n);
  const alpha = new Float64Array(n);
  const p = new Float64Array(n);
  const gammaScale = new Float64Array(n);
  const rShape: GammaShape[] = [];
  const aShape: GammaShape[] = [];
  const bShape: GammaShape[] = [];
  const qShape: GammaShape[] = [];
  let total = 0;
  segments.forEach((s, k) => {
    cumulative[k] = total += s.share;
    alpha[k] = s.purchase.alphaWeeks;
    p[k] = s.spend.p;
    gammaScale[k] = s.spend.gamma;
    rShape.push(gammaShape(s.purchase.r));
    aShape.push(gammaShape(s.purchase.a));
    bShape.push(gammaShape(s.purchase.b));
    qShape.push(gammaShape(s.spend.q));
  });
  for (let i = 0; i < count; i++) {
    rng.reseed(seed, streamId(first + i, STREAM_POPULATION));
    const u = rng.next() * total;
    let seg = 0;
    while (seg < n - 1 && u >= cumulative[seg]!) seg++;
    const lambda = gammaOf(rng, rShape[seg]!, alpha[seg]!);
    const x = gammaOf(rng, aShape[seg]!, 1);
    const dropout = x / (x + gammaOf(rng, bShape[seg]!, 1));
    const nu = gammaOf(rng, qShape[seg]!, gammaScale[seg]!);
    block.segment[i] = seg;
    block.lambdaPerWeek[i] = lambda;
    block.dropoutRatePerWeek[i] = lambda * dropout;
    block.alive[i] = 1;
    block.meanBasket[i] = p[seg]! / nu;
    block.basketShape[i] = p[seg]!;
    block.weeksSinceLastPurchase[i] = 0;
  }
  return block;
}

export interface SegmentModel {
  /** BG/NBD in weeks. */
  r: number;
  alpha: number;
  a: number;
  b: number;
}
export interface SpendModel {
  p: number;
  q: number;
  gamma: number;
}

export interface CustomerHistories {
  segment: Int32Array;
  /** Repeat purchases, recency and age in weeks at the calibration end. */
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean value of the repeat purchases (0 when none). */
  meanRepeatSpend: Float64Array;
}

/**
 * The workspace's own customers, each drawn from its posterior given its history: alive with
 * the BG/NBD probability of being alive; if alive, lambda ~ Gamma(r + x, alpha + T) and
 * p ~ Beta(a, b + x) (x purchases survived); mean basket the Gamma-Gamma conditional expectation.
 */
export function historyBlock(histories: CustomerHistories, models: readonly SegmentModel[], spend: SpendModel, seed: number, first: number, reuse?: PopulationBlock): PopulationBlock {
  const count = histories.x.length;
  const block = emptyBlock(first, count, reuse);
  const rng = new Stream();
  const priorMeanSpend = spend.q > 1 ? (spend.p * spend.gamma) / (spend.q - 1) : spend.p * spend.gamma;
  // Copied off the cloned model objects once per block (see syntheticBlock).
  const sameShapeModels = models.map((m) => ({ r: m.r, alpha: m.alpha, a: m.a, b: m.b }));
  const spendP = spend.p;
  const spendQ = spend.q;
  const spendGamma = spend.gamma;
  const { segment, x: xs, tx: txs, T: Ts, meanRepeatSpend } = histories;
  for (let i = 0; i < count; i++) {
    rng.reseed(seed, streamId(first + i, STREAM_POPULATION));
    const seg = segment[i]!;
    const m = sameShapeModels[seg]!;
    const x = xs[i]!;
    const tx = txs[i]!;
    const T = Ts[i]!;
    const pAlive = x > 0 ? 1 / (1 + (m.a / (m.b + x - 1)) * ((m.alpha + T) / (m.alpha + tx)) ** (m.r + x)) : 1;
    const lambda = gamma(rng, m.r + x, m.alpha + T);
    const p = beta(rng, m.a, m.b + x);
    block.segment[i] = seg;
    block.alive[i] = rng.next() < pAlive ? 1 : 0;
    block.lambdaPerWeek[i] = lambda;
    block.dropoutRatePerWeek[i] = lambda * p;
    const spendSum = meanRepeatSpend[i]! * x;
    block.meanBasket[i] = x > 0 && spendP * x + spendQ > 1 ? (spendP * (spendGamma + spendSum)) / (spendP * x + spendQ - 1) : priorMeanSpend;
    block.basketShape[i] = spendP;
    block.weeksSinceLastPurchase[i] = Math.max(0, T - tx);
  }
  return block;
}
