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

/** A column as a fresh Float64Array with -0 turned into 0, so equal keys have equal bits. */
function normalised(col: NumberArray): Float64Array {
  const out = new Float64Array(col.length);
  for (let i = 0; i < col.length; i++) out[i] = (col[i] ?? NaN) + 0;
  return out;
}

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function finalMix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of row i over the columns' bit patterns (two 32-bit words per number). */
function rowHash(words: readonly Uint32Array[], i: number): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < words.length; c++) {
    const w = words[c] as Uint32Array;
    h = Math.imul(h ^ (w[2 * i] as number), 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 15) ^ (w[2 * i + 1] as number), 0x85ebca6b);
  }
  return finalMix(h);
}

/** Hash of a key stored in a table entry, the same function as rowHash. */
function entryHash(table: Float64Array, at: number, k: number, bits: Float64Array, word: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < k; c++) {
    bits[0] = table[at + c] as number;
    h = Math.imul(h ^ (word[0] as number), 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 15) ^ (word[1] as number), 0x85ebca6b);
  }
  return finalMix(h);
}

/**
 * Groups rows whose columns are all identical and sums their weights (1 each unless given).
 * Returns the distinct rows in order of first appearance and the column arrays of the groups.
 * The hash table holds each entry's key, weight and group together (one cache line per probe)
 * and grows with the number of groups, so data that compress well stay in cache.
 */
export function groupRows(columns: readonly NumberArray[], weights: NumberArray | undefined): { columns: Float64Array[]; weight: Float64Array } {
  const n = columns[0]?.length ?? 0;
  const k = columns.length;
  const cols = columns.map(normalised);
  const words = cols.map((c) => new Uint32Array(c.buffer, c.byteOffset, 2 * c.length));
  const stride = k + 2; // key..., weight, group + 1 (0: empty)
  const bits = new Float64Array(1);
  const word = new Uint32Array(bits.buffer);
  let capacity = 1024;
  let table: Float64Array = new Float64Array(capacity * stride);
  let groups = 0;
  for (let row = 0; row < n; row++) {
    const w = weights ? (weights[row] ?? 0) : 1;
    let mask = capacity - 1;
    let s = rowHash(words, row) & mask;
    for (;;) {
      const at = s * stride;
      const tag = table[at + k + 1] as number;
      if (tag === 0) {
        if (2 * (groups + 1) > capacity) {
          table = rehash(table, capacity, 2 * capacity, k, bits, word);
          capacity *= 2;
          mask = capacity - 1;
          s = rowHash(words, row) & mask;
          continue;
        }
        for (let c = 0; c < k; c++) table[at + c] = (cols[c] as Float64Array)[row] as number;
        table[at + k] = w;
        table[at + k + 1] = ++groups;
        break;
      }
      let same = true;
      for (let c = 0; c < k; c++) {
        if (table[at + c] !== (cols[c] as Float64Array)[row]) {
          same = false;
          break;
        }
      }
      if (same) {
        table[at + k] = (table[at + k] as number) + w;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  const out = cols.map(() => new Float64Array(groups));
  const weight = new Float64Array(groups);
  for (let s = 0; s < capacity; s++) {
    const at = s * stride;
    const tag = table[at + k + 1] as number;
    if (tag === 0) continue;
    for (let c = 0; c < k; c++) (out[c] as Float64Array)[tag - 1] = table[at + c] as number;
    weight[tag - 1] = table[at + k] as number;
  }
  return { columns: out, weight };
}

function rehash(old: Float64Array, oldCapacity: number, capacity: number, k: number, bits: Float64Array, word: Uint32Array): Float64Array {
  const stride = k + 2;
  const table = new Float64Array(capacity * stride);
  const mask = capacity - 1;
  for (let s = 0; s < oldCapacity; s++) {
    const from = s * stride;
    if (old[from + k + 1] === 0) continue;
    let t = entryHash(old, from, k, bits, word) & mask;
    while (table[t * stride + k + 1] !== 0) t = (t + 1) & mask;
    const to = t * stride;
    for (let c = 0; c < stride; c++) table[to + c] = old[from + c] as number;
  }
  return table;
}

/**
 * A customer summary no model can take (a recency above the age, a repeat buyer whose purchases
 * cost nothing...), named by its row: a problem of the data, which a fit reports as its result
 * (see isFitFailure), not a fault of the code. A RangeError still, as it always was.
 */
export class SummaryRowError extends RangeError {
  override readonly name = 'SummaryRowError';
}

/** Throws a SummaryRowError naming the first row that no customer summary could have. */
function checkRfm(frequency: NumberArray, recency: NumberArray, age: NumberArray, weights: NumberArray | undefined): void {
  if (recency.length !== frequency.length || age.length !== frequency.length || (weights && weights.length !== frequency.length)) {
    throw new RangeError('frequency, recency, age (and weights) must have the same length');
  }
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i] ?? NaN;
    const tx = recency[i] ?? NaN;
    const T = age[i] ?? NaN;
    const why = rfmRowProblem(x, tx, T, weights ? (weights[i] ?? NaN) : 1);
    if (why !== null) throw new SummaryRowError(`row ${i + 1} (frequency ${x}, recency ${tx}, age ${T}): ${why}`);
  }
}

/** What is wrong with one (x, t_x, T, weight) row, or null. */
function rfmRowProblem(x: number, tx: number, T: number, weight: number): string | null {
  if (!(Number.isInteger(x) && x >= 0)) return 'frequency must be a whole number of repeat purchases, 0 or more';
  if (!(T > 0 && T < Infinity)) return 'age must be a positive, finite time';
  if (!(tx >= 0 && tx <= T)) return 'recency must be between 0 and the age';
  if (x === 0 && tx !== 0) return 'a customer without repeat purchases has recency 0';
  if (!(weight >= 0)) return 'weight must be 0 or more';
  return null;
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
    if (x === 0) continue;
    if (!(Number.isInteger(x) && x > 0) || !(m > 0 && m < Infinity)) {
      const why = Number.isInteger(x) && x > 0 ? 'mean spend per repeat purchase must be positive' : 'frequency must be a whole number of repeat purchases, 0 or more';
      throw new SummaryRowError(`row ${i + 1} (frequency ${x}, mean spend ${m}): ${why}`);
    }
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
  const col = normalised(values);
  const words = [new Uint32Array(col.buffer, col.byteOffset, 2 * n)];
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const slot = new Int32Array(size).fill(-1);
  const distinct = new Float64Array(n);
  const index = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = col[i] as number;
    let s = rowHash(words, i) & mask;
    for (;;) {
      const g = slot[s] as number;
      if (g < 0) {
        slot[s] = count;
        index[i] = count;
        distinct[count++] = v;
        break;
      }
      if (distinct[g] === v) {
        index[i] = g;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return { values: distinct.slice(0, count), index };
}

/** Total weight: the number of customers the rows stand for. */
export function totalWeight(weight: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < weight.length; i++) sum += weight[i] ?? 0;
  return sum;
}
