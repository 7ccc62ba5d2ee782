import { createRng, mixSeed } from '../random/rng';
import { selectRows, type FeatureMatrix } from './features';
import { assignToCentroids, kmeans, type KMeansOptions } from './kmeans';
import type { Labels } from './labels';

/**
 * Adjusted Rand index (Hubert & Arabie 1985) between two labellings of the same rows: 1 for the
 * same partition (whatever the numbers), about 0 for unrelated ones, negative when they agree
 * less than chance. From the contingency table n_ij:
 *   index = Σ C(n_ij, 2),  a = Σ C(row sum, 2),  b = Σ C(column sum, 2),
 *   expected = a·b / C(n, 2),  ARI = (index − expected) / ((a + b)/2 − expected).
 * When both labellings are trivial in the same way (all in one segment, or all singletons) the
 * denominator is 0 and the partitions are identical: 1.
 */
export function adjustedRandIndex(first: Labels, second: Labels): number {
  const n = first.length;
  if (second.length !== n) throw new RangeError(`The labellings differ in length (${n} and ${second.length}).`);
  const a = denseCodes(first);
  const b = denseCodes(second);
  const table = new Float64Array(a.count * b.count);
  const rowSums = new Float64Array(a.count);
  const colSums = new Float64Array(b.count);
  for (let i = 0; i < n; i++) {
    const r = a.codes[i]!;
    const c = b.codes[i]!;
    table[r * b.count + c]! += 1;
    rowSums[r]! += 1;
    colSums[c]! += 1;
  }
  const pairs = (m: number): number => (m * (m - 1)) / 2;
  let index = 0;
  for (const m of table) index += pairs(m);
  let sumA = 0;
  for (const m of rowSums) sumA += pairs(m);
  let sumB = 0;
  for (const m of colSums) sumB += pairs(m);
  const allPairs = pairs(n);
  if (allPairs === 0) return 1;
  const expected = (sumA * sumB) / allPairs;
  const maximum = (sumA + sumB) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}

/** Labels up to this value are renumbered through a table instead of a map. */
const TABLE_LABELS = 1 << 16;

/** The labels renumbered 0..count-1 in order of first appearance (labels may be any numbers). */
function denseCodes(labels: Labels): { codes: Int32Array; count: number } {
  const n = labels.length;
  const codes = new Int32Array(n);
  // Segment numbers (small whole numbers from 0), the usual case: a table, no hashing.
  let small = true;
  let max = -1;
  for (let i = 0; i < n; i++) {
    const label = labels[i]!;
    if (!(Number.isInteger(label) && label >= 0 && label < TABLE_LABELS)) {
      small = false;
      break;
    }
    if (label > max) max = label;
  }
  if (small) {
    const table = new Int32Array(max + 1).fill(-1);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const label = labels[i]!;
      let code = table[label]!;
      if (code < 0) {
        code = count++;
        table[label] = code;
      }
      codes[i] = code;
    }
    return { codes, count };
  }
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const label = labels[i]!;
    let code = seen.get(label);
    if (code === undefined) {
      code = seen.size;
      seen.set(label, code);
    }
    codes[i] = code;
  }
  return { codes, count: seen.size };
}

export interface StabilityOptions {
  k: number;
  seed: number;
  /** Bootstrap resamples B. Default 20. */
  resamples?: number;
  /** Rows drawn (with replacement) per resample. Default: all n; lower it to save time on large bases. */
  resampleSize?: number;
  /** k-means settings for the re-clustering. Default 3 restarts. */
  restarts?: number;
  maxIterations?: number;
  tolerance?: number;
  /** Told after each resample is re-clustered and compared. */
  onResample?: (resample: number) => void;
}

export interface StabilityResult {
  resamples: number;
  resampleSize: number;
  /** ARI of each resample's segments with the reference labels, over all rows. */
  ari: number[];
  meanAri: number;
  minAri: number;
}

/**
 * Stability of a segmentation under resampling. Each resample draws rows with replacement
 * (seeded: resample b draws from createRng(seed, b)), re-runs k-means on them, places every
 * row of the full data at the nearest of the new centroids, and compares that labelling with
 * the reference labels by the adjusted Rand index. Comparing on all rows, not only the drawn
 * ones, makes every resample's figure cover the same customers. Segments that come back the
 * same each time give values near 1; values well below ~0.75 mean the split is an accident of
 * the sample.
 */
export function bootstrapStability(matrix: FeatureMatrix, reference: Labels, options: StabilityOptions): StabilityResult {
  const n = matrix.rows;
  if (reference.length !== n) throw new RangeError(`There are ${reference.length} reference labels for ${n} customers.`);
  const resamples = options.resamples ?? 20;
  const resampleSize = options.resampleSize ?? n;
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a whole number of at least 1 (got ${resamples}).`);
  if (!Number.isInteger(resampleSize) || resampleSize < options.k) {
    throw new RangeError(`Each resample needs a whole number of at least k = ${options.k} rows (got ${resampleSize}).`);
  }
  const drawn = new Int32Array(resampleSize);
  const ari: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const rng = createRng(options.seed, b);
    for (let r = 0; r < resampleSize; r++) drawn[r] = Math.min(n - 1, Math.floor(rng.next() * n));
    const kmeansOptions: KMeansOptions = {
      k: options.k,
      // Its own seed per resample, apart from the streams that drew the rows.
      seed: mixSeed(options.seed, 0x5eed0000 + b),
      restarts: options.restarts ?? 3,
      ...(options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations }),
      ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
    };
    const fit = kmeans(selectRows(matrix, drawn), kmeansOptions);
    ari.push(adjustedRandIndex(reference, assignToCentroids(matrix, fit.centroids)));
    options.onResample?.(b);
  }
  return { resamples, resampleSize, ari, meanAri: ari.reduce((s, v) => s + v, 0) / ari.length, minAri: Math.min(...ari) };
}
