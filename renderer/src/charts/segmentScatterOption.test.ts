import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { LOG_AXIS_FLOOR, buildSegmentScatterOption , type SegmentScatterLabels } from './segmentScatterOption';

const labels: SegmentScatterLabels = {
  lifetimeValue: 'Lifetime value',
  daysSinceLastPurchase: 'Days since last purchase',
  purchases: 'Purchases',
  valueAxis: 'Lifetime value (log scale)',
  segmentN: (n) => `Segment ${n}`,
};
import { TEST_CHART_THEME } from './testFixtures';
import { segmentationFixture } from './valueFixtures';

const format = createFormatters('en-US', 'EUR');

describe('buildSegmentScatterOption', () => {
  const option = buildSegmentScatterOption(segmentationFixture(), TEST_CHART_THEME, format, labels);
  const series = Array.isArray(option.series) ? option.series : [];

  it('has one series per segment, named, for the legend', () => {
    expect(series.map((s) => s.name)).toEqual(['High value', 'Low value']);
    expect(series.every((s) => s.type === 'scatter')).toBe(true);
  });

  it('puts days since last purchase across and lifetime value up on a log axis', () => {
    expect(option.yAxis).toMatchObject({ type: 'log' });
    expect((series[0] as { data: number[][] }).data).toEqual([[10, 520, 12]]);
  });

  it('draws customers worth almost nothing on the floor of the log axis', () => {
    expect((series[1] as { data: number[][] }).data[0]).toEqual([300, LOG_AXIS_FLOOR, 1]);
  });

  it('colours segments differently', () => {
    const colours = series.map((s) => (s as { itemStyle: { color: string } }).itemStyle.color);
    expect(new Set(colours).size).toBe(2);
  });
});
