import type { SegmentRequest } from '../../../shared/contract/segmentSchemas';
import type { SegmentationResult, SegmentSummary } from '../../../shared/domain/segmentation';
import { fitBgNbd } from '../../../shared/models/bgnbd';
import { compressRfm } from '../../../shared/models/compress';
import { featureMatrixFromColumns, selectRows, standardise, type FeatureColumn } from '../../../shared/segments/features';
import { kmeans } from '../../../shared/segments/kmeans';
import { segmentProfiles, type SegmentProfile } from '../../../shared/segments/profile';
import { segmentQuality } from '../../../shared/segments/quality';
import { rfmGrid } from '../../../shared/segments/rfm';
import { bootstrapStability } from '../../../shared/segments/stability';
import { suggestK } from '../../../shared/segments/suggestK';
import { valueTiers } from '../../../shared/segments/tiers';
import { chiSquareSurvival } from '../../../shared/stats/chiSquare';
import { valueCustomers } from '../models/valueCustomers';

/** Per customer, what segmentation works from (typed arrays in customer order). */
export interface SegmentInput {
  calibrationEnd: string;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  meanRepeatSpend: Float64Array;
  totalSpend: Float64Array;
  daysSinceLastPurchase: Float64Array;
  /** Gross margin share of the workspace's sales, used when the request names none. */
  workspaceMargin: number;
}

/** Rows used to suggest k: silhouettes over all k are costly, and a sample of this size is enough to rank them. */
const SUGGEST_K_ROWS = 4000;

/**
 * Segments customers by value tiers, an RFM grid or k-means, and measures how good the segments
 * are: silhouette, Calinski-Harabasz, Davies-Bouldin, variance explained, stability (k-means),
 * and a likelihood-ratio test of per-segment against pooled BG/NBD fits. Runs in a model worker.
 */
export function segmentCustomers(
  input: SegmentInput,
  request: SegmentRequest,
  given?: { labels: Int32Array; names: string[] },
): { result: SegmentationResult; labels: Int32Array } {
  const margin = request.value.margin ?? input.workspaceMargin;
  const value = valueCustomers(request.unit, input.x, input.tx, input.T, input.meanRepeatSpend, { ...request.value, margin });
  const n = input.x.length;
  const purchases = Float64Array.from(input.x, (v) => v + 1);
  const features: FeatureColumn[] = [
    { name: 'Lifetime value', values: value.clv },
    { name: 'Probability alive', values: value.probabilityAlive },
    { name: 'Purchases', values: purchases },
    { name: 'Days since last purchase', values: input.daysSinceLastPurchase },
    { name: 'Total spend', values: input.totalSpend },
    { name: 'Expected spend per purchase', values: value.expectedSpend },
  ];
  const raw = featureMatrixFromColumns(features);
  const { matrix } = standardise(raw, { log1p: ['Lifetime value', 'Purchases', 'Total spend', 'Expected spend per purchase'] });

  let labels: Int32Array;
  let names: string[];
  let suggestion: SegmentationResult['suggestion'] = null;
  let stability: SegmentationResult['stability'] = null;
  if (given) {
    // A merged or otherwise edited segmentation: the segments are the user's; the figures are recomputed.
    labels = given.labels;
    names = given.names;
  } else if (request.method === 'tiers') {
    const tiers = valueTiers(value.clv);
    labels = tiers.tiers;
    names = tiers.summary.map((t) => t.name);
  } else if (request.method === 'rfm') {
    const grid = rfmGrid({ daysSinceLastPurchase: input.daysSinceLastPurchase, purchaseCount: purchases, monetary: input.totalSpend });
    labels = grid.cell;
    names = grid.cells.map((c) => c.name);
  } else {
    let k = request.k;
    if (k === undefined) {
      const step = Math.max(1, Math.floor(n / SUGGEST_K_ROWS));
      const rows = Int32Array.from({ length: Math.ceil(n / step) }, (_, i) => i * step);
      const s = suggestK(selectRows(matrix, rows), { from: 2, to: 8 }, request.seed, { restarts: 3 });
      suggestion = { k: s.k, rule: s.rule, candidates: s.candidates.map((c) => ({ k: c.k, silhouette: c.quality.silhouette.mean })) };
      k = s.k ?? 4;
    }
    const result = kmeans(matrix, { k, seed: request.seed, order: { by: 'values', values: value.clv } });
    labels = result.labels;
    names = Array.from({ length: k }, (_, i) => `Segment ${i + 1}`);
    const st = bootstrapStability(matrix, labels, { k, seed: request.seed, resamples: 8, resampleSize: Math.min(n, 20_000) });
    stability = { meanAri: st.meanAri, minAri: st.minAri, resamples: st.ari.length };
  }
  if (given && request.method === 'kmeans') stability = null;

  const quality = segmentQuality(matrix, labels, { seed: request.seed });
  const profile = segmentProfiles(raw, labels, names);
  const toSummary = (p: SegmentProfile): SegmentSummary => ({ segment: p.segment, name: p.name, size: p.size, share: p.share, features: p.features });
  const result: SegmentationResult = {
    segmentationId: null,
    method: request.method,
    k: quality.k,
    calibrationEnd: input.calibrationEnd,
    segments: profile.segments.filter((s) => s.size > 0).map(toSummary),
    overall: toSummary(profile.overall),
    quality: {
      silhouette: quality.silhouette.mean,
      silhouetteSampleSize: quality.silhouette.sampleSize,
      calinskiHarabasz: quality.calinskiHarabasz,
      daviesBouldin: quality.daviesBouldin,
      rSquared: quality.rSquared,
      smallestSegmentShare: quality.smallestSegmentShare,
    },
    stability,
    suggestion,
    ...perSegmentModels(input, labels, request.unit),
    points: scatterSample(n).map((i) => ({ segment: labels[i]!, lifetimeValue: value.clv[i]!, daysSinceLastPurchase: input.daysSinceLastPurchase[i]!, purchases: purchases[i]! })),
    valueModel: { purchase: value.purchaseModel, spend: value.spendModel, margin, horizonMonths: request.value.horizonMonths, discountRatePerYear: request.value.discountRatePerYear },
    warnings: value.warnings,
  };
  return { result, labels };
}

/** Every k-th customer, so at most SCATTER_POINTS of them, the same ones every time. */
function scatterSample(n: number): number[] {
  const step = Math.max(1, Math.ceil(n / SCATTER_POINTS));
  return Array.from({ length: Math.ceil(n / step) }, (_, i) => i * step);
}
const SCATTER_POINTS = 2000;

/**
 * 2 (sum of per-segment log-likelihoods - pooled log-likelihood), chi-square with 4 (k - 1)
 * degrees of freedom: a small p-value says the segments' purchase and dropout behaviour differ,
 * so simulating them separately matters. Segments too small or without repeat buyers to fit are
 * left out of the test (null when fewer than two remain).
 */
function perSegmentModels(
  input: SegmentInput,
  labels: Int32Array,
  unit: SegmentRequest['unit'],
): Pick<SegmentationResult, 'likelihoodRatio' | 'segmentModels' | 'pooledModel'> {
  const bySegment = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) if (input.T[i]! > 0) (bySegment.get(labels[i]!) ?? bySegment.set(labels[i]!, []).get(labels[i]!)!).push(i);
  const fit = (rows: number[]) => {
    const pick = (a: Float64Array) => Float64Array.from(rows, (i) => a[i]!);
    return fitBgNbd(compressRfm(unit, pick(input.x), pick(input.tx), pick(input.T)));
  };
  let separate = 0;
  const segmentModels: SegmentationResult['segmentModels'] = [];
  const used: number[] = [];
  for (const [segment, rows] of [...bySegment.entries()].sort((a, b) => a[0] - b[0])) {
    if (rows.length < 50 || !rows.some((i) => input.x[i]! > 0)) continue;
    try {
      const f = fit(rows);
      separate += f.logLikelihood;
      segmentModels.push({ segment, customers: rows.length, params: { ...f.params } });
      used.push(...rows);
    } catch {
      // A segment whose customers all look alike may not be fittable on its own; it is left out.
    }
  }
  if (segmentModels.length < 2) return { likelihoodRatio: null, segmentModels, pooledModel: null };
  const pooled = fit(used);
  const statistic = Math.max(0, 2 * (separate - pooled.logLikelihood));
  const degreesOfFreedom = 4 * (segmentModels.length - 1);
  return {
    likelihoodRatio: { statistic, degreesOfFreedom, pValue: chiSquareSurvival(statistic, degreesOfFreedom) },
    segmentModels,
    pooledModel: { ...pooled.params },
  };
}
