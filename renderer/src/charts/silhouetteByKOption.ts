import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';
import { categoryTooltip, tooltipHtml } from './tooltip';

export interface SilhouetteByK {
  candidates: readonly { k: number; silhouette: number }[];
  /** The k chosen; its bar is drawn in full colour. */
  chosen: number | null;
}

/** The chart's words, in the interface language. */
export interface SilhouetteByKLabels {
  silhouette: string;
  kSegments(k: number): string;
  kChosen(k: number): string;
  kAxis: string;
}

/** The silhouette of each number of segments tried: higher means better separated segments. */
export function buildSilhouetteByKOption(input: SilhouetteByK, theme: ChartTheme, format: Formatters, labels: SilhouetteByKLabels): ChartOption {
  const candidates = [...input.candidates].sort((a, b) => a.k - b.k);
  const base = baseOption(theme);
  return {
    ...base,
    grid: { left: 44, right: 8, top: 28, bottom: 40 },
    tooltip: categoryTooltip(theme, candidates, (c) => {
      const title = c.k === input.chosen ? labels.kChosen(c.k) : labels.kSegments(c.k);
      return tooltipHtml(title, [{ color: theme.primary, label: labels.silhouette, value: format.decimal2(c.silhouette) }]);
    }),
    xAxis: { type: 'category', name: labels.kAxis, nameLocation: 'middle', nameGap: 26, data: candidates.map((c) => String(c.k)), ...categoryAxisStyle(theme) },
    yAxis: {
      type: 'value',
      name: labels.silhouette,
      nameGap: 10,
      ...valueAxisStyle(theme),
      nameTextStyle: { color: theme.mutedText, align: 'left' },
      axisLabel: { color: theme.mutedText, formatter: (v: number) => format.decimal2(v) },
    },
    series: [
      {
        name: labels.silhouette,
        type: 'bar',
        barWidth: '55%',
        data: candidates.map((c) => ({ value: c.silhouette, itemStyle: { color: c.k === input.chosen ? theme.primary : theme.primaryMuted, borderRadius: [2, 2, 0, 0] } })),
      },
    ],
  };
}
