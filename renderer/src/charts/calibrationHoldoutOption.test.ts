import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { buildCalibrationHoldoutOption, frequencyLabel, type CalibrationHoldoutLabels } from './calibrationHoldoutOption';

const labels: CalibrationHoldoutLabels = {
  actual: 'Actual',
  actualMean: 'Actual, mean per customer',
  expected: (model) => `${model} expected`,
  binTitle: (range, customers) => `${range} repeat purchases in calibration · ${customers} customers`,
  xAxis: 'Repeat purchases in the calibration period',
  yAxis: 'Mean purchases in the holdout',
};
import { TEST_CHART_THEME } from './testFixtures';
import { validationFixture } from './valueFixtures';

const format = createFormatters('en-US', 'EUR');

describe('buildCalibrationHoldoutOption', () => {
  const model = validationFixture().purchaseModels[0]!;
  const option = buildCalibrationHoldoutOption(model, '#f00', TEST_CHART_THEME, format, labels);
  const series = Array.isArray(option.series) ? option.series : [];

  it('labels the groups by repeat purchases, the last one open', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['0', '1', '7+']);
  });

  it('sets actual against expected holdout purchases', () => {
    expect(series.map((s) => s.name)).toEqual(['Actual', 'BG/NBD expected']);
    expect((series[0] as { data: number[] }).data).toEqual([0.2, 0.8, 4.1]);
    expect((series[1] as { data: number[] }).data).toEqual([0.25, 0.7, 3.9]);
  });

  it('draws no bars when there was no holdout', () => {
    const empty = buildCalibrationHoldoutOption({ ...model, holdout: null }, '#f00', TEST_CHART_THEME, format, labels);
    expect((empty.xAxis as { data: string[] }).data).toEqual([]);
  });

  it('writes ranges', () => {
    expect(frequencyLabel({ frequencyFrom: 2, frequencyTo: 4, customers: 0, actual: 0, expected: 0 })).toBe('2–4');
  });
});
