import type { SegmentRequest } from '../../../shared/contract/segmentSchemas';
import type { SegmentationResult, SegmentSummary } from '../../../shared/domain/segmentation';
import { fitBgNbd } from '../../../shared/models/bgnbd';
import { compressRfm, type WeightedRfmRows } from '../../../shared/models/compress';
import { leaveOutAgeZero } from '../../../shared/models/fittableCustomers';
import { isFitFailure } from '../../../shared/models/fitResult';
import { featureMatrixFromColumns, selectRows, standardise, type FeatureColumn, type FeatureMatrix } from '../../../shared/segments/features';
import { kmeans, kmeansPlannedSteps } from '../../../shared/segments/kmeans';
import { segmentProfiles, type SegmentProfile } from '../../../shared/segments/profile';
import { segmentQuality } from '../../../shared/segments/quality';
import { DEFAULT_RFM_CELLS, rfmGrid } from '../../../shared/segments/rfm';
import { bootstrapStability } from '../../../shared/segments/stability';
import { suggestK } from '../../../shared/segments/suggestK';
import { DEFAULT_TIER_CUTS, valueTiers } from '../../../shared/segments/tiers';
import { chiSquareSurvival } from '../../../shared/stats/chiSquare';
import type { CardModels } from '../value/cardValuation';

/** Per customer, what segmentation works from (typed arrays in customer order). */
export interface SegmentInput {
  calibrationEnd: string;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  meanRepeatSpend: Float64Array;
  totalSpend: Float64Array;
  daysSinceLastPurchase: Float64Array;
  /** The customers valued under the request's value settings (see runSegmentation: in the worker pool, chunk by chunk). */
  values: SegmentValues;
}

/** Each customer's value, by the value card's valuation (value/cardValuation.ts), and the models behind it. */
export interface SegmentValues {
  clv: Float64Array;
  probabilityAlive: Float64Array;
  expectedSpend: Float64Array;
  models: CardModels;
  /** The gross margin the lifetime values are at. */
  margin: number;
}

/** Told as a segmentation's steps are done: steps done and planned (the plan may grow once the segments are known). */
export type SegmentProgress = (done: number, planned: number) => void;

/** Rows used to suggest k: silhouettes over all k are costly, and a sample of this size is enough to rank them. */
const SUGGEST_K_ROWS = 4000;
/** The candidate k when none is given. */
const SUGGEST_K_RANGE = { from: 2, to: 8 } as const;
const KMEANS_RESTARTS = 8;
const STABILITY_RESAMPLES = 8;
const STABILITY_RESAMPLE_ROWS = 20_000;

/**
 * The steps segmentCustomers reports, planned before it starts: building the features; the
 * segments (one for tiers or RFM; for k-means each candidate k when k is suggested, each start,
 * each iteration over all rows that kmeans plans, each stability resample); the quality figures;
 * a fit per segment and the pooled fit (as many segments as the method makes, at first guess);
 * the profiles. With given segments there is no clustering step.
 */
export function plannedSegmentSteps(n: number, request: SegmentRequest, given?: { names: string[] }): { total: number; clustering: number; fits: number } {
  let clustering = 0;
  let segments: number;
  if (given) {
    segments = given.names.length;
  } else if (request.method === 'tiers') {
    clustering = 1;
    segments = DEFAULT_TIER_CUTS.length;
  } else if (request.method === 'rfm') {
    clustering = 1;
    segments = DEFAULT_RFM_CELLS.length;
  } else {
    segments = request.k ?? 4;
    const suggesting = request.k === undefined ? SUGGEST_K_RANGE.to - SUGGEST_K_RANGE.from + 1 : 0;
    clustering = suggesting + plannedKmeansSteps(n) + STABILITY_RESAMPLES;
  }
  const fits = segments + 1;
  return { total: 1 + clustering + 1 + fits + 1, clustering, fits };
}

function plannedKmeansSteps(n: number): number {
  return kmeansPlannedSteps(n, { restarts: KMEANS_RESTARTS });
}

/**
 * The features segments are made and described by, per customer: lifetime value, probability
 * alive, purchases, days since the last purchase, total spend and expected spend per purchase,
 * in their own units (`raw`, for the profiles) and as z-scores, the money and count columns
 * through log1p first (`matrix`, for k-means and the quality figures).
 */
export function segmentFeatures(input: Pick<SegmentInput, 'x' | 'daysSinceLastPurchase' | 'totalSpend' | 'values'>): { purchases: Float64Array; raw: FeatureMatrix; matrix: FeatureMatrix } {
  const value = input.values;
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
  return { purchases, raw, matrix };
}

/**
 * Segments customers by value tiers, an RFM grid or k-means, and measures how good the segments
 * are: silhouette, Calinski-Harabasz, Davies-Bouldin, variance explained, stability (k-means),
 * and a likelihood-ratio test of per-segment against pooled BG/NBD fits. Runs in a model worker.
 */
export function segmentCustomers(
  input: SegmentInput,
  request: SegmentRequest,
  given?: { labels: Int32Array; names: string[] },
  onProgress?: SegmentProgress,
): { result: SegmentationResult; labels: Int32Array } {
  const value = input.values;
  const n = input.x.length;
  const plan = plannedSegmentSteps(n, request, given);
  let planned = plan.total;
  let done = 0;
  const advance = (steps = 1) => {
    done += steps;
    if (done > planned) planned = done;
    onProgress?.(done, planned);
  };
  onProgress?.(0, planned);

  const { purchases, raw, matrix } = segmentFeatures(input);
  advance();

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
    advance();
  } else if (request.method === 'rfm') {
    const grid = rfmGrid({ daysSinceLastPurchase: input.daysSinceLastPurchase, purchaseCount: purchases, monetary: input.totalSpend });
    labels = grid.cell;
    names = grid.cells.map((c) => c.name);
    advance();
  } else {
    let k = request.k;
    if (k === undefined) {
      const step = Math.max(1, Math.floor(n / SUGGEST_K_ROWS));
      const rows = Int32Array.from({ length: Math.ceil(n / step) }, (_, i) => i * step);
      const s = suggestK(selectRows(matrix, rows), SUGGEST_K_RANGE, request.seed, { restarts: 3, onCandidate: () => advance() });
      suggestion = { k: s.k, rule: s.rule, candidates: s.candidates.map((c) => ({ k: c.k, silhouette: c.quality.silhouette.mean })) };
      k = s.k ?? 4;
    }
    let kmeansDone = 0;
    let kmeansPlanned = plannedKmeansSteps(n);
    const result = kmeans(matrix, {
      k,
      seed: request.seed,
      restarts: KMEANS_RESTARTS,
      order: { by: 'values', values: value.clv },
      onProgress: (stepsDone, stepsPlanned) => {
        // Iterations beyond those kmeans planned add steps to the plan.
        if (stepsPlanned > kmeansPlanned) {
          planned += stepsPlanned - kmeansPlanned;
          kmeansPlanned = stepsPlanned;
        }
        advance(stepsDone - kmeansDone);
        kmeansDone = stepsDone;
      },
    });
    labels = result.labels;
    names = Array.from({ length: k }, (_, i) => `Segment ${i + 1}`);
    const st = bootstrapStability(matrix, labels, {
      k,
      seed: request.seed,
      resamples: STABILITY_RESAMPLES,
      resampleSize: Math.min(n, STABILITY_RESAMPLE_ROWS),
      onResample: () => advance(),
    });
    stability = { meanAri: st.meanAri, minAri: st.minAri, resamples: st.ari.length };
  }
  if (given && request.method === 'kmeans') stability = null;

  const quality = segmentQuality(matrix, labels, { seed: request.seed });
  advance();
  // A step per segment's fit and one for the pooled fit, now that the segments are known.
  planned += segmentNumbersPresent(labels) + 1 - plan.fits;
  const models = perSegmentModels(input, labels, request.unit, () => advance());
  const profile = segmentProfiles(raw, labels, names);
  advance();
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
    ...models,
    points: scatterSample(n).map((i) => ({ segment: labels[i]!, lifetimeValue: value.clv[i]!, daysSinceLastPurchase: input.daysSinceLastPurchase[i]!, purchases: purchases[i]! })),
    valueModel: {
      purchase: { ...value.models.purchaseModel },
      spend: value.models.spendModel,
      margin: value.margin,
      horizonMonths: request.value.horizonMonths,
      discountRatePerYear: request.value.discountRatePerYear,
    },
    warnings: [...value.models.warnings],
  };
  return { result, labels };
}

/** Every k-th customer, so at most SCATTER_POINTS of them, the same ones every time. */
function scatterSample(n: number): number[] {
  const step = Math.max(1, Math.ceil(n / SCATTER_POINTS));
  return Array.from({ length: Math.ceil(n / step) }, (_, i) => i * step);
}
const SCATTER_POINTS = 2000;

/** Fewest customers (of age above 0) a segment needs for its own purchase model to be fitted. */
export const SEGMENT_MODEL_MIN_CUSTOMERS = 50;

/**
 * 2 (sum of per-segment log-likelihoods - pooled log-likelihood), chi-square with 4 (k - 1)
 * degrees of freedom: a small p-value says the segments' purchase and dropout behaviour differ,
 * so simulating them separately matters. A segment too small, without repeat buyers, or whose
 * fit fails is left out of the test (null when fewer than two remain) and listed, with why, in
 * segmentModelsNotFitted; the pooled model is fitted on exactly the segments that remain.
 * Customers of age 0 are left out, as in every fit.
 *
 * Works on typed arrays throughout: the customers are sorted by segment once (a counting sort),
 * each segment is compressed to weighted (x, t_x, T) rows, and the pooled rows are the fitted
 * segments' rows compressed together, since compression only adds up the weights of equal rows.
 * No array is ever spread into arguments, so a segment of millions costs memory, not stack.
 */
export function perSegmentModels(
  input: Pick<SegmentInput, 'x' | 'tx' | 'T'>,
  labels: Int32Array,
  unit: SegmentRequest['unit'],
  /** Called once per segment number present (fitted or not) and once for the pooled fit (made or not). */
  onFit?: () => void,
): Pick<SegmentationResult, 'likelihoodRatio' | 'segmentModels' | 'pooledModel' | 'segmentModelsNotFitted'> {
  const { columns: c } = leaveOutAgeZero({ x: input.x, tx: input.tx, T: input.T, label: labels }, input.T);
  const n = c.label.length;
  // Segments are numbered from 0; one whose customers are all of age 0 is still a segment, reported below.
  let segmentCount = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]! + 1 > segmentCount) segmentCount = labels[i]! + 1;
  const present = new Uint8Array(segmentCount);
  for (let i = 0; i < labels.length; i++) if (labels[i]! >= 0) present[labels[i]!] = 1;
  const size = new Int32Array(segmentCount);
  const repeatBuyers = new Int32Array(segmentCount);
  for (let i = 0; i < n; i++) {
    const s = c.label[i]!;
    if (s < 0) continue; // in no segment (a label below 0): nothing to fit it with
    size[s]!++;
    if (c.x[i]! > 0) repeatBuyers[s]!++;
  }
  // Customers in segment order: segment s holds positions start[s] .. start[s + 1] - 1.
  const start = new Int32Array(segmentCount + 1);
  for (let s = 0; s < segmentCount; s++) start[s + 1] = start[s]! + size[s]!;
  const next = start.slice(0, segmentCount);
  const sorted = { x: new Float64Array(start[segmentCount]!), tx: new Float64Array(start[segmentCount]!), T: new Float64Array(start[segmentCount]!) };
  for (let i = 0; i < n; i++) {
    const s = c.label[i]!;
    if (s < 0) continue;
    const at = next[s]!++;
    sorted.x[at] = c.x[i]!;
    sorted.tx[at] = c.tx[i]!;
    sorted.T[at] = c.T[i]!;
  }

  let separate = 0;
  const segmentModels: SegmentationResult['segmentModels'] = [];
  const segmentModelsNotFitted: NonNullable<SegmentationResult['segmentModelsNotFitted']> = [];
  const fittedRows: WeightedRfmRows[] = [];
  const fitSegment = (s: number): void => {
    const customers = size[s]!;
    if (customers < SEGMENT_MODEL_MIN_CUSTOMERS) {
      segmentModelsNotFitted.push({ segment: s, customers, problem: { code: 'too-few-customers', minimumCustomers: SEGMENT_MODEL_MIN_CUSTOMERS } });
      return;
    }
    if (repeatBuyers[s] === 0) {
      segmentModelsNotFitted.push({ segment: s, customers, problem: { code: 'no-repeat-buyers' } });
      return;
    }
    const part = (a: Float64Array) => a.subarray(start[s]!, start[s + 1]!);
    const rows = compressRfm(unit, part(sorted.x), part(sorted.tx), part(sorted.T));
    let f: ReturnType<typeof fitBgNbd>;
    try {
      f = fitBgNbd(rows);
    } catch (e) {
      // Only the model's own "could not fit these data" is a result (reported per segment);
      // anything else is a fault and goes up.
      if (!isFitFailure(e)) throw e;
      segmentModelsNotFitted.push({ segment: s, customers, problem: { code: 'fit-failed', detail: e.message } });
      return;
    }
    separate += f.logLikelihood;
    segmentModels.push({ segment: s, customers, params: { ...f.params } });
    fittedRows.push(rows);
  };
  for (let s = 0; s < segmentCount; s++) {
    if (present[s] === 0) continue; // a number no customer has (segments emptied by an edit)
    fitSegment(s);
    onFit?.();
  }
  if (segmentModels.length < 2) {
    onFit?.();
    return { likelihoodRatio: null, segmentModels, pooledModel: null, segmentModelsNotFitted };
  }
  const pooled = fitBgNbd(mergeRfmRows(unit, fittedRows));
  onFit?.();
  const statistic = Math.max(0, 2 * (separate - pooled.logLikelihood));
  const degreesOfFreedom = 4 * (segmentModels.length - 1);
  return {
    likelihoodRatio: { statistic, degreesOfFreedom, pValue: chiSquareSurvival(statistic, degreesOfFreedom) },
    segmentModels,
    pooledModel: { ...pooled.params },
    segmentModelsNotFitted,
  };
}

/** Weighted rows of several groups of customers as the rows of all of them together. */
function mergeRfmRows(unit: SegmentRequest['unit'], parts: readonly WeightedRfmRows[]): WeightedRfmRows {
  let total = 0;
  for (const p of parts) total += p.weight.length;
  const all = { x: new Float64Array(total), tx: new Float64Array(total), T: new Float64Array(total), weight: new Float64Array(total) };
  let at = 0;
  for (const p of parts) {
    all.x.set(p.frequency, at);
    all.tx.set(p.recency, at);
    all.T.set(p.age, at);
    all.weight.set(p.weight, at);
    at += p.weight.length;
  }
  return compressRfm(unit, all.x, all.tx, all.T, all.weight);
}

/** How many segment numbers have customers (labels below 0 are in no segment). */
function segmentNumbersPresent(labels: Int32Array): number {
  let max = -1;
  for (let i = 0; i < labels.length; i++) if (labels[i]! > max) max = labels[i]!;
  const present = new Uint8Array(max + 1);
  let count = 0;
  for (let i = 0; i < labels.length; i++) {
    const s = labels[i]!;
    if (s >= 0 && present[s] === 0) {
      present[s] = 1;
      count++;
    }
  }
  return count;
}
