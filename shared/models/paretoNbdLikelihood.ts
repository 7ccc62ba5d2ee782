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

const tailAtRecency = new Float64Array(4);
const tailAtAge = new Float64Array(4);

/**
 * Per customer (Schmittlein, Morrison & Colombo 1987; Fader & Hardie's note):
 *   L = G(r+x)/G(r) alpha^r beta^s [ (alpha+T)^-(r+x) (beta+T)^-s + s (I(t_x) - I(T)) ]
 * the first part alive at T, the second dropped out in (t_x, T]; summed in log space. Params
 * order r, alpha, s, beta; writes d LL / d param into gradient when given.
 */
export function paretoNbdRowsLogLikelihood(data: PreparedRfm, params: Float64Array, gradient: Float64Array | null): number {
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
  const { xValues, xWeight, times, rowX, rowAge, rowRecency, rowWeight } = data;
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
  const lnS = Math.log(s);
  for (let i = 0; i < rowX.length; i++) {
    const x = xValues[rowX[i] ?? 0] ?? NaN;
    const T = times[rowAge[i] ?? 0] ?? NaN;
    const tx = times[rowRecency[i] ?? 0] ?? NaN;
    const w = rowWeight[i] ?? 0;
    const rx = r + x;
    const lnAT = Math.log(alpha + T);
    const lnBT = Math.log(beta + T);
    const alive = -rx * lnAT - s * lnBT;
    if (tx >= T) {
      ll += w * alive;
      if (gradient) {
        gr -= w * lnAT;
        gAlpha -= (w * rx) / (alpha + T);
        gs -= w * lnBT;
        gBeta -= (w * s) / (beta + T);
      }
      continue;
    }
    let tail1: number;
    let tail2: number;
    if (gradient) {
      tail1 = paretoLogTailWithGradient(r, alpha, s, beta, x, tx, tailAtRecency);
      tail2 = paretoLogTailWithGradient(r, alpha, s, beta, x, T, tailAtAge);
    } else {
      tail1 = paretoLogTail(r, alpha, s, beta, x, tx);
      tail2 = paretoLogTail(r, alpha, s, beta, x, T);
    }
    const gone = lnS + logSubExp(tail1, tail2);
    if (Number.isNaN(gone)) return NaN;
    const total = logAddExp(alive, gone);
    ll += w * total;
    if (gradient) {
      const pAlive = Math.exp(alive - total);
      const pGone = 1 - pAlive;
      // d ln(I1 - I2) = (d ln I1 - q d ln I2) / (1 - q), q = I2 / I1.
      const q = Math.exp(tail2 - tail1);
      const oneMinusQ = -Math.expm1(tail2 - tail1);
      const dGone = (k: number) => ((tailAtRecency[k] ?? 0) - q * (tailAtAge[k] ?? 0)) / oneMinusQ;
      gr += w * (pAlive * -lnAT + pGone * dGone(0));
      gAlpha += w * (pAlive * (-rx / (alpha + T)) + pGone * dGone(1));
      gs += w * (pAlive * -lnBT + pGone * (1 / s + dGone(2)));
      gBeta += w * (pAlive * (-s / (beta + T)) + pGone * dGone(3));
    }
  }
  if (gradient) {
    gradient[0] = gr;
    gradient[1] = gAlpha;
    gradient[2] = gs;
    gradient[3] = gBeta;
  }
  return ll;
}
