import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import type { Formatters } from '../../format/formatters';

export type Strength = 'strong' | 'reasonable' | 'weak';

/** The usual reading of a silhouette: above 0.5 strong, 0.25 to 0.5 reasonable, below weak. */
export function silhouetteStrength(silhouette: number): Strength {
  if (silhouette > 0.5) return 'strong';
  if (silhouette >= 0.25) return 'reasonable';
  return 'weak';
}

export function silhouetteReading(silhouette: number): string {
  return `${silhouetteStrength(silhouette).replace(/^./, (c) => c.toUpperCase())} structure`;
}

/** A p-value as a reader expects it: "p < 0.001" rather than 1.2e-14. */
export function pValueWords(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  if (p < 0.01) return `p = ${p.toFixed(3)}`;
  return `p = ${p.toFixed(2)}`;
}

/** The likelihood-ratio test in one sentence. */
export function likelihoodRatioWords(lr: NonNullable<SegmentationResult['likelihoodRatio']>): string {
  return lr.pValue < 0.05
    ? `The segments buy differently (${pValueWords(lr.pValue)})`
    : `No clear difference in how the segments buy (${pValueWords(lr.pValue)})`;
}

/** Bootstrap agreement (adjusted Rand index): how much the segments survive resampling. */
export function stabilityReading(meanAri: number): string {
  if (meanAri >= 0.85) return 'Stable';
  if (meanAri >= 0.6) return 'Fairly stable';
  return 'Unstable';
}

export type FeatureKind = 'currency' | 'probability' | 'days' | 'count';

const FEATURE_KINDS: Readonly<Record<string, FeatureKind>> = {
  'Lifetime value': 'currency',
  'Total spend': 'currency',
  'Expected spend per purchase': 'currency',
  'Probability alive': 'probability',
  'Days since last purchase': 'days',
  Purchases: 'count',
};

/** A segment feature in its own unit: money, a percentage, days or a count with one decimal. */
export function formatFeature(name: string, value: number, format: Formatters): string {
  switch (FEATURE_KINDS[name] ?? 'count') {
    case 'currency':
      return format.currency(value);
    case 'probability':
      return format.percent(value);
    case 'days':
      return `${format.count(value)} d`;
    case 'count':
      return format.measure(value);
  }
}

/** The backend's rule as a clause after "k = 3 was chosen: …". */
export function ruleClause(rule: string): string {
  return rule.replace(/^./, (c) => c.toLowerCase()).replace(/\.+$/, '');
}
