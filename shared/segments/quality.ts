import type { FeatureMatrix } from './features';
import { segmentCountOf, type Labels } from './labels';
import { silhouette, type SilhouetteOptions, type SilhouetteResult } from './silhouette';

/**
 * How well a labelling separates the customers, measured in the matrix's own units (z-scores
 * when it was standardised, so every feature weighs the same). Segment numbers without
 * customers are skipped: k below is the number of non-empty segments.
 */
export interface SegmentSums {
  /** Segment numbers (largest label + 1), including any without customers. */
  labelCount: number;
  /** Non-empty segments. */
  k: number;
  sizes: Int32Array;
  /** labelCount rows × d, the mean of each segment (NaN for an empty one). */
  centroids: Float64Array;
  grandMean: Float64Array;
  /** Per segment: sum of squared distances of its rows to its centroid. */
  withinSSBySegment: Float64Array;
  withinSS: number;
  /** Sum over segments of size × squared distance of the centroid to the grand mean. */
  betweenSS: number;
  /** Sum of squared distances of all rows to the grand mean (= within + between). */
  totalSS: number;
}

export function segmentSums(matrix: FeatureMatrix, labels: Labels): SegmentSums {
  const { rows: n, columns: d, values: x } = matrix;
  const labelCount = segmentCountOf(labels, n);
  const sizes = new Int32Array(labelCount);
  const centroids = new Float64Array(labelCount * d);
  const grandMean = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const s = labels[i]!;
    sizes[s]! += 1;
    for (let j = 0; j < d; j++) {
      centroids[s * d + j]! += x[i * d + j]!;
      grandMean[j]! += x[i * d + j]!;
    }
  }
  let k = 0;
  for (let s = 0; s < labelCount; s++) {
    const size = sizes[s]!;
    if (size > 0) k += 1;
    for (let j = 0; j < d; j++) centroids[s * d + j] = size > 0 ? centroids[s * d + j]! / size : NaN;
  }
  for (let j = 0; j < d; j++) grandMean[j] = n > 0 ? grandMean[j]! / n : NaN;

  const withinSSBySegment = new Float64Array(labelCount);
  let withinSS = 0;
  let totalSS = 0;
  for (let i = 0; i < n; i++) {
    const s = labels[i]!;
    let w = 0;
    let t = 0;
    for (let j = 0; j < d; j++) {
      const v = x[i * d + j]!;
      const dw = v - centroids[s * d + j]!;
      const dt = v - grandMean[j]!;
      w += dw * dw;
      t += dt * dt;
    }
    withinSSBySegment[s]! += w;
    withinSS += w;
    totalSS += t;
  }
  let betweenSS = 0;
  for (let s = 0; s < labelCount; s++) {
    const size = sizes[s]!;
    if (size === 0) continue;
    let b = 0;
    for (let j = 0; j < d; j++) {
      const diff = centroids[s * d + j]! - grandMean[j]!;
      b += diff * diff;
    }
    betweenSS += size * b;
  }
  return { labelCount, k, sizes, centroids, grandMean, withinSSBySegment, withinSS, betweenSS, totalSS };
}

/** Share of variance explained, R² = between-segment SS / total SS (0..1; NaN when all rows are equal). */
export function varianceExplained(sums: SegmentSums): number {
  return sums.totalSS > 0 ? sums.betweenSS / sums.totalSS : NaN;
}

/**
 * Calinski–Harabasz (1974): (between SS / (k − 1)) / (within SS / (n − k)); higher is better.
 * NaN when k < 2 or n ≤ k (undefined); Infinity when every row sits exactly on its centroid.
 */
export function calinskiHarabasz(sums: SegmentSums, rows: number): number {
  const { k } = sums;
  if (k < 2 || rows <= k) return NaN;
  if (sums.withinSS === 0) return sums.betweenSS > 0 ? Infinity : NaN;
  return sums.betweenSS / (k - 1) / (sums.withinSS / (rows - k));
}

/**
 * Davies–Bouldin (1979): the mean over segments of max over other segments of
 * (S_i + S_j) / M_ij, where S is a segment's mean (not squared) distance of its rows to its
 * centroid and M the distance between the two centroids; lower is better. NaN when k < 2;
 * Infinity when two segments share a centroid.
 */
export function daviesBouldin(matrix: FeatureMatrix, labels: Labels, sums: SegmentSums): number {
  const { rows: n, columns: d, values: x } = matrix;
  const { labelCount, sizes, centroids } = sums;
  if (sums.k < 2) return NaN;
  const scatter = new Float64Array(labelCount);
  for (let i = 0; i < n; i++) {
    const s = labels[i]!;
    let w = 0;
    for (let j = 0; j < d; j++) {
      const diff = x[i * d + j]! - centroids[s * d + j]!;
      w += diff * diff;
    }
    scatter[s]! += Math.sqrt(w);
  }
  for (let s = 0; s < labelCount; s++) if (sizes[s]! > 0) scatter[s] = scatter[s]! / sizes[s]!;
  let total = 0;
  for (let a = 0; a < labelCount; a++) {
    if (sizes[a] === 0) continue;
    let worst = 0;
    for (let b = 0; b < labelCount; b++) {
      if (b === a || sizes[b] === 0) continue;
      let m = 0;
      for (let j = 0; j < d; j++) {
        const diff = centroids[a * d + j]! - centroids[b * d + j]!;
        m += diff * diff;
      }
      const ratio = m > 0 ? (scatter[a]! + scatter[b]!) / Math.sqrt(m) : Infinity;
      if (ratio > worst) worst = ratio;
    }
    total += worst;
  }
  return total / sums.k;
}

export interface SegmentQuality {
  /** Non-empty segments. */
  k: number;
  rows: number;
  silhouette: SilhouetteResult;
  calinskiHarabasz: number;
  daviesBouldin: number;
  /** Between-segment SS / total SS. */
  rSquared: number;
  withinSS: number;
  betweenSS: number;
  totalSS: number;
  /** The smallest non-empty segment's share of all rows. */
  smallestSegmentShare: number;
}

/** All the measures for one labelling. */
export function segmentQuality(matrix: FeatureMatrix, labels: Labels, options: SilhouetteOptions = {}): SegmentQuality {
  const sums = segmentSums(matrix, labels);
  let smallest = Infinity;
  for (const size of sums.sizes) if (size > 0 && size < smallest) smallest = size;
  return {
    k: sums.k,
    rows: matrix.rows,
    silhouette: silhouette(matrix, labels, options),
    calinskiHarabasz: calinskiHarabasz(sums, matrix.rows),
    daviesBouldin: daviesBouldin(matrix, labels, sums),
    rSquared: varianceExplained(sums),
    withinSS: sums.withinSS,
    betweenSS: sums.betweenSS,
    totalSS: sums.totalSS,
    smallestSegmentShare: matrix.rows > 0 ? smallest / matrix.rows : NaN,
  };
}
