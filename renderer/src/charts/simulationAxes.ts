import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import { categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';

/**
 * Axes and layout the simulation charts share, so the four charts of the dashboard line up:
 * the same grid margins, the period axis named the same way, value axes named above the axis.
 */

export const SIMULATION_GRID = { left: 72, right: 24, top: 64, bottom: 36 } as const;
/** With a second value axis on the right. */
export const SIMULATION_GRID_DUAL = { ...SIMULATION_GRID, right: 72 } as const;

/**
 * Which weeks a week axis labels: week 1, then every 4th, 13th, 26th or 52nd week depending on
 * the horizon, so the marks fall on months, quarters and years rather than on 11, 21, 31.
 */
export function weekLabelStep(weeks: number): number {
  if (weeks <= 52) return 4;
  if (weeks <= 156) return 13;
  if (weeks <= 312) return 26;
  return 52;
}

export function isLabelledWeek(index: number, weeks: number): boolean {
  return index === 0 || (index + 1) % weekLabelStep(weeks) === 0;
}

/** `weekly`: the axis is of weeks (labelled at week 1 and then by month, quarter or year), whatever its name in the interface's language. */
export function periodAxis(theme: ChartTheme, labels: readonly string[], name: string, bars: boolean, weekly: boolean = name === 'Week'): XAXisComponentOption {
  const interval = (index: number) => isLabelledWeek(index, labels.length);
  return {
    type: 'category',
    data: [...labels],
    boundaryGap: bars,
    name,
    nameLocation: 'middle',
    nameGap: 26,
    ...categoryAxisStyle(theme),
    axisLabel: { color: theme.mutedText, hideOverlap: true, ...(weekly ? { interval } : {}) },
    axisTick: { alignWithLabel: true, lineStyle: { color: theme.axisLine }, ...(weekly ? { interval } : {}) },
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

/** The smallest "nice" step (1, 2, 2.5 or 5 times a power of ten) at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw * (1 - 1e-9)) ?? 10;
  return step * power;
}

export interface AlignedScales {
  left: { min: number; max: number; interval: number };
  right: { min: number; max: number; interval: number };
}

/**
 * Bounds for a chart of flows above and below zero (left axis) and a non-negative stock (right
 * axis) whose zeros and grid lines coincide, so the stock's line never seems to dip below zero
 * where the flows' axis is negative. The right axis's labels below zero are hidden by the caller.
 */
export function alignedScales(leftMin: number, leftMax: number, rightMax: number, targetTicks = 5): AlignedScales | null {
  const below = Math.max(0, -leftMin);
  const above = Math.max(0, leftMax);
  if (below + above <= 0) return null;
  const step = niceStep((below + above) / targetTicks);
  const ticksBelow = Math.ceil(below / step - 1e-9);
  const ticksAbove = Math.max(1, Math.ceil(above / step - 1e-9));
  const rightStep = niceStep(Math.max(0, rightMax) / ticksAbove) || 1;
  return {
    left: { min: -ticksBelow * step, max: ticksAbove * step, interval: step },
    right: { min: -ticksBelow * rightStep, max: ticksAbove * rightStep, interval: rightStep },
  };
}
