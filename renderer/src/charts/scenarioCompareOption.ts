import type { LineSeriesOption } from 'echarts/charts';
import type { SeriesBand, SimulationResults } from '../../../shared/simulation/results';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, type ChartTheme } from './chartTheme';
import { amountAxis, periodAxis, SIMULATION_GRID } from './simulationAxes';
import { bandHasWidth, bandOpacity, bandSeries, gridTopFor, simulationLegend, type LegendEntry } from './simulationBand';
import { ENGLISH_PERIOD_WORDS, type PeriodWords } from './simulationLabels';
import { addSeries, COST_SERIES, periodLabels, totalSeries } from './simulationSeries';
import { hoveredIndex, tooltipHtml, type TooltipRow } from './tooltip';

/**
 * Up to four scenarios' runs on one chart: one line per scenario in its own colour, each over
 * its own P10-P90 band where it was run with more than one draw. The builders of the single-run
 * dashboard draw one run's parts; these draw several runs' totals, so they can be compared.
 */

export type CompareMetric = 'cost' | 'liability' | 'retention';

export interface CompareInput {
  /** In the order of the comparison: the first is the baseline. */
  runs: readonly { name: string; results: SimulationResults }[];
  metric: CompareMetric;
}

/** The comparison charts' words; the page passes them in the interface's language. */
export interface CompareLabels {
  counterfactual: string;
  band: (name: string) => string;
  /** The shared legend entry of several bands. */
  bands: string;
  axis: Readonly<Record<CompareMetric, string>>;
  axisWithCurrency: (axis: string, currency: string) => string;
  bandedTitle: (week: string) => string;
  periods: PeriodWords;
}

/** The English words (the default). */
export const COMPARE_NAMES: CompareLabels = {
  counterfactual: 'Without a plan',
  band: (name: string) => `${name}, P10–P90`,
  bands: 'P10–P90 over the draws',
  axis: { cost: 'Cumulative cost', liability: 'Liability at cost', retention: 'Customers alive' },
  axisWithCurrency: (axis, currency) => `${axis} (${currency})`,
  bandedTitle: (week) => `${week} · base case (P10–P90)`,
  periods: ENGLISH_PERIOD_WORDS,
};

/** A scenario's colour: the same in every chart of the comparison and in the table's header. */
export function scenarioColour(theme: ChartTheme, index: number): string {
  return theme.palette[index % theme.palette.length] ?? theme.primary;
}

/** Running totals of a weekly flow. */
export function cumulative(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

interface MetricSeries {
  line: number[];
  band: { p10: number[]; p90: number[] } | null;
}

/**
 * The line and band of one run for a metric. With several draws the line is the band's own
 * median (P50), so it always runs inside its shading; with one draw it is the base case. Cost is
 * accumulated week by week so scenarios with different timing (a launch bonus, a promotion)
 * compare on what they have cost so far; its band accumulates each week's P10, P50 and P90,
 * which bounds the spread of the total from outside (the draws move every week the same way,
 * so the bound is close).
 */
export function metricSeries(results: SimulationResults, metric: CompareMetric): MetricSeries {
  const band = (b: SeriesBand) => (results.draws > 1 && bandHasWidth(b) ? b : null);
  switch (metric) {
    case 'cost': {
      const weekly = addSeries(
        COST_SERIES.map((c) => totalSeries(results, 'plan', c.key)),
        results.horizonWeeks,
      );
      const b = band(results.bands.totalCost);
      return b ? { line: cumulative(b.p50), band: { p10: cumulative(b.p10), p90: cumulative(b.p90) } } : { line: cumulative(weekly), band: null };
    }
    case 'liability': {
      const b = band(results.bands.liabilityAtCost);
      return { line: b ? [...b.p50] : [...results.accounting.liabilityAtCost], band: b };
    }
    case 'retention': {
      const b = band(results.bands.alivePlan);
      return { line: b ? [...b.p50] : totalSeries(results, 'plan', 'alive'), band: b };
    }
  }
}

export function buildCompareOption(input: CompareInput, theme: ChartTheme, format: Formatters, names: CompareLabels = COMPARE_NAMES): ChartOption {
  const { runs, metric } = input;
  const base = baseOption(theme);
  const weeks = Math.max(1, ...runs.map((r) => r.results.horizonWeeks));
  const data = runs.map((r, i) => ({ ...r, colour: scenarioColour(theme, i), ...metricSeries(r.results, metric) }));
  // Several bands overlap: each lighter than a single run's, so the lines stay the thing read.
  const shade = bandOpacity(theme, runs.length > 1 ? 0.12 : 0.2);
  // Without the plan, customers are the same whichever plan is compared: one line, the baseline's.
  // With several draws it is the median over them, as the plan lines are.
  const counterfactualOf = (r: SimulationResults) => (r.draws > 1 ? [...r.bands.aliveCounterfactual.p50] : totalSeries(r, 'counterfactual', 'alive'));
  const counterfactual = metric === 'retention' && runs[0] ? counterfactualOf(runs[0].results) : null;

  const legend: LegendEntry[] = [...data.map((d) => d.name), ...(counterfactual ? [names.counterfactual] : [])];
  const banded = data.filter((d) => d.band !== null);
  if (banded.length > 0) legend.push({ band: banded.length === 1 ? names.band(banded[0]!.name) : names.bands, colour: theme.mutedText, opacity: shade });

  const value = (v: number) => (metric === 'retention' ? format.count(v) : format.currency(v));
  const series: LineSeriesOption[] = [];
  data.forEach((d, i) => {
    if (d.band) {
      // All bands share one legend entry (named like it), which shows or hides them together.
      const name = banded.length === 1 ? names.band(d.name) : names.bands;
      series.push(...bandSeries(`compare-${i}`, name, d.band, d.colour, shade));
    }
  });
  if (counterfactual) {
    series.push({
      name: names.counterfactual,
      type: 'line',
      data: counterfactual,
      showSymbol: false,
      lineStyle: { color: theme.mutedText, width: 2, type: 'dashed' },
      itemStyle: { color: theme.mutedText },
      z: 3,
    });
  }
  data.forEach((d, i) =>
    series.push({
      name: d.name,
      type: 'line',
      data: d.line,
      showSymbol: false,
      // The baseline is drawn a touch heavier: it is what the others are read against.
      lineStyle: { color: d.colour, width: i === 0 ? 3 : 2.25 },
      itemStyle: { color: d.colour },
      z: 5 + (runs.length - i),
    }),
  );

  return {
    ...base,
    grid: { ...SIMULATION_GRID, top: gridTopFor(legend) },
    legend: simulationLegend(theme, legend),
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      formatter: (params) => {
        const w = hoveredIndex(params);
        if (w === null) return '';
        const rows: TooltipRow[] = [];
        for (const d of data) {
          const v = d.line[w];
          if (v === undefined) continue;
          const spread = d.band ? ` (${value(d.band.p10[w] ?? v)} – ${value(d.band.p90[w] ?? v)})` : '';
          rows.push({ color: d.colour, label: d.name, value: `${value(v)}${spread}` });
        }
        if (counterfactual?.[w] !== undefined) rows.push({ color: theme.mutedText, label: names.counterfactual, value: value(counterfactual[w]) });
        const week = names.periods.weekTitle(w + 1);
        return tooltipHtml(banded.length > 0 ? names.bandedTitle(week) : week, rows);
      },
    },
    xAxis: periodAxis(theme, periodLabels(weeks, 'week', names.periods), names.periods.weekAxis, false, true),
    yAxis: amountAxis(theme, metric === 'retention' ? names.axis.retention : names.axisWithCurrency(names.axis[metric], runs[0]?.results.currency ?? ''), (v) =>
      metric === 'retention' ? format.countCompact(v) : format.currencyCompact(v),
    { scale: metric === 'retention' }),
    series,
  };
}
