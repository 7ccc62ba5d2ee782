import type { BarSeriesOption } from 'echarts/charts';
import type { TornadoRow } from '../../../shared/domain/scenarios';
import type { KpiUnit } from '../../../shared/simulation/results';
import type { Formatters } from '../format/formatters';
import { formatDifference } from '../pages/scenarios/compareKpis';
import { formatKpiValue } from '../pages/simulation/kpiFormat';
import type { ChartOption } from './chartOption';
import { baseOption, categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';
import { simulationLegend } from './simulationBand';
import { categoryTooltip, tooltipHtml } from './tooltip';

export interface TornadoInput {
  /** Already ordered, widest first (see orderTornado). */
  rows: readonly TornadoRow[];
  base: number | null;
  kpiLabel: string;
  unit: KpiUnit;
}

/** The tornado's words; the page passes them in the interface's language. */
export interface TornadoLabels {
  low: string;
  high: string;
  base: string;
  axis: (kpi: string) => string;
  atLow: (value: string) => string;
  atHigh: (value: string) => string;
  kpiBase: (kpi: string) => string;
  source: string;
  allSegments: string;
  /** Percentage points, the unit of a change of rate. */
  points: string;
}

/** The English words (the default). */
export const TORNADO_NAMES: TornadoLabels = {
  low: 'Assumption at its low value',
  high: 'Assumption at its high value',
  base: 'Base case',
  axis: (kpi: string) => `Change in ${kpi.toLowerCase()} from the base case`,
  atLow: (value) => `At ${value} (low)`,
  atHigh: (value) => `At ${value} (high)`,
  kpiBase: (kpi) => `${kpi}, base case`,
  source: 'Source',
  allSegments: 'all segments',
  points: 'pp',
};

/** Room for an assumption's name and its range on the left, and for the end labels on both sides. */
export const TORNADO_GRID = { left: 320, right: 24, top: 60, bottom: 40 } as const;
export const TORNADO_ROW_PX = 40;

/** The chart's height for its rows: every bar as thick whatever their number. */
export function tornadoHeight(rows: number): number {
  return TORNADO_GRID.top + TORNADO_GRID.bottom + Math.max(3, rows) * TORNADO_ROW_PX;
}

/** At most this many characters of an assumption's name on the axis; the tooltip has it whole. */
export const TORNADO_LABEL_CHARS = 48;

/** The backend names an assumption that applies to every segment with "*". */
export function readableLabel(label: string, all = TORNADO_NAMES.allSegments): string {
  return label.replace(/ › \*$/, ` › ${all}`).replace(/ › \* › /g, ` › ${all} › `);
}

/** A long name keeps its end (the field) and loses its middle (the section path). */
export function shortLabel(label: string, max = TORNADO_LABEL_CHARS): string {
  if (label.length <= max) return label;
  const tail = label.slice(-(max - 1 - Math.floor(max / 3)));
  return `${label.slice(0, Math.floor(max / 3))}…${tail}`;
}

/** An assumption's own value: four significant digits, as a model parameter is shown. */
const assumptionValue = (v: number, format: Formatters) => format.estimate(v);

/**
 * A tornado: for each assumption, a bar from the base case to the KPI with the assumption at its
 * low value and one to the KPI at its high value, everything else at base. The axis is the KPI
 * itself; the bars are drawn as differences from the base so that each starts at it.
 *
 * Where both ends fall on the same side of the base (a KPI that is not monotonic in the
 * assumption) the two bars overlap; the longer is drawn first so the shorter stays visible.
 * Each bar keeps its end's colour, so the legend entries are drawn by two empty series.
 */
export function buildTornadoOption(input: TornadoInput, theme: ChartTheme, format: Formatters, names: TornadoLabels = TORNADO_NAMES): ChartOption {
  const { rows, base, unit } = input;
  const lowColour = theme.secondary;
  const highColour = theme.primary;
  const origin = base ?? 0;
  const scale = Math.max(Math.abs(origin), ...rows.flatMap((r) => [r.kpiAtLow, r.kpiAtHigh]).filter((v): v is number => v !== null).map(Math.abs));
  const kpi = (v: number | null) => formatKpiValue(v, unit, format, scale);
  const delta = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v - origin);

  type Bar = { value: number | null; end: 'low' | 'high' };
  const ends = rows.map((r): [Bar, Bar] => {
    const low: Bar = { value: delta(r.kpiAtLow), end: 'low' };
    const high: Bar = { value: delta(r.kpiAtHigh), end: 'high' };
    return Math.abs(low.value ?? 0) >= Math.abs(high.value ?? 0) ? [low, high] : [high, low];
  });
  const item = (bar: Bar, row: TornadoRow) => {
    const colour = bar.end === 'low' ? lowColour : highColour;
    const atEnd = bar.end === 'low' ? row.kpiAtLow : row.kpiAtHigh;
    return {
      value: bar.value,
      itemStyle: { color: colour, borderRadius: 2 },
      label: {
        show: bar.value !== null,
        position: (bar.value ?? 0) < 0 ? ('left' as const) : ('right' as const),
        formatter: () => kpi(atEnd),
        color: theme.mutedText,
        fontSize: 11,
      },
    };
  };
  const barCommon = { type: 'bar' as const, barWidth: '58%', barGap: '-100%', silent: false, emphasis: { disabled: true } };
  const series: BarSeriesOption[] = [
    { ...barCommon, name: 'longer', data: rows.map((r, i) => item(ends[i]![0], r)), z: 2 },
    {
      ...barCommon,
      name: 'shorter',
      data: rows.map((r, i) => item(ends[i]![1], r)),
      z: 3,
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: theme.text, width: 1.5, type: 'solid' },
        // The category axis runs top down, so the line's start is its top: the label sits above the bars.
        label: { formatter: `${names.base} ${kpi(base)}`, color: theme.text, position: 'start', fontWeight: 600 },
        data: [{ xAxis: 0 }],
      },
    },
    // Legend only: their swatches are the two ends' colours.
    { type: 'bar', name: names.low, data: [], itemStyle: { color: lowColour } },
    { type: 'bar', name: names.high, data: [], itemStyle: { color: highColour } },
  ];

  const base0 = baseOption(theme);
  return {
    ...base0,
    grid: { ...TORNADO_GRID },
    legend: simulationLegend(theme, [names.low, names.high]),
    tooltip: categoryTooltip(theme, rows, (r) =>
      tooltipHtml(readableLabel(r.label, names.allSegments), [
        { color: lowColour, label: names.atLow(assumptionValue(r.low, format)), value: kpi(r.kpiAtLow) },
        { color: highColour, label: names.atHigh(assumptionValue(r.high, format)), value: kpi(r.kpiAtHigh) },
        { color: 'transparent', label: names.kpiBase(input.kpiLabel), value: kpi(base) },
        { color: 'transparent', label: names.source, value: r.source },
      ]),
    ),
    xAxis: {
      type: 'value',
      ...valueAxisStyle(theme),
      // Symmetric about the base, so the eye reads each side's length against the other's, with
      // room beyond the longest bar for its end label.
      min: (extent: { min: number; max: number }) => -Math.max(Math.abs(extent.min), Math.abs(extent.max)) * 1.3 || -1,
      max: (extent: { min: number; max: number }) => Math.max(Math.abs(extent.min), Math.abs(extent.max)) * 1.3 || 1,
      // Ticks read as changes from the base (round steps), the base itself as the marked line.
      axisLabel: { color: theme.mutedText, hideOverlap: true, formatter: (v: number) => (v === 0 ? '' : formatDifference(v, unit, format, names.points)) },
      name: names.axis(input.kpiLabel),
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      ...categoryAxisStyle(theme),
      axisTick: { show: false },
      axisLabel: {
        color: theme.text,
        lineHeight: 15,
        // Shortened here rather than by echarts, whose truncation could cut the rich-text markup.
        formatter: (label: string, index: number) => {
          const row = rows[index];
          const name = shortLabel(readableLabel(label, names.allSegments)).replace(/[{}|]/g, ' ');
          return row ? `{name|${name}}\n{range|${assumptionValue(row.low, format)} – ${assumptionValue(row.high, format)}}` : name;
        },
        rich: {
          name: { color: theme.text, fontSize: 12, align: 'right' },
          range: { color: theme.mutedText, fontSize: 11, align: 'right' },
        },
      },
    },
    series,
  };
}
