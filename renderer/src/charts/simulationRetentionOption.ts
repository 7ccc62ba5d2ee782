import type { SimulationResults } from '../../../shared/simulation/results';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, type ChartTheme } from './chartTheme';
import { amountAxis, periodAxis, SIMULATION_GRID } from './simulationAxes';
import { bandHasWidth, bandOpacity, bandSeries, gridTopFor, simulationLegend, type LegendEntry } from './simulationBand';
import { periodLabels, segmentSeries, totalSeries } from './simulationSeries';
import { hoveredIndex, tooltipHtml, type TooltipRow } from './tooltip';

export interface RetentionInput {
  results: SimulationResults;
  /** A segment's name, or null for every customer (the only view with the P10-P90 bands: the bands are of totals). */
  segment: string | null;
}

export const RETENTION_NAMES = {
  plan: 'With the plan',
  counterfactual: 'Without the plan',
  /** Both worlds' bands share one legend entry, which shows or hides them together. */
  band: 'P10–P90 over the draws',
  planBand: 'With the plan, P10–P90',
  counterfactualBand: 'Without the plan, P10–P90',
} as const;

/**
 * Customers still alive week by week, with the plan and in the world without it, on the same
 * customers: the gap between the lines is the customers the plan keeps. For all customers the
 * spread over the assumption draws is shaded behind each line.
 */
export function buildRetentionOption(input: RetentionInput, theme: ChartTheme, format: Formatters): ChartOption {
  const { results, segment } = input;
  const base = baseOption(theme);
  const chosen = segment === null ? null : (results.segments.find((s) => s.segment === segment) ?? null);
  const plan = chosen ? segmentSeries(chosen, 'plan', 'alive') : totalSeries(results, 'plan', 'alive');
  const counterfactual = chosen ? segmentSeries(chosen, 'counterfactual', 'alive') : totalSeries(results, 'counterfactual', 'alive');
  const planBand = results.bands.alivePlan;
  const counterfactualBand = results.bands.aliveCounterfactual;
  const showBands = chosen === null && (bandHasWidth(planBand) || bandHasWidth(counterfactualBand));
  const counterfactualColour = theme.mutedText;
  const planShade = bandOpacity(theme, 0.2);
  const counterfactualShade = bandOpacity(theme, 0.16);

  const legend: LegendEntry[] = [RETENTION_NAMES.plan, RETENTION_NAMES.counterfactual];
  if (showBands) legend.push({ band: RETENTION_NAMES.band, colour: theme.primary, opacity: planShade });

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
          { color: theme.primary, label: RETENTION_NAMES.plan, value: format.count(p) },
          { color: counterfactualColour, label: RETENTION_NAMES.counterfactual, value: format.count(c) },
          { color: 'transparent', label: 'Kept by the plan', value: `${p - c >= 0 ? '+' : ''}${format.count(p - c)}` },
        ];
        if (showBands) {
          rows.push({ color: theme.primary, label: RETENTION_NAMES.planBand, value: `${format.count(planBand.p10[w] ?? 0)} – ${format.count(planBand.p90[w] ?? 0)}` });
          rows.push({
            color: counterfactualColour,
            label: RETENTION_NAMES.counterfactualBand,
            value: `${format.count(counterfactualBand.p10[w] ?? 0)} – ${format.count(counterfactualBand.p90[w] ?? 0)}`,
          });
        }
        return tooltipHtml(`Week ${w + 1}${chosen ? ` · ${chosen.segment}` : ''}`, rows);
      },
    },
    xAxis: periodAxis(theme, periodLabels(results.horizonWeeks, 'week'), 'Week', false),
    // Not from zero: the lines start near the base's size and the gap between them is the point.
    yAxis: amountAxis(theme, 'Customers alive', (v) => format.countCompact(v), { scale: true }),
    series: [
      ...(showBands
        ? [...bandSeries('alive-cf', RETENTION_NAMES.band, counterfactualBand, counterfactualColour, counterfactualShade), ...bandSeries('alive-plan', RETENTION_NAMES.band, planBand, theme.primary, planShade)]
        : []),
      {
        name: RETENTION_NAMES.counterfactual,
        type: 'line',
        data: counterfactual,
        showSymbol: false,
        lineStyle: { color: counterfactualColour, width: 2, type: 'dashed' },
        itemStyle: { color: counterfactualColour },
        z: 3,
      },
      {
        name: RETENTION_NAMES.plan,
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
