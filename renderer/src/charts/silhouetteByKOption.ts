import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';
import { categoryTooltip, tooltipHtml } from './tooltip';

export interface SilhouetteByK {
  candidates: readonly { k: number; silhouette: number }[];
  /** The k chosen; its bar is drawn in full colour. */
  chosen: number | null;
}

/** The silhouette of each number of segments tried: higher means better separated segments. */
export function buildSilhouetteByKOption(input: SilhouetteByK, theme: ChartTheme, format: Formatters): ChartOption {
  const candidates = [...input.candidates].sort((a, b) => a.k - b.k);
  const base = baseOption(theme);
  return {
    ...base,
    grid: { left: 44, right: 8, top: 28, bottom: 40 },
    tooltip: categoryTooltip(theme, candidates, (c) => {
      const title = `${c.k} segments${c.k === input.chosen ? ' (chosen)' : ''}`;
      return tooltipHtml(title, [{ color: theme.primary, label: 'Silhouette', value: format.decimal2(c.silhouette) }]);
    }),
    xAxis: { type: 'category', name: 'Number of segments (k)', nameLocation: 'middle', nameGap: 26, data: candidates.map((c) => String(c.k)), ...categoryAxisStyle(theme) },
    yAxis: {
      type: 'value',
      name: 'Silhouette',
      nameGap: 10,
      ...valueAxisStyle(theme),
      nameTextStyle: { color: theme.mutedText, align: 'left' },
      axisLabel: { color: theme.mutedText, formatter: (v: number) => format.decimal2(v) },
    },
    series: [
      {
        name: 'Silhouette',
        type: 'bar',
        barWidth: '55%',
        data: candidates.map((c) => ({ value: c.silhouette, itemStyle: { color: c.k === input.chosen ? theme.primary : theme.primaryMuted, borderRadius: [2, 2, 0, 0] } })),
      },
    ],
  };
}
