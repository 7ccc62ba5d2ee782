import type { LineSeriesOption } from 'echarts/charts';
import type { LegendComponentOption } from 'echarts/components';
import type { ChartTheme } from './chartTheme';

/**
 * A P10-P90 band drawn as a shaded area: an invisible line at P10 and, stacked on it, the width
 * P90 - P10 filled. `stackStrategy: 'all'` makes echarts stack across zero, so a band that
 * starts below zero (incremental revenue early on) is still drawn between its own edges.
 * Both parts are silent: the chart's tooltip reports the band from the data, not from these.
 */
export function bandSeries(id: string, name: string, band: { p10: readonly number[]; p90: readonly number[] }, colour: string, opacity: number, yAxisIndex = 0): LineSeriesOption[] {
  const common = {
    type: 'line' as const,
    stack: `band-${id}`,
    stackStrategy: 'all' as const,
    symbol: 'none',
    silent: true,
    yAxisIndex,
    lineStyle: { width: 0, opacity: 0 },
    emphasis: { disabled: true },
    z: 1,
  };
  return [
    { ...common, id: `${id}-low`, name: `${name} (P10)`, data: [...band.p10] },
    {
      ...common,
      id: `${id}-width`,
      // The legend shows this one under the band's name; its swatch is the shading's colour.
      name,
      data: band.p90.map((high, w) => Math.max(0, high - (band.p10[w] ?? high))),
      areaStyle: { color: colour, opacity },
      itemStyle: { color: colour, opacity },
    },
  ];
}

/** True when a band has any width: with one draw P10 = P90 and there is nothing to shade. */
export function bandHasWidth(band: { p10: readonly number[]; p90: readonly number[] }): boolean {
  return band.p90.some((high, w) => Math.abs(high - (band.p10[w] ?? high)) > 1e-9 * Math.max(1, Math.abs(high)));
}

/** The legend every simulation chart shares: top, scrolling when long, names listed explicitly so band edges stay out. */
export function simulationLegend(theme: ChartTheme, names: readonly string[]): LegendComponentOption {
  return {
    type: 'plain',
    top: 0,
    left: 0,
    data: [...names],
    textStyle: { color: theme.mutedText, fontSize: 12 },
    itemWidth: 16,
    itemHeight: 9,
    itemGap: 14,
  };
}
