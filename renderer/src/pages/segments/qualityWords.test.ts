import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/formatters';
import { formatFeature, ruleClause, likelihoodRatioWords, pValueWords, silhouetteReading, silhouetteStrength, stabilityReading } from './qualityWords';

const format = createFormatters('en-US', 'EUR');

describe('quality in words', () => {
  it('reads the silhouette', () => {
    expect(silhouetteStrength(0.62)).toBe('strong');
    expect(silhouetteStrength(0.3)).toBe('reasonable');
    expect(silhouetteReading(0.1)).toBe('Weak structure');
  });

  it('states the likelihood-ratio test plainly', () => {
    expect(likelihoodRatioWords({ statistic: 200, degreesOfFreedom: 6, pValue: 1e-12 })).toBe('The segments buy differently (p < 0.001)');
    expect(likelihoodRatioWords({ statistic: 2, degreesOfFreedom: 6, pValue: 0.4 })).toBe('No clear difference in how the segments buy (p = 0.40)');
    expect(pValueWords(0.004)).toBe('p = 0.004');
    expect(pValueWords(0.004, ',')).toBe('p = 0,004');
  });

  it('reads stability', () => {
    expect(stabilityReading(0.95)).toBe('Stable');
    expect(stabilityReading(0.4)).toBe('Unstable');
  });

  it('formats features in their units', () => {
    expect(formatFeature('Lifetime value', 123.4, format)).toBe('€123');
    expect(formatFeature('Probability alive', 0.823, format)).toBe('82.3%');
    expect(formatFeature('Days since last purchase', 40.4, format)).toBe('40 d');
    expect(formatFeature('Purchases', 3.26, format)).toBe('3.3');
    expect(formatFeature('Purchases', 2, format)).toBe('2.0');
  });

  it('turns the rule into a clause', () => {
    expect(ruleClause('The highest silhouette is preferred.')).toBe('the highest silhouette is preferred');
  });
});
