import { indexDistinct, totalWeight, type WeightedRfmRows } from './compress';

/**
 * Weighted (x, t_x, T) rows rearranged for fast likelihood loops: the distinct x values (so
 * log-gamma terms are computed once per x), the distinct times (so log(alpha + t) is computed
 * once per time value), and per row the indices into both. Built once per fit; nothing in it
 * depends on the parameters.
 */
export interface PreparedRfm {
  customers: number;
  rows: number;
  /** Distinct frequencies and the total weight of the rows with each. */
  xValues: Float64Array;
  xWeight: Float64Array;
  /** Distinct values among all recencies and ages. */
  times: Float64Array;
  /** Per row: index into xValues, into times for the age and for the recency; the weight. */
  rowX: Int32Array;
  rowAge: Int32Array;
  rowRecency: Int32Array;
  rowWeight: Float64Array;
  /** Weighted means used for starting values. */
  meanFrequency: number;
  meanAge: number;
}

export function prepareRfm(data: WeightedRfmRows): PreparedRfm {
  const n = data.frequency.length;
  const xs = indexDistinct(data.frequency);
  const both = new Float64Array(2 * n);
  both.set(data.age, 0);
  both.set(data.recency, n);
  const ts = indexDistinct(both);
  const xWeight = new Float64Array(xs.values.length);
  let sumX = 0;
  let sumT = 0;
  for (let i = 0; i < n; i++) {
    const w = data.weight[i] ?? 0;
    const xi = xs.index[i] ?? 0;
    xWeight[xi] = (xWeight[xi] ?? 0) + w;
    sumX += w * (data.frequency[i] ?? 0);
    sumT += w * (data.age[i] ?? 0);
  }
  const customers = totalWeight(data.weight);
  return {
    customers,
    rows: n,
    xValues: xs.values,
    xWeight,
    times: ts.values,
    rowX: xs.index,
    rowAge: ts.index.subarray(0, n),
    rowRecency: ts.index.subarray(n),
    rowWeight: data.weight,
    meanFrequency: sumX / customers,
    meanAge: sumT / customers,
  };
}

/**
 * Why the purchase-count models cannot be fitted to these rows, in plain words, or null. Without
 * any repeat purchase the purchase rate runs to zero and nothing else is identified.
 */
export function rfmFitProblem(data: PreparedRfm): string | null {
  if (!(data.customers > 0)) return 'there are no customers to fit';
  if (!(data.meanFrequency > 0)) return 'no customer made a repeat purchase, so the purchase rate and dropout cannot be estimated';
  return null;
}

/**
 * Gamma(r, alpha) starting values for the purchase rate from the moments of x / T: the spread of
 * the rates is what is left of the spread of x / T after the Poisson noise (mean rate / T).
 */
export function rateMomentStart(data: WeightedRfmRows): { r: number; alpha: number } {
  let w = 0;
  let sumRate = 0;
  let sumRate2 = 0;
  let sumInvT = 0;
  let sumX = 0;
  let sumT = 0;
  for (let i = 0; i < data.frequency.length; i++) {
    const wi = data.weight[i] ?? 0;
    const x = data.frequency[i] ?? 0;
    const T = data.age[i] ?? 1;
    w += wi;
    sumRate += (wi * x) / T;
    sumRate2 += (wi * x * x) / (T * T);
    sumInvT += wi / T;
    sumX += wi * x;
    sumT += wi * T;
  }
  const mean = Math.max(sumX / sumT, 1e-6);
  const meanRate = sumRate / w;
  const variance = sumRate2 / w - meanRate * meanRate - (mean * sumInvT) / w;
  const r = Math.min(10, Math.max(0.1, variance > 0 ? (mean * mean) / variance : 1));
  return { r, alpha: r / mean };
}
