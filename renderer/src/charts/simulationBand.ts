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

/**
 * How strongly a band is shaded. A light tint that reads on white all but vanishes on a dark
 * card, so on dark themes (told by the tooltip's background, the one surface colour the chart
 * theme carries) the shading is made stronger.
 */
export function bandOpacity(theme: ChartTheme, light = 0.2): number {
  return isDark(theme.tooltipBackground) ? Math.min(1, light * 1.8) : light;
}

function isDark(colour: string): boolean {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(colour.trim());
  if (!m) return false;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
}

/** True when a band has any width: with one draw P10 = P90 and there is nothing to shade. */
export function bandHasWidth(band: { p10: readonly number[]; p90: readonly number[] }): boolean {
  return band.p90.some((high, w) => Math.abs(high - (band.p10[w] ?? high)) > 1e-9 * Math.max(1, Math.abs(high)));
}

/** A legend entry: a series' name, or a band's, which shows as a shaded square in the band's colour. */
export type LegendEntry = string | { band: string; colour: string; opacity: number };

/**
 * The legend every simulation chart shares: at the top, names listed explicitly so band edges
 * stay out, bands as shaded squares (their own line is invisible, so echarts' default swatch
 * would be too).
 */
export function simulationLegend(theme: ChartTheme, entries: readonly LegendEntry[]): LegendComponentOption {
  return {
    top: 0,
    left: 0,
    data: entries.map((e) => (typeof e === 'string' ? e : { name: e.band, icon: 'rect', itemStyle: { color: e.colour, opacity: Math.min(1, e.opacity * 2.5) } })),
    textStyle: { color: theme.mutedText, fontSize: 12 },
    itemWidth: 14,
    itemHeight: 9,
    itemGap: 12,
  };
}

/**
 * Room above the plot for the legend and the axis name. The builders do not know the chart's
 * width, so they estimate the legend's rows at the narrowest width the dashboard gives a chart
 * (two columns in a 1440 px window) and leave room for them: the legend then never covers the plot.
 */
export const NARROWEST_CHART_PX = 520;
/** Swatch, the gap after it, and the gap to the next item. */
const LEGEND_ITEM_EXTRA_PX = 14 + 5 + 12;
export function gridTopFor(entries: readonly LegendEntry[]): number {
  const widths = entries.map((e) => (typeof e === 'string' ? e : e.band).length * 6 + LEGEND_ITEM_EXTRA_PX);
  let rows = 1;
  let used = 0;
  for (const w of widths) {
    if (used + w > NARROWEST_CHART_PX && used > 0) {
      rows++;
      used = 0;
    }
    used += w;
  }
  return 30 + rows * 22;
}
