import type { SimulationResults } from '../../../shared/simulation/results';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, type ChartTheme } from './chartTheme';
import { amountAxis, periodAxis, SIMULATION_GRID } from './simulationAxes';
import { bandHasWidth, bandOpacity, bandSeries, gridTopFor, simulationLegend, type LegendEntry } from './simulationBand';
import { ENGLISH_SIMULATION_LABELS, type SimulationChartLabels } from './simulationLabels';
import { periodLabels } from './simulationSeries';
import { hoveredIndex, tooltipHtml, type TooltipRow } from './tooltip';

/** The English names (the default). */
export const LIABILITY_NAMES = ENGLISH_SIMULATION_LABELS.liability;

/**
 * The points liability as it builds: what the outstanding points will cost to honour (the
 * budget view) and the IFRS 15 contract liability, revenue deferred at sale and not yet
 * released (the accounts view). They differ because one is at cost, the other at stand-alone
 * selling price. The spread of the liability at cost over the draws is shaded.
 */
export function buildLiabilityOption(results: SimulationResults, theme: ChartTheme, format: Formatters, words: SimulationChartLabels = ENGLISH_SIMULATION_LABELS): ChartOption {
  const names = words.liability;
  const base = baseOption(theme);
  const { liabilityAtCost, deferredRevenueBalance } = results.accounting;
  const band = results.bands.liabilityAtCost;
  const showBand = bandHasWidth(band);
  // The liability line is its band's median when the band is shown, so it runs inside its shading;
  // the deferred revenue has no band and is the base case (the subtitle says so).
  const liabilityLine = showBand ? band.p50 : liabilityAtCost;
  const deferredColour = theme.secondary;
  const money = (v: number) => format.currency(v);
  const shade = bandOpacity(theme, 0.2);
  const atCostName = showBand ? names.atCostMedian : names.atCost;
  const legend: LegendEntry[] = [atCostName, names.deferred, ...(showBand ? [{ band: names.band, colour: theme.primary, opacity: shade }] : [])];

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
        const rows: TooltipRow[] = [
          { color: theme.primary, label: atCostName, value: money(liabilityLine[w] ?? 0) },
          { color: deferredColour, label: names.deferred, value: money(deferredRevenueBalance[w] ?? 0) },
        ];
        if (showBand) rows.push({ color: theme.primary, label: names.band, value: `${money(band.p10[w] ?? 0)} – ${money(band.p90[w] ?? 0)}` });
        const released = results.accounting.revenueReleased[w];
        if (released !== undefined) rows.push({ color: 'transparent', label: names.released, value: money(released) });
        return tooltipHtml(names.weekEnd(w + 1), rows);
      },
    },
    xAxis: periodAxis(theme, periodLabels(results.horizonWeeks, 'week', words.periods), words.periods.weekAxis, false, true),
    yAxis: amountAxis(theme, names.axis(results.currency), (v) => format.currencyCompact(v)),
    series: [
      ...(showBand ? bandSeries('liability', names.band, band, theme.primary, shade) : []),
      {
        name: atCostName,
        type: 'line',
        data: [...liabilityLine],
        showSymbol: false,
        lineStyle: { color: theme.primary, width: 2.5 },
        itemStyle: { color: theme.primary },
        z: 4,
      },
      {
        name: names.deferred,
        type: 'line',
        data: [...deferredRevenueBalance],
        showSymbol: false,
        // Dashed and drawn on top: with cash-like rewards the two balances can nearly coincide, and both must stay visible.
        lineStyle: { color: deferredColour, width: 2, type: 'dashed' },
        itemStyle: { color: deferredColour },
        z: 5,
      },
    ],
  };
}
