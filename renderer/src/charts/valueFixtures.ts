import type { ModelValidation, ValidatedPurchaseModel } from '../../../shared/domain/modelValidation';
import type { SegmentationResult } from '../../../shared/domain/segmentation';

function purchaseModel(key: ValidatedPurchaseModel['key'], label: string, scale: number): ValidatedPurchaseModel {
  return {
    key,
    label,
    params: [
      { name: 'r', value: 0.24, standardError: 0.01, lower95: 0.22, upper95: 0.26 },
      { name: 'alpha', value: 4.4, standardError: 0.2, lower95: 4.0, upper95: 4.8 },
    ],
    logLikelihood: -9582.4,
    aic: 19172.8,
    bic: 19200.1,
    n: 100,
    converged: true,
    iterations: 20,
    fitMs: 120,
    warnings: [],
    tracking: [
      { date: '2024-01-07', actual: 10, expected: 9 * scale },
      { date: '2024-01-14', actual: 25, expected: 22 * scale },
      { date: '2024-01-21', actual: 40, expected: 41 * scale },
    ],
    holdout: {
      byFrequency: [
        { frequencyFrom: 0, frequencyTo: 0, customers: 50, actual: 0.2, expected: 0.25 * scale },
        { frequencyFrom: 1, frequencyTo: 1, customers: 30, actual: 0.8, expected: 0.7 * scale },
        { frequencyFrom: 7, frequencyTo: null, customers: 5, actual: 4.1, expected: 3.9 * scale },
      ],
      meanAbsoluteError: 0.08,
      totalError: -0.03,
      totalActual: 100,
      totalExpected: 97,
    },
  };
}

export function validationFixture(): ModelValidation {
  return {
    calibrationEnd: '2024-01-14',
    holdoutEnd: '2024-01-21',
    unit: 'week',
    customers: 100,
    purchaseModels: [purchaseModel('bgnbd', 'BG/NBD', 1), purchaseModel('pnbd', 'Pareto/NBD', 1.1)],
    spendModel: null,
    failed: [{ key: 'mbgnbd', reason: 'Did not converge.' }],
    recommended: 'bgnbd',
    recommendation: 'BG/NBD tracks the holdout best.',
  };
}

/** Only what the chart builders draw, so the fixture does not follow every new field of the result. */
export function segmentationFixture(): Pick<SegmentationResult, 'k' | 'segments' | 'overall' | 'quality' | 'stability' | 'suggestion' | 'likelihoodRatio' | 'points'> {
  const features = (ltv: number) => [
    { name: 'Lifetime value', mean: ltv, median: ltv },
    { name: 'Probability alive', mean: 0.8, median: 0.85 },
    { name: 'Days since last purchase', mean: 30, median: 25 },
  ];
  return {
    k: 2,
    segments: [
      { segment: 0, name: 'High value', size: 30, share: 0.3, features: features(500) },
      { segment: 1, name: 'Low value', size: 70, share: 0.7, features: features(40) },
    ],
    overall: { segment: -1, name: 'All customers', size: 100, share: 1, features: features(148) },
    quality: { silhouette: 0.41, silhouetteSampleSize: 100, calinskiHarabasz: 812.3, daviesBouldin: 0.9, rSquared: 0.56, smallestSegmentShare: 0.3 },
    stability: { meanAri: 0.93, minAri: 0.88, resamples: 10 },
    suggestion: { k: 2, rule: 'highest silhouette', candidates: [{ k: 3, silhouette: 0.35 }, { k: 2, silhouette: 0.41 }] },
    likelihoodRatio: { statistic: 120.5, degreesOfFreedom: 4, pValue: 0.00001 },
    points: [
      { segment: 0, lifetimeValue: 520, daysSinceLastPurchase: 10, purchases: 12 },
      { segment: 1, lifetimeValue: 0.2, daysSinceLastPurchase: 300, purchases: 1 },
      { segment: 1, lifetimeValue: 35, daysSinceLastPurchase: 60, purchases: 3 },
    ],
  };
}
