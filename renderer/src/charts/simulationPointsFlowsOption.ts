import type { SimulationResults } from '../../../shared/simulation/results';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, type ChartTheme } from './chartTheme';
import { alignedScales, amountAxis, periodAxis, SIMULATION_GRID_DUAL } from './simulationAxes';
import { gridTopFor, simulationLegend } from './simulationBand';
import { ENGLISH_SIMULATION_LABELS, type SimulationChartLabels } from './simulationLabels';
import { aggregateWeekly, periodLabels, periodTitle, POINTS_ISSUED_SERIES, POINTS_USED_SERIES, totalSeries, type Period } from './simulationSeries';
import { hoveredIndex, tooltipHtml, type TooltipRow } from './tooltip';

export interface PointsFlowsInput {
  results: SimulationResults;
  period: Period;
}

/** The English names (the default). */
export const OUTSTANDING_NAME = ENGLISH_SIMULATION_LABELS.points.outstanding;
export const LAPSED_NAME = ENGLISH_SIMULATION_LABELS.points.lapsed;

export interface PointsFlowsData {
  labels: string[];
  issued: { key: string; label: string; values: number[] }[];
  /** Redeemed and expired, as positive amounts (the chart draws them below zero). */
  used: { key: string; label: string; values: number[] }[];
  outstanding: number[];
  /** Of the outstanding, points held by customers who have lapsed and will not redeem them. */
  heldByLapsed: number[];
}

export function pointsFlowsData(results: SimulationResults, period: Period, words: SimulationChartLabels = ENGLISH_SIMULATION_LABELS): PointsFlowsData {
  const flow = (key: (typeof POINTS_ISSUED_SERIES)[number]['key'] | (typeof POINTS_USED_SERIES)[number]['key']) => aggregateWeekly(totalSeries(results, 'plan', key), period, 'flow');
  return {
    labels: periodLabels(results.horizonWeeks, period, words.periods),
    issued: POINTS_ISSUED_SERIES.map((s) => ({ key: s.key, label: words.pointsSeries[s.key], values: flow(s.key) })),
    used: POINTS_USED_SERIES.map((s) => ({ key: s.key, label: words.pointsSeries[s.key], values: flow(s.key) })),
    outstanding: aggregateWeekly(totalSeries(results, 'plan', 'pointsOutstanding'), period, 'stock'),
    heldByLapsed: aggregateWeekly(totalSeries(results, 'plan', 'pointsHeldByLapsed'), period, 'stock'),
  };
}

/**
 * Places in the palette (indigo, teal, orange, grape, cyan, lime, pink...): the issuing
 * mechanics in cool and distinct colours, orange kept for redeemed so points out never share a
 * colour with a source of points in.
 */
const ISSUED_PALETTE_PLACES = [0, 1, 6, 3, 4, 5] as const;
const REDEEMED_PALETTE_PLACE = 2;

export function pointsColours(theme: ChartTheme): { issued: string[]; redeemed: string; expired: string; outstanding: string } {
  const palette = theme.palette;
  const at = (place: number) => palette[place % palette.length] ?? theme.primary;
  return {
    issued: ISSUED_PALETTE_PLACES.map(at),
    redeemed: palette.length > REDEEMED_PALETTE_PLACE ? at(REDEEMED_PALETTE_PLACE) : theme.secondary,
    expired: theme.mutedText,
    outstanding: theme.text,
  };
}

/**
 * Points flows: issued by source stacked above zero, redeemed and expired stacked below it, so
 * each period reads as what came in against what went out; the balance still held is the line
 * on its own axis (a stock, at the period's end, in points).
 */
export function buildPointsFlowsOption(input: PointsFlowsInput, theme: ChartTheme, format: Formatters, words: SimulationChartLabels = ENGLISH_SIMULATION_LABELS): ChartOption {
  const { results, period } = input;
  const base = baseOption(theme);
  const data = pointsFlowsData(results, period, words);
  const names = words.points;
  const colours = pointsColours(theme);
  const usedColours = [colours.redeemed, colours.expired];
  const points = (v: number) => names.amount(format.count(v));
  const legend = [...data.issued.map((s) => s.label), ...data.used.map((s) => s.label), names.outstanding, names.lapsed];
  const inMost = Math.max(0, ...data.labels.map((_, i) => data.issued.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)));
  const outMost = Math.max(0, ...data.labels.map((_, i) => data.used.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)));
  const scales = alignedScales(-outMost, inMost, Math.max(0, ...data.outstanding));
  const flowsAxis = amountAxis(theme, names.flowsAxis, (v) => format.countCompact(v));
  const balanceAxis = amountAxis(theme, names.balanceAxis, (v) => (v < 0 ? '' : format.countCompact(v)), { position: 'right' });

  return {
    ...base,
    grid: { ...SIMULATION_GRID_DUAL, top: gridTopFor(legend) },
    legend: simulationLegend(theme, legend),
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const i = hoveredIndex(params);
        if (i === null) return '';
        const issuedTotal = data.issued.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
        const rows: TooltipRow[] = [
          ...data.issued.filter((s) => (s.values[i] ?? 0) !== 0).map((s) => ({ color: colours.issued[data.issued.indexOf(s)] ?? theme.primary, label: names.issued(s.label), value: points(s.values[i] ?? 0) })),
          { color: 'transparent', label: names.issuedAll, value: points(issuedTotal) },
          ...data.used.map((s, k) => ({ color: usedColours[k] ?? theme.secondary, label: s.label, value: points(s.values[i] ?? 0) })),
          { color: colours.outstanding, label: names.outstandingEnd, value: points(data.outstanding[i] ?? 0) },
          { color: colours.expired, label: names.lapsedCustomers, value: points(data.heldByLapsed[i] ?? 0) },
        ];
        return tooltipHtml(periodTitle(i, period, results.horizonWeeks, words.periods), rows);
      },
    },
    xAxis: periodAxis(theme, data.labels, period === 'week' ? words.periods.weekAxis : '', true, period === 'week'),
    // Zeros aligned: the balance is never negative, and must not look it where the flows' axis is.
    yAxis: scales ? [{ ...flowsAxis, ...scales.left }, { ...balanceAxis, ...scales.right }] : [flowsAxis, balanceAxis],
    series: [
      ...data.issued.map((s, k) => ({
        name: s.label,
        type: 'bar' as const,
        stack: 'issued',
        data: s.values,
        barMaxWidth: 48,
        itemStyle: { color: colours.issued[k] ?? theme.primary },
      })),
      ...data.used.map((s, k) => ({
        name: s.label,
        type: 'bar' as const,
        // The same stack as the issued points: echarts stacks negatives apart from positives,
        // so they sit below zero in the same bar slot rather than in a bar of their own.
        stack: 'issued',
        data: s.values.map((v) => -v),
        barMaxWidth: 48,
        itemStyle: { color: usedColours[k] ?? theme.secondary },
      })),
      {
        name: names.outstanding,
        type: 'line' as const,
        yAxisIndex: 1,
        data: data.outstanding,
        showSymbol: false,
        lineStyle: { color: colours.outstanding, width: 2 },
        itemStyle: { color: colours.outstanding },
        z: 5,
      },
      {
        // Inactivity breakage still on the books: outstanding, but nobody will come for it.
        name: names.lapsed,
        type: 'line' as const,
        yAxisIndex: 1,
        data: data.heldByLapsed,
        showSymbol: false,
        lineStyle: { color: colours.outstanding, width: 1.5, type: 'dashed' as const },
        itemStyle: { color: colours.outstanding },
        z: 5,
      },
    ],
  };
}
