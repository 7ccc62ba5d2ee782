import type { CohortRow } from '../../../shared/domain/customers';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';
import { categoryTooltip, tooltipHtml } from './tooltip';

/** The chart's words, in the interface language. */
export interface CohortLabels {
  /** Series and right axis: "Bought again". */
  boughtAgain: string;
  boughtOnce: string;
  shareBoughtAgain: string;
  /** The left axis. */
  newCustomers: string;
  /** The tooltip's title: "First purchase in Mar 2024". */
  firstPurchaseIn(month: string): string;
}

/** The share of a cohort that came back, 0 to 1; 0 for an empty cohort rather than NaN. */
export function repeatShare(row: CohortRow): number {
  return row.customers > 0 ? row.repeatCustomers / row.customers : 0;
}

/**
 * Customers by the month of their first purchase, stacked into those who bought again and those
 * who have not (yet), with the share who came back as a line on its own 0-100% axis. Recent
 * cohorts have had less time to return, which is why the line falls at the right.
 */
export function buildCohortOption(rows: readonly CohortRow[], theme: ChartTheme, format: Formatters, labels: CohortLabels): ChartOption {
  const base = baseOption(theme);
  const shares = rows.map(repeatShare);
  return {
    ...base,
    grid: { left: 56, right: 56, top: 56, bottom: 28 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: theme.text } },
    tooltip: categoryTooltip(theme, rows, (row) =>
      tooltipHtml(labels.firstPurchaseIn(format.month(row.month)), [
        { color: theme.primary, label: labels.boughtAgain, value: format.count(row.repeatCustomers) },
        { color: theme.primaryMuted, label: labels.boughtOnce, value: format.count(row.customers - row.repeatCustomers) },
        { color: theme.secondary, label: labels.shareBoughtAgain, value: format.percent(repeatShare(row)) },
      ]),
    ),
    xAxis: {
      type: 'category',
      data: rows.map((row) => format.month(row.month)),
      ...categoryAxisStyle(theme),
      axisLabel: { color: theme.mutedText, hideOverlap: true },
    },
    yAxis: [
      {
        type: 'value',
        name: labels.newCustomers,
        nameGap: 14,
        ...valueAxisStyle(theme),
        axisLabel: { color: theme.mutedText, formatter: (v: number) => format.countCompact(v) },
      },
      {
        type: 'value',
        name: labels.boughtAgain,
        nameGap: 14,
        min: 0,
        max: 1,
        ...valueAxisStyle(theme),
        // One set of gridlines is enough; two scales' lines would not line up.
        splitLine: { show: false },
        axisLabel: { color: theme.mutedText, formatter: (v: number) => `${Math.round(v * 100)}%` },
      },
    ],
    series: [
      {
        name: labels.boughtAgain,
        type: 'bar',
        stack: 'cohort',
        yAxisIndex: 0,
        data: rows.map((row) => row.repeatCustomers),
        itemStyle: { color: theme.primary },
        barMaxWidth: 28,
      },
      {
        name: labels.boughtOnce,
        type: 'bar',
        stack: 'cohort',
        yAxisIndex: 0,
        data: rows.map((row) => row.customers - row.repeatCustomers),
        itemStyle: { color: theme.primaryMuted, borderRadius: [2, 2, 0, 0] },
        barMaxWidth: 28,
      },
      {
        name: labels.shareBoughtAgain,
        type: 'line',
        yAxisIndex: 1,
        data: shares,
        itemStyle: { color: theme.secondary },
        lineStyle: { width: 2.5, color: theme.secondary },
        symbol: 'circle',
        symbolSize: 5,
      },
    ],
  };
}
