import { describe, expect, it } from 'vitest';
import { describeDistribution, fromShown, toShown } from './assumptionText';

describe('assumption text', () => {
  it('types shares as percent and reads them back', () => {
    expect(toShown(0.15, 'percent')).toBe(15);
    expect(fromShown(15, 'percent')).toBe(0.15);
    expect(toShown(3, 'weeks')).toBe(3);
    expect(fromShown('', 'percent')).toBe('');
  });

  it('describes each kind in one line', () => {
    expect(describeDistribution({ kind: 'fixed', value: 0 }, 'percent')).toBe('0%');
    expect(describeDistribution({ kind: 'triangular', low: 0.1, mode: 0.2, high: 0.3 }, 'percent')).toBe('20% (10–30%)');
    expect(describeDistribution({ kind: 'uniform', low: 2, high: 4 }, 'weeks')).toBe('2–4 wk');
    expect(describeDistribution({ kind: 'normal', mean: 0.001, sd: 0.0005, low: 0, high: 0.002 }, 'percent')).toBe('0.1% ± 0.05%');
    expect(describeDistribution({ kind: 'triangular', low: 0.25, mode: 1 / 3, high: 0.4 }, 'percent')).toBe('33.33% (25–40%)');
    expect(describeDistribution({ kind: 'fixed', value: '' }, 'times')).toBe('?');
  });
});
