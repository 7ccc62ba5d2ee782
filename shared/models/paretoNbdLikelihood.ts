import { indexDistinct } from './compress';
import type { PreparedRfm } from './rfmPrepared';
import { digamma, logAddExp, logGamma, logHyp2F1UnitA, logHyp2F1UnitAWithGradient, logSubExp, type LogHyp2F1Gradient } from './special';

/**
 * ln of I(t) = integral from t to infinity of (alpha+u)^-(r+x) (beta+u)^-(s+1) du: up to
 * constants, the chance of no purchase after t and a dropout after t. In closed form it is a 2F1
 * (Fader & Hardie's Pareto/NBD note), taken here after Euler's transformation so that its series
 * has positive terms: with alpha >= beta, z = (alpha-beta)/(alpha+t),
 *   ln I = -(r+x) ln(alpha+t) - s ln(beta+t) - ln(r+s+x) + ln 2F1(1, r+x; r+s+x+1; z);
 * with alpha < beta, z = (beta-alpha)/(beta+t),
 *   ln I = (1-r-x) ln(alpha+t) - (s+1) ln(beta+t) - ln(r+s+x) + ln 2F1(1, s+1; r+s+x+1; z).
 */
export function paretoLogTail(r: number, alpha: number, s: number, beta: number, x: number, t: number): number {
  const rx = r + x;
  const la = Math.log(alpha + t);
  const lb = Math.log(beta + t);
  const c = rx + s + 1;
  if (alpha >= beta) return -rx * la - s * lb - Math.log(rx + s) + logHyp2F1UnitA(rx, c, (alpha - beta) / (alpha + t));
  return (1 - rx) * la - (s + 1) * lb - Math.log(rx + s) + logHyp2F1UnitA(s + 1, c, (beta - alpha) / (beta + t));
}

const series: LogHyp2F1Gradient = { value: 0, db: 0, dc: 0, dz: 0 };

/**
 * paretoLogTail and its derivatives in (r, alpha, s, beta), written into out. The 2F1's
 * derivatives come from the same series; where the series is not used (z > 0.9) they are taken
 * by central differences of paretoLogTail.
 */
export function paretoLogTailWithGradient(r: number, alpha: number, s: number, beta: number, x: number, t: number, out: Float64Array): number {
  const rx = r + x;
  const at = alpha + t;
  const bt = beta + t;
  const la = Math.log(at);
  const lb = Math.log(bt);
  const c = rx + s + 1;
  const invSum = 1 / (rx + s);
  if (alpha >= beta) {
    const z = (alpha - beta) / at;
    if (logHyp2F1UnitAWithGradient(rx, c, z, series)) {
      out[0] = -la - invSum + series.db + series.dc;
      out[1] = -rx / at + (series.dz * bt) / (at * at);
      out[2] = -lb - invSum + series.dc;
      out[3] = -s / bt - series.dz / at;
      return -rx * la - s * lb - Math.log(rx + s) + series.value;
    }
  } else {
    const z = (beta - alpha) / bt;
    if (logHyp2F1UnitAWithGradient(s + 1, c, z, series)) {
      out[0] = -la - invSum + series.dc;
      out[1] = (1 - rx) / at - series.dz / bt;
      out[2] = -lb - invSum + series.db + series.dc;
      out[3] = -(s + 1) / bt + (series.dz * at) / (bt * bt);
      return (1 - rx) * la - (s + 1) * lb - Math.log(rx + s) + series.value;
    }
  }
  const p = [r, alpha, s, beta];
  for (let k = 0; k < 4; k++) {
    const v = p[k] ?? NaN;
    const h = 1e-6 * v;
    p[k] = v + h;
    const up = paretoLogTail(p[0] ?? NaN, p[1] ?? NaN, p[2] ?? NaN, p[3] ?? NaN, x, t);
    p[k] = v - h;
    const down = paretoLogTail(p[0] ?? NaN, p[1] ?? NaN, p[2] ?? NaN, p[3] ?? NaN, x, t);
    p[k] = v;
    out[k] = (up - down) / (2 * h);
  }
  return paretoLogTail(r, alpha, s, beta, x, t);
}

/**
 * Prepared rows plus the distinct (x, t) pairs at which the tail integral is needed (t a recency
 * or an age of a row that bought before its age), so each tail is summed once per evaluation
 * however many rows share it: all customers without repeat purchases share (0, 0), and with
 * whole-day times many share (x, T).
 */
export interface PreparedPareto extends PreparedRfm {
  pairX: Float64Array;
  pairT: Float64Array;
  /** Per row: the pair of its recency and of its age; -1 when recency equals age. */
  rowPairRecency: Int32Array;
  rowPairAge: Int32Array;
  /** Per pair, filled at each evaluation: ln I, and its 4 derivatives. */
  tail: Float64Array;
  tailGradient: Float64Array;
  /** Per pair: index into xValues. Per x: the weight of the rows with a recency pair. */
  pairXIndex: Int32Array;
  goneWeightX: Float64Array;
  /**
   * Scratch filled at each evaluation for the linear-space row loop: per pair PAIR_STRIDE
   * numbers (I, alive, I times the 4 derivatives of ln I, alive times its 4 derivatives), each
   * scaled by e^-scale[x]; per x the scale; per time ln(alpha+t), ln(beta+t), 1/(alpha+t), 1/(beta+t).
   */
  pairLinear: Float64Array;
  scaleX: Float64Array;
  timeLogs: Float64Array;
}

const PAIR_STRIDE = 10;
/** Scaled values below e^-600 would lose digits to underflow: such data take the log-space loop. */
const LINEAR_FLOOR = -600;

export function prepareParetoRows(data: PreparedRfm): PreparedPareto {
  const n = data.rows;
  const stride = data.times.length;
  const keys = new Float64Array(2 * n);
  let used = 0;
  const rowPairRecency = new Int32Array(n).fill(-1);
  const rowPairAge = new Int32Array(n).fill(-1);
  const slotOfRow = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const kt = data.rowRecency[i] as number;
    const kT = data.rowAge[i] as number;
    if ((data.times[kt] as number) >= (data.times[kT] as number)) continue;
    const x = data.rowX[i] as number;
    slotOfRow[i] = used;
    keys[used++] = x * stride + kt;
    keys[used++] = x * stride + kT;
  }
  const distinct = indexDistinct(keys.subarray(0, used));
  const pairs = distinct.values.length;
  const pairX = new Float64Array(pairs);
  const pairT = new Float64Array(pairs);
  for (let p = 0; p < pairs; p++) {
    const key = distinct.values[p] as number;
    const xIndex = Math.floor(key / stride);
    pairX[p] = data.xValues[xIndex] as number;
    pairT[p] = data.times[key - xIndex * stride] as number;
  }
  const pairXIndex = new Int32Array(pairs);
  for (let p = 0; p < pairs; p++) pairXIndex[p] = Math.floor((distinct.values[p] as number) / stride);
  const goneWeightX = new Float64Array(data.xValues.length);
  for (let i = 0; i < n; i++) {
    const at = slotOfRow[i] as number;
    if (at < 0) continue;
    rowPairRecency[i] = distinct.index[at] as number;
    rowPairAge[i] = distinct.index[at + 1] as number;
    const xi = data.rowX[i] as number;
    goneWeightX[xi] = (goneWeightX[xi] as number) + (data.rowWeight[i] as number);
  }
  return {
    ...data,
    pairX,
    pairT,
    rowPairRecency,
    rowPairAge,
    tail: new Float64Array(pairs),
    tailGradient: new Float64Array(4 * pairs),
    pairXIndex,
    goneWeightX,
    pairLinear: new Float64Array(PAIR_STRIDE * pairs),
    scaleX: new Float64Array(data.xValues.length),
    timeLogs: new Float64Array(4 * data.times.length),
  };
}

const oneTailGradient = new Float64Array(4);

/**
 * Per customer (Schmittlein, Morrison & Colombo 1987; Fader & Hardie's note):
 *   L = G(r+x)/G(r) alpha^r beta^s [ (alpha+T)^-(r+x) (beta+T)^-s + s (I(t_x) - I(T)) ]
 * the first part alive at T, the second dropped out in (t_x, T]; summed in log space. Params
 * order r, alpha, s, beta; writes d LL / d param into gradient when given.
 */
export function paretoNbdRowsLogLikelihood(data: PreparedPareto, params: Float64Array, gradient: Float64Array | null): number {
  const r = params[0] ?? NaN;
  const alpha = params[1] ?? NaN;
  const s = params[2] ?? NaN;
  const beta = params[3] ?? NaN;
  if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) return NaN;
  const lgR = logGamma(r);
  const lnAlpha = Math.log(alpha);
  const lnBeta = Math.log(beta);
  const head = r * lnAlpha + s * lnBeta;
  const psiR = gradient ? digamma(r) : 0;
  let ll = 0;
  let gr = 0;
  let gAlpha = 0;
  let gs = 0;
  let gBeta = 0;
  const { xValues, xWeight, pairX, pairT, tail, tailGradient } = data;
  for (let j = 0; j < xValues.length; j++) {
    const w = xWeight[j] ?? 0;
    const x = xValues[j] ?? 0;
    ll += w * (logGamma(r + x) - lgR + head);
    if (gradient) {
      gr += w * (digamma(r + x) - psiR + lnAlpha);
      gAlpha += (w * r) / alpha;
      gs += w * lnBeta;
      gBeta += (w * s) / beta;
    }
  }
  for (let p = 0; p < pairX.length; p++) {
    const x = pairX[p] as number;
    const t = pairT[p] as number;
    if (gradient) {
      tail[p] = paretoLogTailWithGradient(r, alpha, s, beta, x, t, oneTailGradient);
      for (let k = 0; k < 4; k++) tailGradient[4 * p + k] = oneTailGradient[k] as number;
    } else {
      tail[p] = paretoLogTail(r, alpha, s, beta, x, t);
    }
  }
  const sums = linearRows(data, r, alpha, s, beta, gradient !== null) ?? logSpaceRows(data, r, alpha, s, beta, gradient !== null);
  if (Number.isNaN(sums[0] as number)) return NaN;
  ll += sums[0] as number;
  gr += sums[1] as number;
  gAlpha += sums[2] as number;
  gs += sums[3] as number;
  gBeta += sums[4] as number;
  if (gradient) {
    gradient[0] = gr;
    gradient[1] = gAlpha;
    gradient[2] = gs;
    gradient[3] = gBeta;
  }
  return ll;
}

/** ll and the 4 gradient components summed over the rows (written by the row loops). */
const rowSums = new Float64Array(5);

/**
 * The rows' part of the log-likelihood, in log space (log-sum-exp per row): the safe way for any
 * data, used when linearRows cannot be. Reads the tails of the pairs from data.tail and
 * data.tailGradient.
 */
function logSpaceRows(data: PreparedPareto, r: number, alpha: number, s: number, beta: number, withGradient: boolean): Float64Array {
  const gradient = withGradient;
  const { xValues, times, rowX, rowAge, rowWeight, tail, tailGradient, rowPairRecency, rowPairAge } = data;
  let ll = 0;
  let gr = 0;
  let gAlpha = 0;
  let gs = 0;
  let gBeta = 0;
  const lnS = Math.log(s);
  for (let i = 0; i < rowX.length; i++) {
    const x = xValues[rowX[i] as number] as number;
    const T = times[rowAge[i] as number] as number;
    const w = rowWeight[i] as number;
    const rx = r + x;
    const lnAT = Math.log(alpha + T);
    const lnBT = Math.log(beta + T);
    const alive = -rx * lnAT - s * lnBT;
    const p1 = rowPairRecency[i] as number;
    if (p1 < 0) {
      ll += w * alive;
      if (gradient) {
        gr -= w * lnAT;
        gAlpha -= (w * rx) / (alpha + T);
        gs -= w * lnBT;
        gBeta -= (w * s) / (beta + T);
      }
      continue;
    }
    const p2 = rowPairAge[i] as number;
    const tail1 = tail[p1] as number;
    const tail2 = tail[p2] as number;
    const gone = lnS + logSubExp(tail1, tail2);
    if (Number.isNaN(gone)) return rowSums.fill(NaN);
    const total = logAddExp(alive, gone);
    ll += w * total;
    if (gradient) {
      const pAlive = Math.exp(alive - total);
      const pGone = 1 - pAlive;
      // d ln(I1 - I2) = (d ln I1 - q d ln I2) / (1 - q), q = I2 / I1.
      const q = Math.exp(tail2 - tail1);
      const share = pGone / -Math.expm1(tail2 - tail1);
      const g1 = 4 * p1;
      const g2 = 4 * p2;
      gr += w * (pAlive * -lnAT + share * ((tailGradient[g1] as number) - q * (tailGradient[g2] as number)));
      gAlpha += w * (pAlive * (-rx / (alpha + T)) + share * ((tailGradient[g1 + 1] as number) - q * (tailGradient[g2 + 1] as number)));
      gs += w * (pAlive * -lnBT + pGone / s + share * ((tailGradient[g1 + 2] as number) - q * (tailGradient[g2 + 2] as number)));
      gBeta += w * (pAlive * (-s / (beta + T)) + share * ((tailGradient[g1 + 3] as number) - q * (tailGradient[g2 + 3] as number)));
    }
  }
  rowSums[0] = ll;
  rowSums[1] = gr;
  rowSums[2] = gAlpha;
  rowSums[3] = gs;
  rowSums[4] = gBeta;
  return rowSums;
}

/**
 * The same sums as logSpaceRows, with each row's likelihood taken in linear space after scaling
 * by e^-scale[x] (scale[x] the largest ln I or ln alive among the pairs with that x): per row
 *   L = A(x, T) + s (I(x, t_x) - I(x, T)),  ln L + scale[x],
 * and d ln L = (A d ln A + s (I1 d ln I1 - I2 d ln I2)) / L, so a row costs one logarithm instead
 * of the log-sum-exp's several. The alive part A(x, T) of a row with t_x < T is that of its age
 * pair, so it too is computed once per pair. Returns null (nothing written) when some scaled
 * value would fall below e^LINEAR_FLOOR or is not finite, where log space is the safe way.
 */
function linearRows(data: PreparedPareto, r: number, alpha: number, s: number, beta: number, withGradient: boolean): Float64Array | null {
  const { xValues, times, rowAge, rowX, rowWeight, tail, tailGradient, rowPairRecency, rowPairAge, pairT, pairX, pairXIndex, goneWeightX, pairLinear, scaleX, timeLogs } = data;
  const pairs = pairT.length;
  scaleX.fill(-Infinity);
  for (let p = 0; p < pairs; p++) {
    const t = pairT[p] as number;
    const alive = -(r + (pairX[p] as number)) * Math.log(alpha + t) - s * Math.log(beta + t);
    pairLinear[PAIR_STRIDE * p + 1] = alive;
    const xi = pairXIndex[p] as number;
    const top = Math.max(alive, tail[p] as number);
    if (top > (scaleX[xi] as number)) scaleX[xi] = top;
  }
  for (let p = 0; p < pairs; p++) {
    const o = PAIR_STRIDE * p;
    const c = scaleX[pairXIndex[p] as number] as number;
    const lnI = (tail[p] as number) - c;
    const lnA = (pairLinear[o + 1] as number) - c;
    if (!(lnI >= LINEAR_FLOOR && lnA >= LINEAR_FLOOR && Number.isFinite(c))) return null;
    const I = Math.exp(lnI);
    const A = Math.exp(lnA);
    pairLinear[o] = I;
    pairLinear[o + 1] = A;
    if (withGradient) {
      const t = pairT[p] as number;
      const g = 4 * p;
      pairLinear[o + 2] = I * (tailGradient[g] as number);
      pairLinear[o + 3] = I * (tailGradient[g + 1] as number);
      pairLinear[o + 4] = I * (tailGradient[g + 2] as number);
      pairLinear[o + 5] = I * (tailGradient[g + 3] as number);
      pairLinear[o + 6] = -A * Math.log(alpha + t);
      pairLinear[o + 7] = (-A * (r + (pairX[p] as number))) / (alpha + t);
      pairLinear[o + 8] = -A * Math.log(beta + t);
      pairLinear[o + 9] = (-A * s) / (beta + t);
    }
  }
  for (let k = 0; k < times.length; k++) {
    const t = times[k] as number;
    timeLogs[4 * k] = Math.log(alpha + t);
    timeLogs[4 * k + 1] = Math.log(beta + t);
    timeLogs[4 * k + 2] = 1 / (alpha + t);
    timeLogs[4 * k + 3] = 1 / (beta + t);
  }
  let ll = 0;
  for (let j = 0; j < xValues.length; j++) {
    const w = goneWeightX[j] as number;
    if (w !== 0) ll += w * (scaleX[j] as number);
  }
  let gr = 0;
  let gAlpha = 0;
  let gs = 0;
  let gBeta = 0;
  for (let i = 0; i < rowWeight.length; i++) {
    const w = rowWeight[i] as number;
    const p1 = rowPairRecency[i] as number;
    if (p1 < 0) {
      const k = 4 * (rowAge[i] as number);
      const rx = r + (xValues[rowX[i] as number] as number);
      const lnAT = timeLogs[k] as number;
      const lnBT = timeLogs[k + 1] as number;
      ll += w * (-rx * lnAT - s * lnBT);
      if (withGradient) {
        gr -= w * lnAT;
        gAlpha -= w * rx * (timeLogs[k + 2] as number);
        gs -= w * lnBT;
        gBeta -= w * s * (timeLogs[k + 3] as number);
      }
      continue;
    }
    const o1 = PAIR_STRIDE * p1;
    const o2 = PAIR_STRIDE * (rowPairAge[i] as number);
    const gone = (pairLinear[o1] as number) - (pairLinear[o2] as number);
    if (gone < 0) {
      rowSums.fill(NaN);
      return rowSums;
    }
    const L = (pairLinear[o2 + 1] as number) + s * gone;
    ll += w * Math.log(L);
    if (withGradient) {
      const u = w / L;
      gr += u * ((pairLinear[o2 + 6] as number) + s * ((pairLinear[o1 + 2] as number) - (pairLinear[o2 + 2] as number)));
      gAlpha += u * ((pairLinear[o2 + 7] as number) + s * ((pairLinear[o1 + 3] as number) - (pairLinear[o2 + 3] as number)));
      gs += u * ((pairLinear[o2 + 8] as number) + gone + s * ((pairLinear[o1 + 4] as number) - (pairLinear[o2 + 4] as number)));
      gBeta += u * ((pairLinear[o2 + 9] as number) + s * ((pairLinear[o1 + 5] as number) - (pairLinear[o2 + 5] as number)));
    }
  }
  rowSums[0] = ll;
  rowSums[1] = gr;
  rowSums[2] = gAlpha;
  rowSums[3] = gs;
  rowSums[4] = gBeta;
  return rowSums;
}
