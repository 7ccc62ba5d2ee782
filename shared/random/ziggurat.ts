import type { Stream } from './stream';

/**
 * Exponential and standard normal draws by the ziggurat method (Marsaglia and Tsang, 2000): the
 * density is covered by equal-area layers, and a draw takes one 32-bit integer, a table lookup
 * and a multiplication about 98-99% of the time, where inversion needs a logarithm (exponential)
 * or a rational approximation with a division (normal). The simulation's inner loop draws an
 * exponential gap per candidate purchase and a normal per basket, some 10^7 a run.
 *
 * Written here rather than taken from a library because the draws must come from the engine's
 * own seeded streams (determinism across workers) and be inlinable into its loop.
 *
 * Each 32-bit integer is split: the low bits pick the layer and the remaining high bits give the
 * position within it, so the two are independent (a ziggurat that reuses the same bits for both
 * is known to correlate them slightly). The number of integers a draw consumes varies (a
 * rejection takes more); callers give these draws streams of their own.
 */

const EXP_LAYERS = 256;
const NORMAL_LAYERS = 128;
/** Positions within a layer: the 24 high bits (exponential) and a signed 25-bit value (normal). */
const EXP_SCALE = 2 ** 24;
const NORMAL_SCALE = 2 ** 24;

// Right edge of the base layer and the common layer area, for 256 and 128 layers.
const EXP_R = 7.697117470131487;
const EXP_AREA = 3.949659822581572e-3;
const NORMAL_R = 3.442619855899;
const NORMAL_AREA = 9.91256303526217e-3;

const ke = new Uint32Array(EXP_LAYERS);
const we = new Float64Array(EXP_LAYERS);
const fe = new Float64Array(EXP_LAYERS);
const kn = new Int32Array(NORMAL_LAYERS);
const wn = new Float64Array(NORMAL_LAYERS);
const fn = new Float64Array(NORMAL_LAYERS);

// Layer i spans [0, x_i]; k_i is the integer below which a point falls inside the density for
// certain (x_{i-1}/x_i scaled), w_i turns the integer into x, f_i is the density at x_i.
{
  let x = EXP_R;
  const q = EXP_AREA / Math.exp(-x);
  ke[0] = Math.floor((x / q) * EXP_SCALE);
  ke[1] = 0;
  we[0] = q / EXP_SCALE;
  we[EXP_LAYERS - 1] = x / EXP_SCALE;
  fe[0] = 1;
  fe[EXP_LAYERS - 1] = Math.exp(-x);
  for (let i = EXP_LAYERS - 2; i >= 1; i--) {
    const inner = -Math.log(EXP_AREA / x + Math.exp(-x));
    ke[i + 1] = Math.floor((inner / x) * EXP_SCALE);
    x = inner;
    fe[i] = Math.exp(-x);
    we[i] = x / EXP_SCALE;
  }
}
{
  let x = NORMAL_R;
  const q = NORMAL_AREA / Math.exp(-0.5 * x * x);
  kn[0] = Math.floor((x / q) * NORMAL_SCALE);
  kn[1] = 0;
  wn[0] = q / NORMAL_SCALE;
  wn[NORMAL_LAYERS - 1] = x / NORMAL_SCALE;
  fn[0] = 1;
  fn[NORMAL_LAYERS - 1] = Math.exp(-0.5 * x * x);
  for (let i = NORMAL_LAYERS - 2; i >= 1; i--) {
    const inner = Math.sqrt(-2 * Math.log(NORMAL_AREA / x + Math.exp(-0.5 * x * x)));
    kn[i + 1] = Math.floor((inner / x) * NORMAL_SCALE);
    x = inner;
    fn[i] = Math.exp(-0.5 * x * x);
    wn[i] = x / NORMAL_SCALE;
  }
}

/** A uniform in (0, 1] (never 0, so its logarithm is finite). */
function uniformOpenZero(rng: Stream): number {
  return (rng.nextUint32() + 1) * 2.3283064365386963e-10;
}

/** The slow path of exponential(): the tail beyond the base layer, or a wedge test. */
function exponentialSlow(rng: Stream, j: number, i: number): number {
  for (;;) {
    if (i === 0) return EXP_R - Math.log(uniformOpenZero(rng));
    const x = j * we[i]!;
    if (fe[i]! + rng.u32() * (fe[i - 1]! - fe[i]!) < Math.exp(-x)) return x;
    const u = rng.nextUint32();
    i = u & (EXP_LAYERS - 1);
    j = u >>> 8;
    if (j < ke[i]!) return j * we[i]!;
  }
}

/** An Exponential(1) draw. */
export function exponential(rng: Stream): number {
  const u = rng.nextUint32();
  const i = u & (EXP_LAYERS - 1);
  const j = u >>> 8;
  return j < ke[i]! ? j * we[i]! : exponentialSlow(rng, j, i);
}

/** The slow path of standardNormal(): the tails beyond the base layer, or a wedge test. */
function normalSlow(rng: Stream, j: number, i: number): number {
  for (;;) {
    const x = j * wn[i]!;
    if (i === 0) {
      // Marsaglia's tail method beyond NORMAL_R.
      let tx: number;
      let ty: number;
      do {
        tx = -Math.log(uniformOpenZero(rng)) / NORMAL_R;
        ty = -Math.log(uniformOpenZero(rng));
      } while (ty + ty < tx * tx);
      return j > 0 ? NORMAL_R + tx : -NORMAL_R - tx;
    }
    if (fn[i]! + rng.u32() * (fn[i - 1]! - fn[i]!) < Math.exp(-0.5 * x * x)) return x;
    const u = rng.nextUint32();
    i = u & (NORMAL_LAYERS - 1);
    j = (u | 0) >> 7;
    if ((j < 0 ? -j : j) < kn[i]!) return j * wn[i]!;
  }
}

/** A standard normal draw. */
export function standardNormal(rng: Stream): number {
  const u = rng.nextUint32();
  const i = u & (NORMAL_LAYERS - 1);
  // The high 25 bits as a signed integer: sign and position within the layer.
  const j = (u | 0) >> 7;
  return (j < 0 ? -j : j) < kn[i]! ? j * wn[i]! : normalSlow(rng, j, i);
}
