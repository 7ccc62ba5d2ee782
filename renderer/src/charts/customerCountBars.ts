import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';
import { categoryTooltip, tooltipHtml } from './tooltip';

export interface CustomerCountBars {
  /** One label a bar, under the axis. */
  labels: string[];
  /** Customers in each bar. */
  counts: number[];
  /** Under the bars, e.g. "Purchases per customer". */
  axisName: string;
  /** The tooltip's title for bar i, in words. */
  describe: (index: number) => string;
  /** What the bars count, in the interface language: "Customers". */
  customers: string;
  /** Which axis labels to print; all that fit by default. */
  showLabel?: (index: number) => boolean;
}

/**
 * Bars of customers over categories (purchase counts, value bins): the one shape the Data page's
 * histograms share, so they read alike — the tooltip names the bar in words and counts customers.
 */
export function buildCustomerCountBars(spec: CustomerCountBars, theme: ChartTheme, format: Formatters): ChartOption {
  const base = baseOption(theme);
  const { showLabel } = spec;
  return {
    ...base,
    grid: { left: 48, right: 16, top: 38, bottom: 42 },
    tooltip: categoryTooltip(theme, spec.counts, (count, index) =>
      tooltipHtml(spec.describe(index), [{ color: theme.primary, label: spec.customers, value: format.count(count) }]),
    ),
    xAxis: {
      type: 'category',
      name: spec.axisName,
      nameLocation: 'middle',
      nameGap: 29,
      data: spec.labels,
      ...categoryAxisStyle(theme),
      axisLabel: showLabel ? { color: theme.mutedText, interval: (index: number) => showLabel(index) } : { color: theme.mutedText, hideOverlap: true },
      // Ticks under the bars, not between them: the bars are categories, not bin edges.
      axisTick: { alignWithLabel: true, lineStyle: { color: theme.axisLine } },
    },
    yAxis: {
      type: 'value',
      name: spec.customers,
      nameGap: 13,
      ...valueAxisStyle(theme),
      axisLabel: { color: theme.mutedText, formatter: (v: number) => format.countCompact(v) },
    },
    series: [
      {
        name: spec.customers,
        type: 'bar',
        data: spec.counts,
        barCategoryGap: '11%',
        itemStyle: { color: theme.primary, borderRadius: [2, 2, 0, 0] },
      },
    ],
  };
}
