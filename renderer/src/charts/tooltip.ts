import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { TooltipComponentOption } from 'echarts/components';
import { baseOption, type ChartTheme } from './chartTheme';

/** One line of a tooltip: a colour swatch, what the value is, and the value already formatted. */
export interface TooltipRow {
  color: string;
  label: string;
  value: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** echarts puts a formatter's string into the page as HTML; labels may come from a client's file. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The tooltip body, laid out like echarts' own (title, then swatch, label and right-aligned
 * value), so charts with a custom formatter look like the ones without.
 */
export function tooltipHtml(title: string, rows: readonly TooltipRow[]): string {
  const lines = rows.map(
    (row) =>
      `<div style="display:flex;align-items:center;gap:8px;margin-top:4px">` +
      `<span style="display:inline-block;width:9px;height:9px;border-radius:50%;background:${escapeHtml(row.color)}"></span>` +
      `<span style="flex:1">${escapeHtml(row.label)}</span>` +
      `<span style="font-weight:600;margin-left:16px">${escapeHtml(row.value)}</span></div>`,
  );
  return `<div style="font-weight:600">${escapeHtml(title)}</div>${lines.join('')}`;
}

/** The category a tooltip is about: axis tooltips pass a list, item tooltips one entry. */
export function hoveredIndex(params: TooltipComponentFormatterCallbackParams): number | null {
  const first = Array.isArray(params) ? params[0] : params;
  return first && typeof first.dataIndex === 'number' ? first.dataIndex : null;
}

/**
 * The axis tooltip every category chart uses: a shadow over the hovered category, and the body
 * the chart writes for that category's item (nothing when there is none).
 */
export function categoryTooltip<T>(theme: ChartTheme, items: readonly T[], describe: (item: T, index: number) => string): TooltipComponentOption {
  return {
    ...baseOption(theme).tooltip,
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    formatter: (params) => {
      const index = hoveredIndex(params);
      const item = index === null ? undefined : items[index];
      return index === null || item === undefined ? '' : describe(item, index);
    },
  };
}
