import type { ValidatedPurchaseModel } from '../../../shared/domain/modelValidation';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';
import { categoryTooltip, tooltipHtml } from './tooltip';

type Bin = NonNullable<ValidatedPurchaseModel['holdout']>['byFrequency'][number];

/** The chart's words, in the interface language. */
export interface CalibrationHoldoutLabels {
  actual: string;
  actualMean: string;
  expected(model: string): string;
  binTitle(range: string, customers: string): string;
  xAxis: string;
  yAxis: string;
}

/** "0", "3", "7+": repeat purchases in the calibration period. */
export function frequencyLabel(bin: Bin): string {
  if (bin.frequencyTo === null) return `${bin.frequencyFrom}+`;
  if (bin.frequencyTo === bin.frequencyFrom) return String(bin.frequencyFrom);
  return `${bin.frequencyFrom}–${bin.frequencyTo}`;
}

/**
 * Customers grouped by how many repeat purchases they made in calibration, with the mean
 * purchases each group actually made in the holdout next to what the model expected. Bars that
 * match across the groups mean the model ranks customers well, not only on average.
 */
export function buildCalibrationHoldoutOption(
  model: ValidatedPurchaseModel,
  colour: string,
  theme: ChartTheme,
  format: Formatters,
  labels: CalibrationHoldoutLabels,
): ChartOption {
  const bins = model.holdout?.byFrequency ?? [];
  const base = baseOption(theme);
  return {
    ...base,
    grid: { left: 56, right: 16, top: 48, bottom: 48 },
    legend: { top: 0, right: 0, textStyle: { color: theme.mutedText }, itemWidth: 12, itemHeight: 10 },
    tooltip: categoryTooltip(theme, bins, (bin) => {
      const title = labels.binTitle(frequencyLabel(bin), format.count(bin.customers));
      return tooltipHtml(title, [
        { color: theme.primary, label: labels.actualMean, value: format.measure(bin.actual) },
        { color: colour, label: labels.expected(model.label), value: format.measure(bin.expected) },
      ]);
    }),
    xAxis: {
      type: 'category',
      name: labels.xAxis,
      nameLocation: 'middle',
      nameGap: 30,
      data: bins.map(frequencyLabel),
      ...categoryAxisStyle(theme),
    },
    yAxis: {
      type: 'value',
      name: labels.yAxis,
      nameGap: 14,
      ...valueAxisStyle(theme),
      nameTextStyle: { color: theme.mutedText, align: 'left' },
      axisLabel: { color: theme.mutedText, formatter: (v: number) => format.decimal(v) },
    },
    series: [
      { name: labels.actual, type: 'bar', data: bins.map((b) => b.actual), itemStyle: { color: theme.primary, borderRadius: [2, 2, 0, 0] }, barGap: '10%' },
      { name: labels.expected(model.label), type: 'bar', data: bins.map((b) => b.expected), itemStyle: { color: colour, borderRadius: [2, 2, 0, 0] } },
    ],
  };
}
