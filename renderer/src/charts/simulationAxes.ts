import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import { categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';

/**
 * Axes and layout the simulation charts share, so the four charts of the dashboard line up:
 * the same grid margins, the period axis named the same way, value axes named above the axis.
 */

export const SIMULATION_GRID = { left: 72, right: 24, top: 64, bottom: 36 } as const;
/** With a second value axis on the right. */
export const SIMULATION_GRID_DUAL = { ...SIMULATION_GRID, right: 72 } as const;

export function periodAxis(theme: ChartTheme, labels: readonly string[], name: string, bars: boolean): XAXisComponentOption {
  return {
    type: 'category',
    data: [...labels],
    boundaryGap: bars,
    name,
    nameLocation: 'middle',
    nameGap: 26,
    ...categoryAxisStyle(theme),
    axisLabel: { color: theme.mutedText, hideOverlap: true },
    axisTick: { alignWithLabel: true, lineStyle: { color: theme.axisLine } },
  };
}

export function amountAxis(theme: ChartTheme, name: string, formatter: (value: number) => string, options: { scale?: boolean; position?: 'left' | 'right' } = {}): YAXisComponentOption {
  const right = options.position === 'right';
  return {
    type: 'value',
    name,
    nameGap: 14,
    scale: options.scale ?? false,
    position: options.position ?? 'left',
    ...valueAxisStyle(theme),
    // A right-hand axis draws no grid lines of its own: two sets of lines would not align.
    ...(right ? { splitLine: { show: false } } : {}),
    nameTextStyle: { color: theme.mutedText, align: right ? 'right' : 'left' },
    axisLabel: { color: theme.mutedText, formatter: (v: number) => formatter(v) },
  };
}
