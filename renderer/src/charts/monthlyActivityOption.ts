import type { CustomerOverview } from '../../../shared/domain/workspace';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';

export const REVENUE_SERIES = 'Revenue';
export const ACTIVE_CUSTOMERS_SERIES = 'Active customers';

/** Revenue per month as bars (left axis) and active customers as a line (right axis). */
export function buildMonthlyActivityOption(overview: CustomerOverview, theme: ChartTheme, format: Formatters): ChartOption {
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
        name: 'Revenue',
        nameGap: 14,
        ...valueAxisStyle(theme),
        axisLabel: { color: theme.mutedText, formatter: (v: number) => format.currencyCompact(v) },
      },
      {
        type: 'value',
        name: 'Active customers',
        nameGap: 14,
        ...valueAxisStyle(theme),
        // One set of gridlines is enough; two scales' lines would not line up.
        splitLine: { show: false },
        axisLabel: { color: theme.mutedText, formatter: (v: number) => format.countCompact(v) },
      },
    ],
    series: [
      {
        name: REVENUE_SERIES,
        type: 'bar',
        yAxisIndex: 0,
        data: overview.monthly.map((m) => m.revenue),
        itemStyle: { color: theme.primary, borderRadius: [2, 2, 0, 0] },
        barMaxWidth: 28,
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? format.currency(v) : String(v)) },
      },
      {
        name: ACTIVE_CUSTOMERS_SERIES,
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
