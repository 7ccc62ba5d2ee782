import type { SimulationResults } from '../../../shared/simulation/results';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, type ChartTheme } from './chartTheme';
import { amountAxis, periodAxis, SIMULATION_GRID } from './simulationAxes';
import { bandHasWidth, bandOpacity, bandSeries, gridTopFor, simulationLegend, type LegendEntry } from './simulationBand';
import { ENGLISH_SIMULATION_LABELS, type SimulationChartLabels } from './simulationLabels';
import { periodLabels, segmentSeries, totalSeries } from './simulationSeries';
import { hoveredIndex, tooltipHtml, type TooltipRow } from './tooltip';

export interface RetentionInput {
  results: SimulationResults;
  /** A segment's name, or null for every customer (the only view with the P10-P90 bands: the bands are of totals). */
  segment: string | null;
}

/** The English names (the default); both worlds' bands share one legend entry, which shows or hides them together. */
export const RETENTION_NAMES = ENGLISH_SIMULATION_LABELS.retention;

/**
 * Customers still alive week by week, with the plan and in the world without it, on the same
 * customers: the gap between the lines is the customers the plan keeps. For all customers the
 * spread over the assumption draws is shaded behind each line.
 */
export function buildRetentionOption(input: RetentionInput, theme: ChartTheme, format: Formatters, labels: SimulationChartLabels = ENGLISH_SIMULATION_LABELS): ChartOption {
  const names = labels.retention;
  const { results, segment } = input;
  const base = baseOption(theme);
  const chosen = segment === null ? null : (results.segments.find((s) => s.segment === segment) ?? null);
  const planBand = results.bands.alivePlan;
  const counterfactualBand = results.bands.aliveCounterfactual;
  const showBands = chosen === null && (bandHasWidth(planBand) || bandHasWidth(counterfactualBand));
  // A shaded band surrounds its own median; without bands (a segment, or one draw) the lines are the base case.
  const plan = showBands ? [...planBand.p50] : chosen ? segmentSeries(chosen, 'plan', 'alive') : totalSeries(results, 'plan', 'alive');
  const counterfactual = showBands ? [...counterfactualBand.p50] : chosen ? segmentSeries(chosen, 'counterfactual', 'alive') : totalSeries(results, 'counterfactual', 'alive');
  const counterfactualColour = theme.mutedText;
  const planShade = bandOpacity(theme, 0.2);
  const counterfactualShade = bandOpacity(theme, 0.16);

  const legend: LegendEntry[] = [names.plan, names.counterfactual];
  if (showBands) legend.push({ band: names.band, colour: theme.primary, opacity: planShade });

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
        const p = plan[w] ?? 0;
        const c = counterfactual[w] ?? 0;
        const rows: TooltipRow[] = [
          { color: theme.primary, label: names.plan, value: format.count(p) },
          { color: counterfactualColour, label: names.counterfactual, value: format.count(c) },
          { color: 'transparent', label: names.kept, value: `${p - c >= 0 ? '+' : ''}${format.count(p - c)}` },
        ];
        if (showBands) {
          rows.push({ color: theme.primary, label: names.planBand, value: `${format.count(planBand.p10[w] ?? 0)} – ${format.count(planBand.p90[w] ?? 0)}` });
          rows.push({
            color: counterfactualColour,
            label: names.counterfactualBand,
            value: `${format.count(counterfactualBand.p10[w] ?? 0)} – ${format.count(counterfactualBand.p90[w] ?? 0)}`,
          });
        }
        return tooltipHtml(`${labels.periods.weekTitle(w + 1)}${chosen ? ` · ${chosen.segment}` : ''}`, rows);
      },
    },
    xAxis: periodAxis(theme, periodLabels(results.horizonWeeks, 'week', labels.periods), labels.periods.weekAxis, false, true),
    // Not from zero: the lines start near the base's size and the gap between them is the point.
    yAxis: amountAxis(theme, names.axis, (v) => format.countCompact(v), { scale: true }),
    series: [
      ...(showBands
        ? [...bandSeries('alive-cf', names.band, counterfactualBand, counterfactualColour, counterfactualShade), ...bandSeries('alive-plan', names.band, planBand, theme.primary, planShade)]
        : []),
      {
        name: names.counterfactual,
        type: 'line',
        data: counterfactual,
        showSymbol: false,
        lineStyle: { color: counterfactualColour, width: 2, type: 'dashed' },
        itemStyle: { color: counterfactualColour },
        z: 3,
      },
      {
        name: names.plan,
        type: 'line',
        data: plan,
        showSymbol: false,
        lineStyle: { color: theme.primary, width: 2.5 },
        itemStyle: { color: theme.primary },
        z: 4,
      },
    ],
  };
}
