import type { CustomerOverview } from '../../../shared/domain/workspace';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';

/** The chart's words, in the interface language: axis names and series (legend) names alike. */
export interface MonthlyActivityLabels {
  revenue: string;
  activeCustomers: string;
}

/** Revenue per month as bars (left axis) and active customers as a line (right axis). */
export function buildMonthlyActivityOption(overview: CustomerOverview, theme: ChartTheme, format: Formatters, labels: MonthlyActivityLabels): ChartOption {
  const base = baseOption(theme);
  return {
    ...base,
    grid: { left: 56, right: 48, top: 56, bottom: 28 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: theme.text } },
    tooltip: { ...base.tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: overview.monthly.map((m) => format.month(m.month)),
      ...categoryAxisStyle(theme),
    },
    yAxis: [
      {
        type: 'value',
        name: labels.revenue,
        nameGap: 14,
        ...valueAxisStyle(theme),
        axisLabel: { color: theme.mutedText, formatter: (v: number) => format.currencyCompact(v) },
      },
      {
        type: 'value',
        name: labels.activeCustomers,
        nameGap: 14,
        ...valueAxisStyle(theme),
        // One set of gridlines is enough; two scales' lines would not line up.
        splitLine: { show: false },
        axisLabel: { color: theme.mutedText, formatter: (v: number) => format.countCompact(v) },
      },
    ],
    series: [
      {
        name: labels.revenue,
        type: 'bar',
        yAxisIndex: 0,
        data: overview.monthly.map((m) => m.revenue),
        itemStyle: { color: theme.primary, borderRadius: [2, 2, 0, 0] },
        barMaxWidth: 28,
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? format.currency(v) : String(v)) },
      },
      {
        name: labels.activeCustomers,
        type: 'line',
        yAxisIndex: 1,
        data: overview.monthly.map((m) => m.activeCustomers),
        itemStyle: { color: theme.secondary },
        lineStyle: { width: 2.5, color: theme.secondary },
        symbol: 'circle',
        symbolSize: 5,
        smooth: false,
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? format.count(v) : String(v)) },
      },
    ],
  };
}
