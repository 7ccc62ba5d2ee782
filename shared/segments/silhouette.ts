import { createRng } from '../random/rng';
import type { FeatureMatrix } from './features';
import { rowsBySegment, segmentCountOf, type Labels } from './labels';

/**
 * Silhouette (Rousseeuw 1987). For row i in segment A: a = mean distance to the other rows of A,
 * b = the lowest, over the other segments, of the mean distance to that segment's rows,
 * s = (b − a) / max(a, b), in −1..1. A row alone in its segment scores 0 (Rousseeuw's
 * convention). Distances are Euclidean in the matrix's units.
 *
 * Exact (all pairs, O(n²)) up to exactMaxRows rows; above that it is the exact silhouette of a
 * seeded sample stratified by segment, so large customer bases take seconds, not hours.
 */
export interface SilhouetteOptions {
  /** Largest number of rows computed exactly. Default 5,000. */
  exactMaxRows?: number;
  /** Rows in the stratified sample above that. Default 5,000. */
  sampleSize?: number;
  /** Seed of the sample. Default 1. */
  seed?: number;
}

export interface SegmentSilhouette {
  segment: number;
  /** Rows of the segment that were scored (all of them when exact). */
  scored: number;
  /** Mean silhouette of those rows; NaN for a segment without customers. */
  mean: number;
}

export interface SilhouetteResult {
  /** Mean over the scored rows; NaN with fewer than two non-empty segments. */
  mean: number;
  perSegment: SegmentSilhouette[];
  /** Rows scored: every row when exact, else the sample's size. */
  sampleSize: number;
  exact: boolean;
}

export function silhouette(matrix: FeatureMatrix, labels: Labels, options: SilhouetteOptions = {}): SilhouetteResult {
  const n = matrix.rows;
  const labelCount = segmentCountOf(labels, n);
  const exactMaxRows = options.exactMaxRows ?? 5000;
  const exact = n <= exactMaxRows;
  const rows = exact ? Int32Array.from({ length: n }, (_, i) => i) : stratifiedSample(labels, labelCount, options.sampleSize ?? 5000, options.seed ?? 1);
  const scores = silhouetteValues(matrix, labels, labelCount, rows);
  const sampleSize = rows.length;

  const sums = new Float64Array(labelCount);
  const counts = new Int32Array(labelCount);
  let nonEmpty = 0;
  let total = 0;
  for (let r = 0; r < sampleSize; r++) {
    const s = labels[rows[r]!]!;
    if (counts[s] === 0) nonEmpty += 1;
    sums[s]! += scores[r]!;
    counts[s]! += 1;
    total += scores[r]!;
  }
  const perSegment = Array.from({ length: labelCount }, (_, segment) => ({
    segment,
    scored: counts[segment]!,
    mean: counts[segment]! > 0 && nonEmpty > 1 ? sums[segment]! / counts[segment]! : NaN,
  }));
  // A 'sample' that took every row (sampleSize ≥ n) is the exact figure.
  return { mean: nonEmpty > 1 ? total / sampleSize : NaN, perSegment, sampleSize, exact: exact || sampleSize === n };
}

/**
 * Silhouette of each of the given rows, computed within that set of rows. Each pair is visited
 * once: its distance is added to both rows' per-segment sums.
 */
function silhouetteValues(matrix: FeatureMatrix, labels: Labels, labelCount: number, rows: Int32Array): Float64Array {
  const { columns: d } = matrix;
  const m = rows.length;
  const k = labelCount;
  // The scored rows packed together, and their segments, so the O(m²) loop reads contiguously.
  const x = new Float64Array(m * d);
  const seg = new Int32Array(m);
  for (let r = 0; r < m; r++) {
    const i = rows[r]!;
    x.set(matrix.values.subarray(i * d, i * d + d), r * d);
    seg[r] = labels[i]!;
  }
  const distSums = new Float64Array(m * k);
  const sizes = new Int32Array(k);
  for (let r = 0; r < m; r++) sizes[seg[r]!]! += 1;
  for (let p = 0; p < m; p++) {
    const ip = p * d;
    const sp = seg[p]!;
    for (let q = p + 1; q < m; q++) {
      const iq = q * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = x[ip + j]! - x[iq + j]!;
        s += diff * diff;
      }
      const dist = Math.sqrt(s);
      distSums[p * k + seg[q]!]! += dist;
      distSums[q * k + sp]! += dist;
    }
  }
  const out = new Float64Array(m);
  for (let p = 0; p < m; p++) {
    const own = seg[p]!;
    if (sizes[own]! < 2) continue; // alone in its segment: 0
    const a = distSums[p * k + own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c === own || sizes[c] === 0) continue;
      const mean = distSums[p * k + c]! / sizes[c]!;
      if (mean < b) b = mean;
    }
    if (b === Infinity) continue; // only one segment: undefined, reported as NaN above
    const denominator = Math.max(a, b);
    out[p] = denominator > 0 ? (b - a) / denominator : 0;
  }
  return out;
}

/**
 * A seeded sample of about sampleSize rows with each segment in proportion to its size
 * (largest remainders decide the rounding; ties to the lower segment number), and at least two
 * rows of every segment that has two, so a small segment is still scored. Rows are drawn without
 * replacement by a partial Fisher–Yates shuffle per segment and returned in ascending order.
 */
export function stratifiedSample(labels: Labels, labelCount: number, sampleSize: number, seed: number): Int32Array {
  const n = labels.length;
  if (!Number.isInteger(sampleSize) || sampleSize < 2) throw new RangeError(`The silhouette sample needs at least 2 rows (got ${sampleSize}).`);
  const groups = rowsBySegment(labels, labelCount);
  const target = Math.min(sampleSize, n);
  const quota = groups.map((g) => Math.floor((target * g.length) / n));
  const remainders = groups.map((g, s) => ({ s, r: (target * g.length) / n - quota[s]! }));
  let left = target - quota.reduce((a, b) => a + b, 0);
  remainders.sort((p, q) => q.r - p.r || p.s - q.s);
  for (const { s } of remainders) {
    if (left <= 0) break;
    quota[s]! += 1;
    left -= 1;
  }
  const rng = createRng(seed, 0);
  const picked: number[] = [];
  groups.forEach((group, s) => {
    const take = Math.min(group.length, Math.max(quota[s]!, 2));
    const pool = Int32Array.from(group);
    for (let t = 0; t < take; t++) {
      const u = t + Math.floor(rng.next() * (pool.length - t));
      const chosen = pool[u]!;
      pool[u] = pool[t]!;
      pool[t] = chosen;
      picked.push(chosen);
    }
  });
  return Int32Array.from(picked).sort();
}
