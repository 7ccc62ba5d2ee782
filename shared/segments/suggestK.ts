import type { FeatureMatrix } from './features';
import { kmeans } from './kmeans';
import { segmentQuality, type SegmentQuality } from './quality';
import type { SilhouetteOptions } from './silhouette';

export interface KCandidate {
  k: number;
  quality: SegmentQuality;
  /** The k-means run's within-segment sum of squares (for an elbow chart). */
  withinSS: number;
}

export interface KSuggestion {
  /** The suggested number of segments, or null when no k could be scored. */
  k: number | null;
  candidates: KCandidate[];
  /** The rule, in words, for the UI. */
  rule: string;
}

export interface SuggestKOptions extends SilhouetteOptions {
  /** k-means restarts per k. Default 4. */
  restarts?: number;
  /** Silhouettes this close to the best count as a tie, won by the smaller k. Default 0.02. */
  tolerance?: number;
  /** Told after each k is run and measured. */
  onCandidate?: (k: number) => void;
}

/**
 * Runs k-means for each k (the same seed for each) and measures the result.
 *
 * The rule: the k with the highest mean silhouette, except that any smaller k whose silhouette
 * is within `tolerance` (default 0.02) of that best wins instead. Differences that small are
 * within the noise of the sample and the k-means start, and a loyalty plan per segment costs
 * more to design and run with every extra segment, so the simpler split is preferred.
 * The other measures (Calinski–Harabasz, Davies–Bouldin, R²) are reported for the user to weigh,
 * not used by the rule: R² and the within SS always improve with k, and CH favours small k.
 */
export function suggestK(matrix: FeatureMatrix, kRange: readonly number[] | { from: number; to: number }, seed: number, options: SuggestKOptions = {}): KSuggestion {
  const ks = Array.isArray(kRange) ? [...(kRange as readonly number[])] : rangeOf(kRange as { from: number; to: number });
  for (const k of ks) {
    if (!Number.isInteger(k) || k < 2) throw new RangeError(`Each k must be a whole number of at least 2: the silhouette needs two segments (got ${k}).`);
  }
  const sorted = [...new Set(ks)].sort((a, b) => a - b).filter((k) => k <= matrix.rows);
  const tolerance = options.tolerance ?? 0.02;
  const candidates = sorted.map((k) => {
    const fit = kmeans(matrix, { k, seed, restarts: options.restarts ?? 4 });
    const candidate = { k, quality: segmentQuality(matrix, fit.labels, { ...options, seed }), withinSS: fit.withinSS };
    options.onCandidate?.(k);
    return candidate;
  });
  const scored = candidates.filter((c) => Number.isFinite(c.quality.silhouette.mean));
  const rule = `The number of segments with the highest mean silhouette; a smaller number whose silhouette is within ${tolerance} of the best is preferred.`;
  if (scored.length === 0) return { k: null, candidates, rule };
  const best = Math.max(...scored.map((c) => c.quality.silhouette.mean));
  const chosen = scored.find((c) => c.quality.silhouette.mean >= best - tolerance)!;
  return { k: chosen.k, candidates, rule };
}

function rangeOf(range: { from: number; to: number }): number[] {
  const out: number[] = [];
  for (let k = range.from; k <= range.to; k++) out.push(k);
  return out;
}
