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

/** Whether u + v keeps all but about 3 of the digits of u and v. */
function cancelsLittle(u: number, v: number): boolean {
  return Math.abs(u + v) >= 1e-3 * (Math.abs(u) + Math.abs(v));
}

/** How far m = c - 1 - b must be from an integer, as in the general routine's expansion around 1. */
const NEAR_ONE_INTEGER_GAP = 1e-3;

/**
 * For z above the direct series' range (0.9 < z < 1): ln 2F1(1, b; c; z) as the general routine
 * gives it (logHyp2F1UnitA), with its derivatives in b, c and z from the expansion around z = 1
 * (Abramowitz & Stegun 15.3.6), which for a = 1 reads, with m = c - 1 - b and w = 1 - z,
 *   F = (c-1)/m S + P2,  S = sum_n (b)_n / (1-m)_n w^n,  P2 = w^m G(c) G(-m) / G(b) z^(1-c)
 * (the second series of 15.3.6 is F(c-1, m+1; m+1; w) = z^(1-c) in closed form). With
 * t_n the terms of S:  dS/db = sum t_n sum_{k<n} 1/(b+k),  dS/dm = sum t_n sum_{k<n} 1/(1-m+k),
 * dS/dw = sum n t_n / w; and d ln |P2| / d(b, c, z) = (-ln w + psi(-m) - psi(b),
 * ln w + psi(c) - psi(-m) - ln z, -m/w + (1-c)/z). Writes into out and returns true; false
 * (the caller differentiates numerically) where m is nearly an integer, the two parts cancel,
 * or the series does not settle.
 */
export function logHyp2F1UnitANearOneGradient(b: number, c: number, z: number, out: LogHyp2F1Gradient): boolean {
  if (!(z > 0.9 && z < 1 && b > 0 && c > b)) return false;
  const m = c - 1 - b;
  if (Math.abs(m - Math.round(m)) < NEAR_ONE_INTEGER_GAP) return false;
  const w = 1 - z;
  let term = 1;
  let sum = 1;
  let hb = 0;
  let hm = 0;
  let sumB = 0;
  let sumM = 0;
  let sumN = 0;
  let settled = false;
  // The largest term times its largest weight: when it dwarfs the sums, alternating terms (1-m < 0)
  // have cancelled and the sums have lost their digits.
  let largest = 1;
  for (let n = 0; n < 10_000; n++) {
    const invB = 1 / (b + n);
    const invM = 1 / (1 - m + n);
    hb += invB;
    hm += invM;
    term *= (b + n) * invM * w;
    sum += term;
    sumB += term * hb;
    sumM += term * hm;
    sumN += (n + 1) * term;
    largest = Math.max(largest, Math.abs(term) * (1 + hb + Math.abs(hm) + n + 1));
    const ratio = Math.abs((b + n + 1) / (2 - m + n)) * w;
    const scale = Math.abs(sum) + Math.abs(sumB) + Math.abs(sumM) + Math.abs(sumN);
    if (ratio < 0.5 && n + 2 > m && Math.abs(term) * (1 + hb + Math.abs(hm) + n + 2) * 2 <= 1e-17 * scale) {
      settled = true;
      break;
    }
  }
  if (!settled || !Number.isFinite(sum + sumB + sumM + sumN) || largest > 1e3 * Math.abs(sum)) return false;
  const lnP2 = m * Math.log(w) + logGamma(c) + logGamma(-m) - logGamma(b) + (1 - c) * Math.log(z);
  if (!(lnP2 < 700)) return false;
  // Gamma(-m) < 0 when -m lies in (-1, 0), (-3, -2), ...: its sign alternates below zero.
  const signP2 = -m > 0 || Math.floor(-m) % 2 === 0 ? 1 : -1;
  const p2 = signP2 * Math.exp(lnP2);
  const k = (c - 1) / m;
  const p1 = k * sum;
  const total = p1 + p2;
  if (!(total > 1e-4 * Math.max(Math.abs(p1), Math.abs(p2)))) return false;
  const value = logHyp2F1UnitA(b, c, z);
  // The expansion must reproduce the value the general routine found (by whatever path).
  if (!(Math.abs(Math.log(total) - value) <= 1e-10 * Math.max(1, Math.abs(value)))) return false;
  const dP1b = k * (sumB - sumM + sum / m);
  const dP1c = sum / m + k * (sumM - sum / m);
  const dP1z = (-k * sumN) / w;
  const lnW = Math.log(w);
  const psiNegM = digamma(-m);
  const dP2b = p2 * (-lnW + psiNegM - digamma(b));
  const dP2c = p2 * (lnW + digamma(c) - psiNegM - Math.log(z));
  const dP2z = p2 * (-m / w + (1 - c) / z);
  // Where the two parts of a derivative cancel, so would its digits: differentiate numerically.
  if (!(cancelsLittle(dP1b, dP2b) && cancelsLittle(dP1c, dP2c) && cancelsLittle(dP1z, dP2z))) return false;
  out.value = value;
  out.db = (dP1b + dP2b) / total;
  out.dc = (dP1c + dP2c) / total;
  out.dz = (dP1z + dP2z) / total;
  return true;
}

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
    if (logHyp2F1UnitAWithGradient(rx, c, z, series) || logHyp2F1UnitANearOneGradient(rx, c, z, series)) {
      out[0] = -la - invSum + series.db + series.dc;
      out[1] = -rx / at + (series.dz * bt) / (at * at);
      out[2] = -lb - invSum + series.dc;
      out[3] = -s / bt - series.dz / at;
      return -rx * la - s * lb - Math.log(rx + s) + series.value;
    }
  } else {
    const z = (beta - alpha) / bt;
    if (logHyp2F1UnitAWithGradient(s + 1, c, z, series) || logHyp2F1UnitANearOneGradient(s + 1, c, z, series)) {
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
   * scaled by e^-scale[x]; per x the scale; per time TIME_STRIDE numbers (see timeTerms).
   */
  pairLinear: Float64Array;
  scaleX: Float64Array;
  timeLogs: Float64Array;
}

const PAIR_STRIDE = 10;
const TIME_STRIDE = 6;
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
    timeLogs: new Float64Array(TIME_STRIDE * data.times.length),
  };
}


/**
 * The head alpha^r beta^s of the likelihood folded into a log tail: ln I(t) + r ln alpha + s ln beta
 * and its derivatives (into out when given), with r ln alpha - (r+x) ln(alpha+t) written as
 * -r ln(1 + t/alpha) - x ln(alpha+t) and likewise for beta, so that no two large terms cancel
 * (with s ln beta in the hundreds of thousands, as on the ridge where s and beta grow together,
 * the separate head and tails would leave rounding noise above the optimiser's tolerance).
 */
function shiftedLogTail(r: number, alpha: number, s: number, beta: number, x: number, t: number, out: Float64Array | null): number {
  const rx = r + x;
  const at = alpha + t;
  const bt = beta + t;
  const la = Math.log(at);
  const lb = Math.log(bt);
  const l1a = Math.log1p(t / alpha);
  const l1b = Math.log1p(t / beta);
  const c = rx + s + 1;
  const invSum = 1 / (rx + s);
  const lnSum = Math.log(rx + s);
  if (out === null) {
    if (alpha >= beta) return -r * l1a - x * la - s * l1b - lnSum + logHyp2F1UnitA(rx, c, (alpha - beta) / at);
    return -r * l1a + (1 - x) * la - lb - s * l1b - lnSum + logHyp2F1UnitA(s + 1, c, (beta - alpha) / bt);
  }
  if (alpha >= beta) {
    const z = (alpha - beta) / at;
    if (logHyp2F1UnitAWithGradient(rx, c, z, series) || logHyp2F1UnitANearOneGradient(rx, c, z, series)) {
      out[0] = -l1a - invSum + series.db + series.dc;
      out[1] = ((r * t) / alpha - x) / at + (series.dz * bt) / (at * at);
      out[2] = -l1b - invSum + series.dc;
      out[3] = (s * t) / (beta * bt) - series.dz / at;
      return -r * l1a - x * la - s * l1b - lnSum + series.value;
    }
  } else {
    const z = (beta - alpha) / bt;
    if (logHyp2F1UnitAWithGradient(s + 1, c, z, series) || logHyp2F1UnitANearOneGradient(s + 1, c, z, series)) {
      out[0] = -l1a - invSum + series.dc;
      out[1] = (1 - x + (r * t) / alpha) / at - series.dz / bt;
      out[2] = -l1b - invSum + series.db + series.dc;
      out[3] = ((s * t) / beta - 1) / bt + (series.dz * at) / (bt * bt);
      return -r * l1a + (1 - x) * la - lb - s * l1b - lnSum + series.value;
    }
  }
  // Numerical derivatives of the unshifted tail, plus those of the head.
  paretoLogTailWithGradient(r, alpha, s, beta, x, t, out);
  out[0] = (out[0] as number) + Math.log(alpha);
  out[1] = (out[1] as number) + r / alpha;
  out[2] = (out[2] as number) + Math.log(beta);
  out[3] = (out[3] as number) + s / beta;
  return shiftedLogTail(r, alpha, s, beta, x, t, null);
}

const oneTailGradient = new Float64Array(4);

/**
 * Per customer (Schmittlein, Morrison & Colombo 1987; Fader & Hardie's note):
 *   L = G(r+x)/G(r) alpha^r beta^s [ (alpha+T)^-(r+x) (beta+T)^-s + s (I(t_x) - I(T)) ]
 * the first part alive at T, the second dropped out in (t_x, T]; alpha^r beta^s is folded into
 * both parts (shiftedLogTail). Params order r, alpha, s, beta; writes d LL / d param into
 * gradient when given.
 */
export function paretoNbdRowsLogLikelihood(data: PreparedPareto, params: Float64Array, gradient: Float64Array | null): number {
  const r = params[0] ?? NaN;
  const alpha = params[1] ?? NaN;
  const s = params[2] ?? NaN;
  const beta = params[3] ?? NaN;
  if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) return NaN;
  const lgR = logGamma(r);
  const psiR = gradient ? digamma(r) : 0;
  let ll = 0;
  let gr = 0;
  const { xValues, xWeight, pairX, pairT, tail, tailGradient, times, timeLogs } = data;
  for (let j = 0; j < xValues.length; j++) {
    const w = xWeight[j] ?? 0;
    const x = xValues[j] ?? 0;
    ll += w * (logGamma(r + x) - lgR);
    if (gradient) gr += w * (digamma(r + x) - psiR);
  }
  for (let p = 0; p < pairX.length; p++) {
    const x = pairX[p] as number;
    const t = pairT[p] as number;
    if (gradient) {
      tail[p] = shiftedLogTail(r, alpha, s, beta, x, t, oneTailGradient);
      for (let k = 0; k < 4; k++) tailGradient[4 * p + k] = oneTailGradient[k] as number;
    } else {
      tail[p] = shiftedLogTail(r, alpha, s, beta, x, t, null);
    }
  }
  // Per time: ln(1 + t/alpha), ln(alpha + t), ln(1 + t/beta), 1/(alpha + t), 1/(beta + t), t.
  for (let k = 0; k < times.length; k++) {
    const t = times[k] as number;
    const o = TIME_STRIDE * k;
    timeLogs[o] = Math.log1p(t / alpha);
    timeLogs[o + 1] = Math.log(alpha + t);
    timeLogs[o + 2] = Math.log1p(t / beta);
    timeLogs[o + 3] = 1 / (alpha + t);
    timeLogs[o + 4] = 1 / (beta + t);
    timeLogs[o + 5] = t;
  }
  const sums = linearRows(data, r, alpha, s, beta, gradient !== null) ?? logSpaceRows(data, r, alpha, s, beta, gradient !== null);
  if (Number.isNaN(sums[0] as number)) return NaN;
  ll += sums[0] as number;
  if (gradient) {
    gradient[0] = gr + (sums[1] as number);
    gradient[1] = sums[2] as number;
    gradient[2] = sums[3] as number;
    gradient[3] = sums[4] as number;
  }
  return ll;
}

/** ll and the 4 gradient components summed over the rows (written by the row loops). */
const rowSums = new Float64Array(5);

/**
 * Adds to rowSums the weight w times ln of the alive part, with the head folded in,
 *   -r ln(1 + T/alpha) - x ln(alpha + T) - s ln(1 + T/beta),
 * and its gradient, for a row whose recency equals its age (k: its time's offset in timeLogs).
 */
function addAliveRow(timeLogs: Float64Array, k: number, x: number, w: number, r: number, alpha: number, s: number, beta: number, withGradient: boolean): void {
  const l1a = timeLogs[k] as number;
  const l1b = timeLogs[k + 2] as number;
  rowSums[0] = (rowSums[0] as number) + w * (-r * l1a - x * (timeLogs[k + 1] as number) - s * l1b);
  if (withGradient) {
    const t = timeLogs[k + 5] as number;
    rowSums[1] = (rowSums[1] as number) - w * l1a;
    rowSums[2] = (rowSums[2] as number) + w * ((r * t) / alpha - x) * (timeLogs[k + 3] as number);
    rowSums[3] = (rowSums[3] as number) - w * l1b;
    rowSums[4] = (rowSums[4] as number) + ((w * s * t) / beta) * (timeLogs[k + 4] as number);
  }
}

/**
 * The rows' part of the log-likelihood, in log space (log-sum-exp per row): the safe way for any
 * data, used when linearRows cannot be. Reads the shifted tails of the pairs from data.tail and
 * data.tailGradient.
 */
function logSpaceRows(data: PreparedPareto, r: number, alpha: number, s: number, beta: number, withGradient: boolean): Float64Array {
  const { xValues, rowX, rowAge, rowWeight, tail, tailGradient, rowPairRecency, rowPairAge, timeLogs } = data;
  rowSums.fill(0);
  const lnS = Math.log(s);
  let ll = 0;
  let gr = 0;
  let gAlpha = 0;
  let gs = 0;
  let gBeta = 0;
  for (let i = 0; i < rowX.length; i++) {
    const x = xValues[rowX[i] as number] as number;
    const k = TIME_STRIDE * (rowAge[i] as number);
    const w = rowWeight[i] as number;
    const p1 = rowPairRecency[i] as number;
    if (p1 < 0) {
      addAliveRow(timeLogs, k, x, w, r, alpha, s, beta, withGradient);
      continue;
    }
    const l1a = timeLogs[k] as number;
    const l1b = timeLogs[k + 2] as number;
    const t = timeLogs[k + 5] as number;
    const alive = -r * l1a - x * (timeLogs[k + 1] as number) - s * l1b;
    const p2 = rowPairAge[i] as number;
    const tail1 = tail[p1] as number;
    const tail2 = tail[p2] as number;
    const gone = lnS + logSubExp(tail1, tail2);
    if (Number.isNaN(gone)) return rowSums.fill(NaN);
    const total = logAddExp(alive, gone);
    ll += w * total;
    if (withGradient) {
      const pAlive = Math.exp(alive - total);
      const pGone = 1 - pAlive;
      // d ln(I1 - I2) = (d ln I1 - q d ln I2) / (1 - q), q = I2 / I1.
      const q = Math.exp(tail2 - tail1);
      const share = pGone / -Math.expm1(tail2 - tail1);
      const g1 = 4 * p1;
      const g2 = 4 * p2;
      gr += w * (pAlive * -l1a + share * ((tailGradient[g1] as number) - q * (tailGradient[g2] as number)));
      gAlpha += w * (pAlive * ((r * t) / alpha - x) * (timeLogs[k + 3] as number) + share * ((tailGradient[g1 + 1] as number) - q * (tailGradient[g2 + 1] as number)));
      gs += w * (pAlive * -l1b + pGone / s + share * ((tailGradient[g1 + 2] as number) - q * (tailGradient[g2 + 2] as number)));
      gBeta += w * (pAlive * ((s * t) / beta) * (timeLogs[k + 4] as number) + share * ((tailGradient[g1 + 3] as number) - q * (tailGradient[g2 + 3] as number)));
    }
  }
  rowSums[0] = (rowSums[0] as number) + ll;
  rowSums[1] = (rowSums[1] as number) + gr;
  rowSums[2] = (rowSums[2] as number) + gAlpha;
  rowSums[3] = (rowSums[3] as number) + gs;
  rowSums[4] = (rowSums[4] as number) + gBeta;
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
  const { xValues, rowAge, rowX, rowWeight, tail, tailGradient, rowPairRecency, rowPairAge, pairT, pairX, pairXIndex, goneWeightX, pairLinear, scaleX, timeLogs } = data;
  const pairs = pairT.length;
  scaleX.fill(-Infinity);
  for (let p = 0; p < pairs; p++) {
    const t = pairT[p] as number;
    const alive = -r * Math.log1p(t / alpha) - (pairX[p] as number) * Math.log(alpha + t) - s * Math.log1p(t / beta);
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
      pairLinear[o + 6] = -A * Math.log1p(t / alpha);
      pairLinear[o + 7] = (A * ((r * t) / alpha - (pairX[p] as number))) / (alpha + t);
      pairLinear[o + 8] = -A * Math.log1p(t / beta);
      pairLinear[o + 9] = (A * ((s * t) / beta)) / (beta + t);
    }
  }
  rowSums.fill(0);
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
      addAliveRow(timeLogs, TIME_STRIDE * (rowAge[i] as number), xValues[rowX[i] as number] as number, w, r, alpha, s, beta, withGradient);
      continue;
    }
    const o1 = PAIR_STRIDE * p1;
    const o2 = PAIR_STRIDE * (rowPairAge[i] as number);
    const gone = (pairLinear[o1] as number) - (pairLinear[o2] as number);
    if (gone < 0) return rowSums.fill(NaN);
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
  rowSums[0] = (rowSums[0] as number) + ll;
  rowSums[1] = (rowSums[1] as number) + gr;
  rowSums[2] = (rowSums[2] as number) + gAlpha;
  rowSums[3] = (rowSums[3] as number) + gs;
  rowSums[4] = (rowSums[4] as number) + gBeta;
  return rowSums;
}
