import type { SegmentationResult } from '../../../shared/domain/segmentation';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, valueAxisStyle, type ChartTheme } from './chartTheme';
import { tooltipHtml } from './tooltip';

/** The lowest value the log axis draws: customers worth less are drawn on this line. */
export const LOG_AXIS_FLOOR = 1;

/** The segment's colour, the same in the table and the chart. */
export function segmentColour(theme: ChartTheme, index: number): string {
  return theme.palette[index % theme.palette.length] ?? theme.primary;
}

type Point = [number, number, number];

/** The chart's words, in the interface language. */
export interface SegmentScatterLabels {
  lifetimeValue: string;
  daysSinceLastPurchase: string;
  purchases: string;
  valueAxis: string;
  segmentN(n: number): string;
}

/**
 * Each sampled customer as a dot: days since the last purchase across, lifetime value up (on a
 * log scale, because value spans orders of magnitude), coloured by segment.
 */
export function buildSegmentScatterOption(
  result: Pick<SegmentationResult, 'segments' | 'points'>,
  theme: ChartTheme,
  format: Formatters,
  labels: SegmentScatterLabels,
): ChartOption {
  const base = baseOption(theme);
  const names = new Map(result.segments.map((s) => [s.segment, s.name]));
  return {
    ...base,
    grid: { left: 64, right: 24, top: 48, bottom: 48 },
    legend: { top: 0, left: 0, textStyle: { color: theme.mutedText }, itemWidth: 10, itemHeight: 10, icon: 'circle' },
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        if (!p || !Array.isArray(p.value)) return '';
        const [days, value, purchases] = p.value.map(Number);
        return tooltipHtml(p.seriesName ?? '', [
          { color: typeof p.color === 'string' ? p.color : theme.primary, label: labels.lifetimeValue, value: format.currency(value ?? 0) },
          { color: 'transparent', label: labels.daysSinceLastPurchase, value: format.count(days ?? 0) },
          { color: 'transparent', label: labels.purchases, value: format.count(purchases ?? 0) },
        ]);
      },
    },
    xAxis: {
      type: 'value',
      name: labels.daysSinceLastPurchase,
      nameLocation: 'middle',
      nameGap: 30,
      ...valueAxisStyle(theme),
      axisLabel: { color: theme.mutedText, formatter: (v: number) => format.count(v) },
      min: 0,
    },
    yAxis: {
      type: 'log',
      name: labels.valueAxis,
      nameGap: 14,
      ...valueAxisStyle(theme),
      nameTextStyle: { color: theme.mutedText, align: 'left' },
      min: LOG_AXIS_FLOOR,
      axisLabel: { color: theme.mutedText, formatter: (v: number) => format.currencyCompact(v) },
    },
    series: result.segments.map((segment, index) => ({
      name: names.get(segment.segment) ?? labels.segmentN(segment.segment + 1),
      type: 'scatter' as const,
      symbolSize: 5,
      itemStyle: { color: segmentColour(theme, index), opacity: 0.7 },
      emphasis: { focus: 'series' as const },
      data: result.points
        .filter((p) => p.segment === segment.segment)
        .map((p): Point => [p.daysSinceLastPurchase, Math.max(LOG_AXIS_FLOOR, p.lifetimeValue), p.purchases]),
    })),
  };
}
