import type { SegmentMethod } from '../contract/segmentSchemas';

export interface SegmentFeatureValue {
  name: string;
  mean: number;
  median: number;
}

export interface SegmentSummary {
  segment: number;
  name: string;
  size: number;
  share: number;
  features: SegmentFeatureValue[];
}

/**
 * Why a segment has no purchase model of its own, as a code the interface puts into words:
 * fewer customers (of age above 0) than the minimum, no repeat buyers (nothing to learn dropout
 * from), or the fit itself failed (`detail` is the fitting routine's own account).
 */
export type SegmentModelProblem =
  | { code: 'too-few-customers'; minimumCustomers: number }
  | { code: 'no-repeat-buyers' }
  | { code: 'fit-failed'; detail: string };

/** One segmentation of the customer base with its quality figures. */
export interface SegmentationResult {
  /** Its number in the workspace (the latest one is the current segmentation). */
  segmentationId: number | null;
  method: SegmentMethod;
  k: number;
  calibrationEnd: string;
  segments: SegmentSummary[];
  overall: SegmentSummary;
  quality: {
    silhouette: number;
    silhouetteSampleSize: number;
    calinskiHarabasz: number;
    daviesBouldin: number;
    rSquared: number;
    smallestSegmentShare: number;
  };
  /** k-means only: agreement (adjusted Rand index) of re-clustered bootstrap resamples. */
  stability: { meanAri: number; minAri: number; resamples: number } | null;
  /** k-means without a given k: the silhouette per candidate k and the rule. */
  suggestion: { k: number | null; rule: string; candidates: { k: number; silhouette: number }[] } | null;
  /** The per-segment BG/NBD against one pooled fit: do the segments buy differently? */
  likelihoodRatio: { statistic: number; degreesOfFreedom: number; pValue: number } | null;
  /** The purchase model (BG/NBD, in the request's unit) fitted per segment, and pooled over them. */
  segmentModels: { segment: number; customers: number; params: Record<string, number> }[];
  pooledModel: Record<string, number> | null;
  /**
   * Segments without a purchase model of their own, so left out of the likelihood-ratio test and
   * of the pooled fit, each with why. Absent in segmentations made by versions that did not say.
   */
  segmentModelsNotFitted?: { segment: number; customers: number; problem: SegmentModelProblem }[];
  /** A sample of customers (at most 2,000, evenly spread) for the segment scatter chart. */
  points: { segment: number; lifetimeValue: number; daysSinceLastPurchase: number; purchases: number }[];
  valueModel: { purchase: Record<string, number>; spend: Record<string, number> | null; margin: number; horizonMonths: number; discountRatePerYear: number };
  warnings: string[];
}
