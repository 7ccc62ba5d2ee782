import { digamma, logGamma } from './special';
import type { PreparedRfm } from './rfmPrepared';

/**
 * The log-likelihood of the BG/NBD (Fader, Hardie & Lee 2005) and of the MBG/NBD (Batislam,
 * Denizel & Filiztekin 2007), which differ only in whether a customer can drop out right after
 * the first purchase. With shift = 0 (BG/NBD) or 1 (MBG/NBD), per customer:
 *
 *   L = B(a, b+x+shift)/B(a,b) * G(r+x)/G(r) * alpha^r / (alpha+T)^(r+x)
 *     + [x > 0 or shift] B(a+1, b+x+shift-1)/B(a,b) * G(r+x)/G(r) * alpha^r / (alpha+t_x)^(r+x)
 *
 * computed as a per-x constant plus the log-sum-exp of the two time terms,
 *   A3 = -(r+x) ln(alpha+T),  A4 = ln a - ln(b+x+shift-1) - (r+x) ln(alpha+t_x).
 * Params order: r, alpha, a, b. Writes d LL / d param into gradient when given.
 */
export function bgnbdFamilyLogLikelihood(data: PreparedRfm, shift: 0 | 1, params: Float64Array, gradient: Float64Array | null, scratch: BgnbdScratch): number {
  const r = params[0] ?? NaN;
  const alpha = params[1] ?? NaN;
  const a = params[2] ?? NaN;
  const b = params[3] ?? NaN;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return NaN;
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  const withGradient = gradient !== null;

  // Per distinct time: ln(alpha + t) and 1 / (alpha + t).
  const { times } = data;
  const logTime = scratch.logTime;
  const invTime = scratch.invTime;
  for (let k = 0; k < times.length; k++) {
    const s = alpha + (times[k] as number);
    logTime[k] = Math.log(s);
    invTime[k] = 1 / s;
  }

  // Per distinct x: the constant part, the dropout term, and (for the gradient) digammas.
  const { xValues, xWeight } = data;
  const dropLog = scratch.dropLog;
  const dropInv = scratch.dropInv;
  const lgR = logGamma(r);
  const lgAB = logGamma(a + b);
  const lgB = logGamma(b);
  const psiR = withGradient ? digamma(r) : 0;
  const psiAB = withGradient ? digamma(a + b) : 0;
  const psiB = withGradient ? digamma(b) : 0;
  let ll = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  for (let j = 0; j < xValues.length; j++) {
    const x = xValues[j] as number;
    const w = xWeight[j] as number;
    const xs = x + shift;
    ll += w * (logGamma(r + x) - lgR + r * lnAlpha + lgAB + logGamma(b + xs) - lgB - logGamma(a + b + xs));
    const hasDrop = x > 0 || shift === 1;
    dropLog[j] = hasDrop ? lnA - Math.log(b + xs - 1) : -Infinity;
    dropInv[j] = hasDrop ? 1 / (b + xs - 1) : 0;
    if (withGradient) {
      gr += w * (digamma(r + x) - psiR + lnAlpha);
      gAlpha += (w * r) / alpha;
      const psiABX = digamma(a + b + xs);
      ga += w * (psiAB - psiABX);
      gb += w * (psiAB + digamma(b + xs) - psiB - psiABX);
    }
  }

  const { rowX, rowAge, rowRecency, rowWeight } = data;
  let dropShare = 0; // sum of w * p4, for d/da
  for (let i = 0; i < rowX.length; i++) {
    const j = rowX[i] as number;
    const w = rowWeight[i] as number;
    const rx = r + (xValues[j] as number);
    const kT = rowAge[i] as number;
    const lT = logTime[kT] as number;
    const a3 = -rx * lT;
    const d = dropLog[j] as number;
    if (d === -Infinity) {
      ll += w * a3;
      if (withGradient) {
        gr -= w * lT;
        gAlpha -= w * rx * (invTime[kT] as number);
      }
      continue;
    }
    const kt = rowRecency[i] as number;
    const lt = logTime[kt] as number;
    const a4 = d - rx * lt;
    // log-sum-exp of a3 and a4, and the share p4 = e^a4 / (e^a3 + e^a4).
    let p4: number;
    if (a3 >= a4) {
      const e = Math.exp(a4 - a3);
      ll += w * (a3 + Math.log(1 + e)); // log, not log1p: faster, and exact enough once summed
      p4 = e / (1 + e);
    } else {
      const e = Math.exp(a3 - a4);
      ll += w * (a4 + Math.log(1 + e));
      p4 = 1 / (1 + e);
    }
    if (withGradient) {
      const p3 = 1 - p4;
      gr -= w * (p3 * lT + p4 * lt);
      gAlpha -= w * rx * (p3 * (invTime[kT] as number) + p4 * (invTime[kt] as number));
      dropShare += w * p4;
      gb -= w * p4 * (dropInv[j] as number);
    }
  }
  if (gradient !== null) {
    gradient[0] = gr;
    gradient[1] = gAlpha;
    gradient[2] = ga + dropShare / a;
    gradient[3] = gb;
  }
  return ll;
}

/** Work arrays sized to one prepared data set, reused across evaluations. */
export interface BgnbdScratch {
  logTime: Float64Array;
  invTime: Float64Array;
  dropLog: Float64Array;
  dropInv: Float64Array;
}

export function bgnbdScratch(data: PreparedRfm): BgnbdScratch {
  return {
    logTime: new Float64Array(data.times.length),
    invTime: new Float64Array(data.times.length),
    dropLog: new Float64Array(data.xValues.length),
    dropInv: new Float64Array(data.xValues.length),
  };
}
