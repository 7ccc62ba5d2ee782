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
  const ts = timeLayout(data.age, data.recency);
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
 * Where each row finds ln(alpha + t) for its age and recency. With many repeated times (whole
 * days or weeks) a table of the distinct times, so each logarithm is taken once; with few
 * (continuous times) one entry per age and per nonzero recency in row order, which reads memory
 * in sequence instead of hopping around a table as large as the data. A sample of the ages
 * decides, so the full hashing is skipped when it would not pay.
 */
function timeLayout(age: Float64Array, recency: Float64Array): { values: Float64Array; index: Int32Array } {
  const n = age.length;
  const probe = Math.min(n, 20_000);
  const repeats = probe - indexDistinct(age.subarray(0, probe)).values.length;
  if (repeats > 0.2 * probe) {
    const both = new Float64Array(2 * n);
    both.set(age, 0);
    both.set(recency, n);
    return indexDistinct(both);
  }
  let nonzero = 0;
  for (let i = 0; i < n; i++) if ((recency[i] as number) !== 0) nonzero++;
  const values = new Float64Array(n + nonzero + 1); // the last entry is the shared t = 0
  const index = new Int32Array(2 * n);
  values.set(age, 0);
  let next = n;
  for (let i = 0; i < n; i++) {
    index[i] = i;
    const t = recency[i] as number;
    if (t === 0) {
      index[n + i] = n + nonzero;
    } else {
      values[next] = t;
      index[n + i] = next++;
    }
  }
  return { values, index };
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

/** Above this many distinct rows a fit first runs on a subsample of about COARSE_ROWS rows. */
export const COARSE_THRESHOLD = 60_000;
export const COARSE_ROWS = 20_000;

/**
 * Every k-th row with its weight times k: an unbiased estimate of the full log-likelihood from
 * about COARSE_ROWS rows (the rows are in order of first appearance, which is no order that
 * matters to the model). Null when the data are small enough to fit directly.
 */
export function coarseSubsample(data: WeightedRfmRows): WeightedRfmRows | null {
  const n = data.frequency.length;
  if (n <= COARSE_THRESHOLD) return null;
  const k = Math.ceil(n / COARSE_ROWS);
  const m = Math.ceil(n / k);
  const pick = (col: Float64Array, scale: number) => {
    const out = new Float64Array(m);
    for (let i = 0; i < m; i++) out[i] = (col[i * k] ?? 0) * scale;
    return out;
  };
  return {
    timeUnit: data.timeUnit,
    frequency: pick(data.frequency, 1),
    recency: pick(data.recency, 1),
    age: pick(data.age, 1),
    weight: pick(data.weight, k),
  };
}
