import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { buildTrackingOption, type TrackingLabels } from './trackingOption';

const labels: TrackingLabels = {
  actual: 'Actual',
  axis: 'Cumulative repeat purchases',
  calibrationEnd: 'Calibration end',
  weekTo: (date) => `Week to ${date}`,
};
import { TEST_CHART_THEME } from './testFixtures';
import { validationFixture } from './valueFixtures';

const format = createFormatters('en-US', 'EUR');

describe('buildTrackingOption', () => {
  const v = validationFixture();
  const option = buildTrackingOption({ models: v.purchaseModels, selected: 'bgnbd', calibrationEnd: v.calibrationEnd }, TEST_CHART_THEME, format, labels);
  const series = Array.isArray(option.series) ? option.series : [];

  it('draws the actual purchases once and one expected line per model', () => {
    expect(series.map((s) => s.name)).toEqual(['Actual', 'BG/NBD', 'Pareto/NBD']);
    expect((series[0] as { data: unknown[] }).data[1]).toEqual(['2024-01-14', 25]);
    expect((series[2] as { data: [string, number][] }).data[0]![1]).toBeCloseTo(9.9);
  });

  it('marks the calibration end on the time axis', () => {
    expect(option.xAxis).toMatchObject({ type: 'time' });
    expect(series[0]).toMatchObject({ markLine: { data: [{ xAxis: '2024-01-14' }] } });
  });

  it('draws the selected model boldly and the others quieter', () => {
    expect(series[1]).toMatchObject({ lineStyle: { width: 2.5, opacity: 1 } });
    expect(series[2]).toMatchObject({ lineStyle: { width: 1.5 } });
  });
});
