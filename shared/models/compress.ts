import type { TimeUnit } from '../domain/timeUnits';

/**
 * Sufficient statistics, compressed: customers with identical (frequency, recency, age) have
 * identical likelihood terms, so a base of millions fits as a few thousand weighted rows.
 * Keys are matched on the exact bit patterns of the numbers with an open-addressing hash table,
 * so compression is one pass with no strings and no sorting.
 */

/** Customers' (x, t_x, T) in one time unit, one entry per distinct row, with how many share it. */
export interface WeightedRfmRows {
  /** The unit recency and age are in; a model fitted on these rows predicts in this unit. */
  timeUnit: TimeUnit;
  /** x: repeat purchases (a whole number >= 0). */
  frequency: Float64Array;
  /** t_x: first to last purchase, in the data's time unit; 0 when x = 0. */
  recency: Float64Array;
  /** T: first purchase to the end of the calibration period, in the data's time unit. */
  age: Float64Array;
  /** Customers with this row. */
  weight: Float64Array;
}

/** Customers' (x, mean repeat spend) for the spend model, one entry per distinct pair. */
export interface WeightedSpendRows {
  frequency: Float64Array;
  meanSpend: Float64Array;
  weight: Float64Array;
}

export type NumberArray = ArrayLike<number>;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function mixNumber(h: number, v: number): number {
  bits[0] = v === 0 ? 0 : v; // -0 and 0 are the same key
  h = Math.imul(h ^ (words[0] ?? 0), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ (words[1] ?? 0), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * Groups rows whose columns are all identical and sums their weights (1 each unless given).
 * Returns the distinct rows in order of first appearance and the column arrays of the groups.
 */
export function groupRows(columns: readonly NumberArray[], weights: NumberArray | undefined): { columns: Float64Array[]; weight: Float64Array } {
  const n = columns[0]?.length ?? 0;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const slot = new Int32Array(size).fill(-1); // slot -> group index
  const representative: number[] = []; // group -> first row
  const groupWeight: number[] = [];
  for (let row = 0; row < n; row++) {
    let h = 0x811c9dc5;
    for (const col of columns) h = mixNumber(h, col[row] ?? NaN);
    let s = h & mask;
    for (;;) {
      const g = slot[s] ?? -1;
      if (g < 0) {
        slot[s] = representative.length;
        representative.push(row);
        groupWeight.push(weights ? (weights[row] ?? 0) : 1);
        break;
      }
      const first = representative[g] ?? 0;
      let same = true;
      for (const col of columns) {
        if (col[first] !== col[row]) {
          same = false;
          break;
        }
      }
      if (same) {
        groupWeight[g] = (groupWeight[g] ?? 0) + (weights ? (weights[row] ?? 0) : 1);
        break;
      }
      s = (s + 1) & mask;
    }
  }
  const out = columns.map((col) => Float64Array.from(representative, (r) => col[r] ?? NaN));
  return { columns: out, weight: Float64Array.from(groupWeight) };
}

/** Throws a RangeError naming the first row that no customer summary could have. */
function checkRfm(frequency: NumberArray, recency: NumberArray, age: NumberArray, weights: NumberArray | undefined): void {
  if (recency.length !== frequency.length || age.length !== frequency.length || (weights && weights.length !== frequency.length)) {
    throw new RangeError('frequency, recency, age (and weights) must have the same length');
  }
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i] ?? NaN;
    const tx = recency[i] ?? NaN;
    const T = age[i] ?? NaN;
    const where = `row ${i + 1} (frequency ${x}, recency ${tx}, age ${T})`;
    if (!(Number.isInteger(x) && x >= 0)) throw new RangeError(`${where}: frequency must be a whole number of repeat purchases, 0 or more`);
    if (!(T > 0 && Number.isFinite(T))) throw new RangeError(`${where}: age must be a positive, finite time`);
    if (!(tx >= 0 && tx <= T)) throw new RangeError(`${where}: recency must be between 0 and the age`);
    if (x === 0 && tx !== 0) throw new RangeError(`${where}: a customer without repeat purchases has recency 0`);
    if (weights && !((weights[i] ?? NaN) >= 0)) throw new RangeError(`${where}: weight must be 0 or more`);
  }
}

/** Compresses customers' (x, t_x, T) into distinct rows with weights, checking every row. */
export function compressRfm(
  timeUnit: TimeUnit,
  frequency: NumberArray,
  recency: NumberArray,
  age: NumberArray,
  weights?: NumberArray,
): WeightedRfmRows {
  checkRfm(frequency, recency, age, weights);
  const g = groupRows([frequency, recency, age], weights);
  const [f, r, a] = g.columns;
  return {
    timeUnit,
    frequency: f ?? new Float64Array(0),
    recency: r ?? new Float64Array(0),
    age: a ?? new Float64Array(0),
    weight: g.weight,
  };
}

/**
 * Compresses the spend model's input. Customers without repeat purchases carry no information
 * about spend per repeat purchase and are left out, as the model requires.
 */
export function compressSpend(frequency: NumberArray, meanSpend: NumberArray, weights?: NumberArray): WeightedSpendRows {
  if (meanSpend.length !== frequency.length || (weights && weights.length !== frequency.length)) {
    throw new RangeError('frequency, meanSpend (and weights) must have the same length');
  }
  const keep: number[] = [];
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i] ?? NaN;
    const m = meanSpend[i] ?? NaN;
    const where = `row ${i + 1} (frequency ${x}, mean spend ${m})`;
    if (!(Number.isInteger(x) && x >= 0)) throw new RangeError(`${where}: frequency must be a whole number of repeat purchases, 0 or more`);
    if (x === 0) continue;
    if (!(m > 0 && Number.isFinite(m))) throw new RangeError(`${where}: mean spend per repeat purchase must be positive`);
    keep.push(i);
  }
  const xs = Float64Array.from(keep, (i) => frequency[i] ?? NaN);
  const ms = Float64Array.from(keep, (i) => meanSpend[i] ?? NaN);
  const ws = weights ? Float64Array.from(keep, (i) => weights[i] ?? NaN) : undefined;
  const g = groupRows([xs, ms], ws);
  const [f, m] = g.columns;
  return { frequency: f ?? new Float64Array(0), meanSpend: m ?? new Float64Array(0), weight: g.weight };
}

/**
 * The distinct values of a column, and for each entry the index of its value among them, so
 * that per-value work (a logarithm that depends on a parameter) is done once per value.
 */
export function indexDistinct(values: NumberArray): { values: Float64Array; index: Int32Array } {
  const n = values.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const slot = new Int32Array(size).fill(-1);
  const distinct: number[] = [];
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? NaN;
    let s = mixNumber(0x811c9dc5, v) & mask;
    for (;;) {
      const g = slot[s] ?? -1;
      if (g < 0) {
        slot[s] = distinct.length;
        index[i] = distinct.length;
        distinct.push(v);
        break;
      }
      if (distinct[g] === v) {
        index[i] = g;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return { values: Float64Array.from(distinct), index };
}

/** Total weight: the number of customers the rows stand for. */
export function totalWeight(weight: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < weight.length; i++) sum += weight[i] ?? 0;
  return sum;
}
