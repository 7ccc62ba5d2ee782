import type { SimulationResults } from '../../../shared/simulation/results';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, type ChartTheme } from './chartTheme';
import { amountAxis, periodAxis, SIMULATION_GRID } from './simulationAxes';
import { bandHasWidth, bandSeries, gridTopFor, simulationLegend, type LegendEntry } from './simulationBand';
import { ENGLISH_SIMULATION_LABELS, type SimulationChartLabels } from './simulationLabels';
import { addSeries, aggregateWeekly, COST_SERIES, periodLabels, periodTitle, totalSeries, type Period } from './simulationSeries';
import { hoveredIndex, tooltipHtml, type TooltipRow } from './tooltip';

export interface CostStackInput {
  results: SimulationResults;
  period: Period;
}

/** The band's English name (the default). */
export const COST_BAND_NAME = ENGLISH_SIMULATION_LABELS.cost.band;

/** A cost line's colour, the same whatever the period shown. Fixed costs take the quiet colour: they are not a lever. */
export function costColour(theme: ChartTheme, index: number): string {
  if (COST_SERIES[index]?.key === 'fixedCost') return theme.mutedText;
  return theme.palette[index % theme.palette.length] ?? theme.primary;
}

/** The programme's cost by period and by kind (plan world, base case), for every segment together. */
export function costStackData(
  results: SimulationResults,
  period: Period,
  words: SimulationChartLabels = ENGLISH_SIMULATION_LABELS,
): { labels: string[]; lines: { key: string; label: string; values: number[] }[]; total: number[] } {
  const weekly = COST_SERIES.map((c) => ({ ...c, weekly: totalSeries(results, 'plan', c.key) }));
  const lines = weekly.map((c) => ({ key: c.key, label: words.costSeries[c.key], values: aggregateWeekly(c.weekly, period, 'flow') }));
  const total = aggregateWeekly(
    addSeries(
      weekly.map((c) => c.weekly),
      results.horizonWeeks,
    ),
    period,
    'flow',
  );
  return { labels: periodLabels(results.horizonWeeks, period, words.periods), lines, total };
}

/**
 * The cost stack: what the programme costs each period, split by kind. Partner settlement can
 * be a credit (earn partners pay for the points they issue) and then stacks below zero. By
 * week, the spread of the total over the assumption draws is shaded behind the bars; by quarter
 * or year it is not, because a sum of weekly percentiles is not a percentile of the sum.
 */
export function buildCostStackOption(input: CostStackInput, theme: ChartTheme, format: Formatters, words: SimulationChartLabels = ENGLISH_SIMULATION_LABELS): ChartOption {
  const { results, period } = input;
  const base = baseOption(theme);
  const { labels, lines, total } = costStackData(results, period, words);
  const bandName = words.cost.band;
  const band = results.bands.totalCost;
  const showBand = period === 'week' && bandHasWidth(band);
  const money = (v: number) => (Math.abs(v) < 100 ? format.currencyPrecise(v) : format.currency(v));
  // The bars are the base case by kind (the draws keep no band per kind); the band is of the
  // total, so it surrounds a line of its own median rather than the bars' top.
  const medianName = words.cost.median;
  const legend: LegendEntry[] = [...lines.map((l) => l.label), ...(showBand ? [medianName, { band: bandName, colour: theme.primaryMuted, opacity: 0.45 }] : [])];

  return {
    ...base,
    grid: { ...SIMULATION_GRID, top: gridTopFor(legend) },
    legend: simulationLegend(theme, legend),
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const i = hoveredIndex(params);
        if (i === null) return '';
        const rows: TooltipRow[] = lines
          .map((l, k) => ({ color: costColour(theme, k), label: l.label, value: money(l.values[i] ?? 0), raw: l.values[i] ?? 0 }))
          .filter((r) => r.raw !== 0)
          .map(({ color, label, value }) => ({ color, label, value }));
        rows.push({ color: 'transparent', label: words.cost.total, value: money(total[i] ?? 0) });
        if (showBand) {
          rows.push({ color: theme.text, label: medianName, value: money(band.p50[i] ?? 0) });
          rows.push({ color: theme.primaryMuted, label: bandName, value: `${money(band.p10[i] ?? 0)} – ${money(band.p90[i] ?? 0)}` });
        }
        return tooltipHtml(periodTitle(i, period, results.horizonWeeks, words.periods), rows);
      },
    },
    xAxis: periodAxis(theme, labels, period === 'week' ? words.periods.weekAxis : '', true, period === 'week'),
    yAxis: amountAxis(theme, words.cost.axis(results.currency), (v) => format.currencyCompact(v)),
    series: [
      ...(showBand ? bandSeries('total-cost', bandName, band, theme.primaryMuted, 0.45) : []),
      ...lines.map((l, k) => ({
        name: l.label,
        type: 'bar' as const,
        stack: 'cost',
        data: l.values,
        barMaxWidth: 48,
        itemStyle: { color: costColour(theme, k) },
        z: 2,
      })),
      ...(showBand
        ? [{ name: medianName, type: 'line' as const, data: [...band.p50], showSymbol: false, lineStyle: { color: theme.text, width: 1.5 }, itemStyle: { color: theme.text }, z: 4 }]
        : []),
    ],
  };
}
