import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import type { Formatters } from '../../format/formatters';

export type Strength = 'strong' | 'reasonable' | 'weak';

/** The usual reading of a silhouette: above 0.5 strong, 0.25 to 0.5 reasonable, below weak. */
export function silhouetteStrength(silhouette: number): Strength {
  if (silhouette > 0.5) return 'strong';
  if (silhouette >= 0.25) return 'reasonable';
  return 'weak';
}

/** The readings' words, in the interface language; English by default. */
export interface QualityWords {
  strength: Readonly<Record<Strength, string>>;
  differ(p: string): string;
  noDifference(p: string): string;
  stable: string;
  fairlyStable: string;
  unstable: string;
  /** The decimal mark of p-values: "0.004", "0,004". */
  decimalMark: string;
}

export const ENGLISH_QUALITY_WORDS: QualityWords = {
  strength: { strong: 'Strong structure', reasonable: 'Reasonable structure', weak: 'Weak structure' },
  differ: (p) => `The segments buy differently (${p})`,
  noDifference: (p) => `No clear difference in how the segments buy (${p})`,
  stable: 'Stable',
  fairlyStable: 'Fairly stable',
  unstable: 'Unstable',
  decimalMark: '.',
};

export function silhouetteReading(silhouette: number, words: QualityWords = ENGLISH_QUALITY_WORDS): string {
  return words.strength[silhouetteStrength(silhouette)];
}

/** A p-value as a reader expects it: "p < 0.001" rather than 1.2e-14. */
export function pValueWords(p: number, decimalMark = '.'): string {
  const shown = (text: string) => text.replace('.', decimalMark);
  if (p < 0.001) return `p < ${shown('0.001')}`;
  if (p < 0.01) return `p = ${shown(p.toFixed(3))}`;
  return `p = ${shown(p.toFixed(2))}`;
}

/** The likelihood-ratio test in one sentence. */
export function likelihoodRatioWords(lr: NonNullable<SegmentationResult['likelihoodRatio']>, words: QualityWords = ENGLISH_QUALITY_WORDS): string {
  const p = pValueWords(lr.pValue, words.decimalMark);
  return lr.pValue < 0.05 ? words.differ(p) : words.noDifference(p);
}

/** Bootstrap agreement (adjusted Rand index): how much the segments survive resampling. */
export function stabilityReading(meanAri: number, words: QualityWords = ENGLISH_QUALITY_WORDS): string {
  if (meanAri >= 0.85) return words.stable;
  if (meanAri >= 0.6) return words.fairlyStable;
  return words.unstable;
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
export function formatFeature(name: string, value: number, format: Formatters, days: (value: string) => string = (v) => `${v} d`): string {
  switch (FEATURE_KINDS[name] ?? 'count') {
    case 'currency':
      return format.currency(value);
    case 'probability':
      return format.percent(value);
    case 'days':
      return days(format.count(value));
    case 'count':
      return format.measure(value);
  }
}

/** The backend's rule as a clause after "k = 3 was chosen: …". */
export function ruleClause(rule: string): string {
  return rule.replace(/^./, (c) => c.toLowerCase()).replace(/\.+$/, '');
}
