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
  picked.sort();
  const mid = m >> 1;
  const median = m % 2 === 1 ? picked[mid]! : (picked[mid - 1]! + picked[mid]!) / 2;
  return { mean: sum / m, median };
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
