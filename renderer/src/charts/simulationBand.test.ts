import { describe, expect, it } from 'vitest';
import { bandHasWidth, bandOpacity, bandSeries, gridTopFor, simulationLegend } from './simulationBand';
import { TEST_CHART_THEME } from './testFixtures';

describe('bandSeries', () => {
  it('draws P10 invisibly and stacks the width P90 - P10 on it, across zero', () => {
    const [low, width] = bandSeries('x', 'Band', { p10: [-5, 2], p90: [5, 4] }, '#00f', 0.2);
    expect(low).toMatchObject({ data: [-5, 2], stack: 'band-x', stackStrategy: 'all', lineStyle: { opacity: 0 } });
    expect(width).toMatchObject({ name: 'Band', data: [10, 2], stack: 'band-x', areaStyle: { color: '#00f', opacity: 0.2 } });
    expect(low!.areaStyle).toBeUndefined();
  });
});

describe('bandHasWidth', () => {
  it('is false after one draw, when P10 = P90', () => {
    expect(bandHasWidth({ p10: [1, 2], p90: [1, 2] })).toBe(false);
    expect(bandHasWidth({ p10: [1, 2], p90: [1, 2.5] })).toBe(true);
  });
});

describe('legend', () => {
  it('shows bands as shaded squares and leaves lines as they are', () => {
    const legend = simulationLegend(TEST_CHART_THEME, ['Line', { band: 'Band', colour: '#00f', opacity: 0.2 }]);
    expect(legend.data).toEqual(['Line', { name: 'Band', icon: 'rect', itemStyle: { color: '#00f', opacity: 0.5 } }]);
  });

  it('leaves room for a second row of legend when the names will not fit in one', () => {
    expect(gridTopFor(['With the plan', 'Without the plan'])).toBe(52);
    expect(gridTopFor(['Base', 'Bonus', 'Promotion', 'Frequency', 'Tier', 'Partner', 'Redeemed', 'Expired', 'Outstanding (right axis)'])).toBe(74);
  });
});

describe('bandOpacity', () => {
  it('shades more strongly on a dark theme, where a light tint vanishes', () => {
    expect(bandOpacity(TEST_CHART_THEME, 0.2)).toBe(0.2);
    expect(bandOpacity({ ...TEST_CHART_THEME, tooltipBackground: '#2e2e2e' }, 0.2)).toBeCloseTo(0.36);
  });
});
