import { columnValues, type FeatureColumn, type FeatureMatrix } from './features';
import { rowsBySegment, segmentCountOf, type Labels } from './labels';

/**
 * The table that says what each segment is: its size and share, and per feature its mean and
 * median in the feature's original units (pass the original columns or matrix, not the z-scores).
 */
export interface FeatureSummary {
  name: string;
  mean: number;
  median: number;
}

export interface SegmentProfile {
  /** Segment number; -1 for the row of all customers. */
  segment: number;
  name: string;
  size: number;
  share: number;
  features: FeatureSummary[];
}

export interface ProfileTable {
  segments: SegmentProfile[];
  overall: SegmentProfile;
}

export const ALL_CUSTOMERS = 'All customers';

export function defaultSegmentNames(k: number): string[] {
  return Array.from({ length: k }, (_, s) => `Segment ${s + 1}`);
}

export function segmentProfiles(data: FeatureMatrix | readonly FeatureColumn[], labels: Labels, names?: readonly string[]): ProfileTable {
  const columns = isMatrix(data) ? matrixColumns(data) : data;
  const n = labels.length;
  for (const c of columns) if (c.values.length !== n) throw new RangeError(`Feature "${c.name}" has ${c.values.length} values for ${n} customers.`);
  const k = segmentCountOf(labels, n);
  const segmentNames = names ?? defaultSegmentNames(k);
  if (segmentNames.length < k) throw new RangeError(`There are ${segmentNames.length} segment names for ${k} segment numbers.`);
  const groups = rowsBySegment(labels, k);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const describe = (segment: number, name: string, rows: Int32Array): SegmentProfile => ({
    segment,
    name,
    size: rows.length,
    share: n > 0 ? rows.length / n : NaN,
    features: columns.map((c) => ({ name: c.name, ...meanAndMedian(c.values, rows) })),
  });
  return {
    segments: groups.map((rows, s) => describe(s, segmentNames[s]!, rows)),
    overall: describe(-1, ALL_CUSTOMERS, all),
  };
}

function isMatrix(data: FeatureMatrix | readonly FeatureColumn[]): data is FeatureMatrix {
  return !Array.isArray(data);
}

function matrixColumns(m: FeatureMatrix): FeatureColumn[] {
  return m.names.map((name, j) => ({ name, values: columnValues(m, j) }));
}

/** Mean and median (the mean of the two middle values for an even count); NaN for no rows. */
function meanAndMedian(values: ArrayLike<number>, rows: Int32Array): { mean: number; median: number } {
  const m = rows.length;
  if (m === 0) return { mean: NaN, median: NaN };
  const picked = new Float64Array(m);
  let sum = 0;
  for (let r = 0; r < m; r++) {
    const v = values[rows[r]!]!;
    picked[r] = v;
    sum += v;
  }
  return { mean: sum / m, median: medianInPlace(picked) };
}

/**
 * The median of the values (reordering them): the middle one, or the mean of the two middle ones
 * for an even count; the same numbers a sort gives, found by selection in linear time.
 */
export function medianInPlace(a: Float64Array): number {
  const m = a.length;
  if (m === 0) return NaN;
  const mid = m >> 1;
  const upper = selectInPlace(a, mid);
  if (m % 2 === 1) return upper;
  // After the selection everything before mid is at most a[mid]: the lower middle value is their largest.
  let lower = a[0]!;
  for (let i = 1; i < mid; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/** Below this many values, insertion sort finishes a range. */
const INSERTION_SORT_BELOW = 24;

/**
 * Puts the k-th smallest value (0-based) at position k, the values at most it before and those
 * at least it after, and returns it. Quickselect with a median-of-three pivot and a three-way
 * partition (customer figures hold long runs of equal values: counts, whole days); should the
 * ranges stop shrinking fast (a pathological order), the range left is sorted instead, so the
 * worst case stays O(m log m).
 */
function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let budget = 2 * Math.ceil(Math.log2(a.length + 1)) + 8;
  while (hi - lo >= INSERTION_SORT_BELOW) {
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return a[k]!;
    }
    const pivot = medianOfThree(a[lo]!, a[(lo + hi) >>> 1]!, a[hi]!);
    // Three-way partition of [lo, hi]: [lo, lt) < pivot, [lt, i) = pivot, (gt, hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i]!;
      if (v < pivot) {
        a[i] = a[lt]!;
        a[lt] = v;
        lt++;
        i++;
      } else if (v > pivot) {
        a[i] = a[gt]!;
        a[gt] = v;
        gt--;
      } else {
        i++;
      }
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  return a[k]!;
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}

/** A new list of names with one segment renamed. */
export function renameSegment(names: readonly string[], segment: number, name: string): string[] {
  if (!Number.isInteger(segment) || segment < 0 || segment >= names.length) throw new RangeError(`There is no segment ${segment} (segments 0 to ${names.length - 1}).`);
  const trimmed = name.trim();
  if (trimmed === '') throw new RangeError('A segment needs a name.');
  return names.map((old, s) => (s === segment ? trimmed : old));
}

export interface MergedSegments {
  labels: Int32Array;
  names: string[];
  /** New segment number of each old one. */
  mapping: Int32Array;
}

/**
 * Merges segments into one named segment. The merged segment takes the place of the lowest of
 * the merged numbers; the segments after the others move up, so numbers stay 0..k-1 and the
 * order of the rest is kept. E.g. names [A, B, C, D, E], merge [2, 3] as "Vulnerable" gives
 * [A, B, Vulnerable, E] and old 4 becomes 3.
 */
export function mergeSegments(labels: Labels, names: readonly string[], segments: readonly number[], name: string): MergedSegments {
  const k = names.length;
  const merged = [...new Set(segments)].sort((a, b) => a - b);
  if (merged.length < 2) throw new RangeError('Choose at least two different segments to merge.');
  for (const s of merged) if (!Number.isInteger(s) || s < 0 || s >= k) throw new RangeError(`There is no segment ${s} (segments 0 to ${k - 1}).`);
  const trimmed = name.trim();
  if (trimmed === '') throw new RangeError('The merged segment needs a name.');
  const target = merged[0]!;
  const mapping = new Int32Array(k);
  const newNames: string[] = [];
  for (let s = 0; s < k; s++) {
    if (s === target) {
      mapping[s] = newNames.length;
      newNames.push(trimmed);
    } else if (merged.includes(s)) {
      mapping[s] = -1; // filled below, once the target's number is known
    } else {
      mapping[s] = newNames.length;
      newNames.push(names[s]!);
    }
  }
  for (const s of merged) mapping[s] = mapping[target]!;
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const s = labels[i]!;
    if (!Number.isInteger(s) || s < 0 || s >= k) throw new RangeError(`Row ${i} has segment ${s}, which has no name.`);
    out[i] = mapping[s]!;
  }
  return { labels: out, names: newNames, mapping };
}
