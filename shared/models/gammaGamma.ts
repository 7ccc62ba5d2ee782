import type { WeightedSpendRows } from './compress';
import { totalWeight } from './compress';
import type { FitOptions, FitResult } from './fitResult';
import { fitByMaximumLikelihood } from './maximumLikelihood';
import { digamma, logGamma } from './special';

export const GAMMA_GAMMA_PARAMS = ['p', 'q', 'gamma'] as const;
export type GammaGammaParamName = (typeof GAMMA_GAMMA_PARAMS)[number];
/**
 * Spend per transaction ~ Gamma(p, nu) (shape p, rate nu) and nu ~ Gamma(q, gamma) across
 * customers (Fader, Hardie & Lee 2005, "RFM and CLV"); gamma is in the currency's units.
 */
export type GammaGammaParams = Readonly<Record<GammaGammaParamName, number>>;

/** Above this |correlation| between frequency and mean spend the independence assumption is doubtful. */
export const SPEND_CORRELATION_WARNING = 0.3;

/** Rows arranged for the likelihood: per distinct x, and sums that do not depend on parameters. */
export interface PreparedSpend {
  customers: number;
  xValues: Float64Array;
  xWeight: Float64Array;
  rowXIndex: Int32Array;
  /** Per row: x * mean spend, the weight. */
  rowXm: Float64Array;
  rowWeight: Float64Array;
  /** sum w x (ln m + ln x) and sum w ln m. */
  sumXLogXm: number;
  sumLogM: number;
  meanSpend: number;
}

export function prepareSpend(data: WeightedSpendRows): PreparedSpend {
  const n = data.frequency.length;
  const index = new Map<number, number>();
  const xs: number[] = [];
  const xw: number[] = [];
  const rowXIndex = new Int32Array(n);
  const rowXm = new Float64Array(n);
  let sumXLogXm = 0;
  let sumLogM = 0;
  let sumM = 0;
  for (let i = 0; i < n; i++) {
    const x = data.frequency[i] ?? NaN;
    const m = data.meanSpend[i] ?? NaN;
    const w = data.weight[i] ?? 0;
    let j = index.get(x);
    if (j === undefined) {
      j = xs.length;
      index.set(x, j);
      xs.push(x);
      xw.push(0);
    }
    xw[j] = (xw[j] ?? 0) + w;
    rowXIndex[i] = j;
    rowXm[i] = x * m;
    sumXLogXm += w * x * Math.log(x * m);
    sumLogM += w * Math.log(m);
    sumM += w * m;
  }
  const customers = totalWeight(data.weight);
  return {
    customers,
    xValues: Float64Array.from(xs),
    xWeight: Float64Array.from(xw),
    rowXIndex,
    rowXm,
    rowWeight: data.weight,
    sumXLogXm,
    sumLogM,
    meanSpend: sumM / customers,
  };
}

/**
 * Per customer with x > 0 repeat purchases of mean value m:
 *   ln L = ln G(px+q) - ln G(px) - ln G(q) + q ln gamma + (px-1) ln m + px ln x - (px+q) ln(gamma + m x).
 * Params order p, q, gamma; writes d LL / d param into gradient when given.
 */
export function gammaGammaPreparedLogLikelihood(data: PreparedSpend, params: Float64Array, gradient: Float64Array | null): number {
  const p = params[0] ?? NaN;
  const q = params[1] ?? NaN;
  const g = params[2] ?? NaN;
  if (!(p > 0 && q > 0 && g > 0)) return NaN;
  const lnG = Math.log(g);
  const lgQ = logGamma(q);
  const psiQ = gradient ? digamma(q) : 0;
  let ll = p * data.sumXLogXm - data.sumLogM;
  let gp = data.sumXLogXm;
  let gq = 0;
  let gg = 0;
  const { xValues, xWeight } = data;
  for (let j = 0; j < xValues.length; j++) {
    const x = xValues[j] ?? 0;
    const w = xWeight[j] ?? 0;
    const px = p * x;
    ll += w * (logGamma(px + q) - logGamma(px) - lgQ + q * lnG);
    if (gradient) {
      const psiPxQ = digamma(px + q);
      gp += w * x * (psiPxQ - digamma(px));
      gq += w * (psiPxQ - psiQ + lnG);
      gg += (w * q) / g;
    }
  }
  const { rowXIndex, rowXm, rowWeight } = data;
  for (let i = 0; i < rowXm.length; i++) {
    const x = xValues[rowXIndex[i] ?? 0] ?? 0;
    const w = rowWeight[i] ?? 0;
    const denom = g + (rowXm[i] ?? 0);
    const lnDenom = Math.log(denom);
    const pxq = p * x + q;
    ll -= w * pxq * lnDenom;
    if (gradient) {
      gp -= w * x * lnDenom;
      gq -= w * lnDenom;
      gg -= (w * pxq) / denom;
    }
  }
  if (gradient) {
    gradient[0] = gp;
    gradient[1] = gq;
    gradient[2] = gg;
  }
  return ll;
}

/** Total Gamma-Gamma log-likelihood of the rows at the given parameters. */
export function gammaGammaLogLikelihood(data: WeightedSpendRows, params: GammaGammaParams): number {
  return gammaGammaPreparedLogLikelihood(prepareSpend(data), Float64Array.from(GAMMA_GAMMA_PARAMS, (k) => params[k]), null);
}

/**
 * Weighted Pearson correlation between frequency and mean spend over the rows: the spend model
 * assumes none, so a large value means its predictions mix up frequency and spend effects.
 */
export function frequencySpendCorrelation(data: WeightedSpendRows): number {
  let w = 0;
  let sx = 0;
  let sm = 0;
  for (let i = 0; i < data.frequency.length; i++) {
    const wi = data.weight[i] ?? 0;
    w += wi;
    sx += wi * (data.frequency[i] ?? 0);
    sm += wi * (data.meanSpend[i] ?? 0);
  }
  const mx = sx / w;
  const mm = sm / w;
  let cxx = 0;
  let cmm = 0;
  let cxm = 0;
  for (let i = 0; i < data.frequency.length; i++) {
    const wi = data.weight[i] ?? 0;
    const dx = (data.frequency[i] ?? 0) - mx;
    const dm = (data.meanSpend[i] ?? 0) - mm;
    cxx += wi * dx * dx;
    cmm += wi * dm * dm;
    cxm += wi * dx * dm;
  }
  return cxm / Math.sqrt(cxx * cmm);
}

/**
 * Fits the Gamma-Gamma spend model on customers with repeat purchases (compressSpend leaves the
 * others out). Starts from p = 2, q = 3 and gamma set so that the model's mean spend, p gamma /
 * (q - 1), equals the observed mean. Warns when frequency and spend are correlated, and when
 * q <= 1 (the population's mean spend is then infinite).
 */
export function fitGammaGamma(data: WeightedSpendRows, options: FitOptions<GammaGammaParamName> = {}): FitResult<GammaGammaParamName, 'gamma-gamma', null> {
  const prepared = prepareSpend(data);
  const warnings: string[] = [];
  const correlation = frequencySpendCorrelation(data);
  if (Math.abs(correlation) >= SPEND_CORRELATION_WARNING) {
    warnings.push(
      `Frequency and mean spend are correlated (Pearson ${correlation.toFixed(2)}); the spend model assumes they are independent, so its spend predictions will be biased for frequent or infrequent customers.`,
    );
  }
  const result = fitByMaximumLikelihood(
    {
      model: 'gamma-gamma',
      names: GAMMA_GAMMA_PARAMS,
      timeUnit: null,
      customers: prepared.customers,
      rows: prepared.rowXm.length,
      start: Float64Array.of(2, 3, prepared.meanSpend),
      hasGradient: true,
      logLikelihood: (params, gradient) => gammaGammaPreparedLogLikelihood(prepared, params, gradient),
      dataWarnings: warnings,
    },
    options,
  );
  if (result.params.q <= 1) {
    result.warnings.push(`q = ${result.params.q.toPrecision(3)} is not above 1: the model's mean spend per transaction across customers is infinite.`);
  }
  return result;
}
