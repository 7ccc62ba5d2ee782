import type { ModelKey } from '../../../shared/contract/modelSchemas';
import type { ValidatedPurchaseModel } from '../../../shared/domain/modelValidation';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import { baseOption, categoryAxisStyle, valueAxisStyle, type ChartTheme } from './chartTheme';
import { tooltipHtml, type TooltipRow } from './tooltip';

export interface TrackingInput {
  models: readonly ValidatedPurchaseModel[];
  /** The model drawn boldly; the others stay in view, quieter. */
  selected: ModelKey | null;
  calibrationEnd: string;
}

type Point = [string, number];

/** The chart's words, in the interface language. */
export interface TrackingLabels {
  actual: string;
  axis: string;
  calibrationEnd: string;
  weekTo(date: string): string;
}

/** The model's colour: the same in every chart of the page, by its place in the list. */
export function modelColour(theme: ChartTheme, index: number): string {
  return theme.palette[(index + 1) % theme.palette.length] ?? theme.secondary;
}

/**
 * Cumulative repeat purchases of the calibration customers, actual against what each model
 * expects, with a marker where calibration ends and the holdout begins: left of it the models
 * saw the data, right of it they forecast.
 */
export function buildTrackingOption(input: TrackingInput, theme: ChartTheme, format: Formatters, labels: TrackingLabels): ChartOption {
  const { models, selected, calibrationEnd } = input;
  const base = baseOption(theme);
  const actual: Point[] = (models[0]?.tracking ?? []).map((p) => [p.date, p.actual]);
  const colours = new Map<string, string>([[labels.actual, theme.text]]);
  models.forEach((m, i) => colours.set(m.label, modelColour(theme, i)));

  return {
    ...base,
    grid: { left: 64, right: 24, top: 48, bottom: 48 },
    legend: { top: 0, right: 0, textStyle: { color: theme.mutedText }, itemWidth: 18, itemHeight: 8 },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0];
        const value = first?.value;
        const date = Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';
        const rows: TooltipRow[] = list.map((p) => {
          const v = Array.isArray(p.value) ? Number(p.value[1]) : Number(p.value);
          const name = p.seriesName ?? '';
          return { color: colours.get(name) ?? theme.text, label: name, value: format.count(v) };
        });
        return tooltipHtml(date ? labels.weekTo(format.date(date)) : '', rows);
      },
    },
    xAxis: { type: 'time', ...categoryAxisStyle(theme), axisLabel: { color: theme.mutedText, hideOverlap: true } },
    yAxis: {
      type: 'value',
      name: labels.axis,
      nameGap: 14,
      ...valueAxisStyle(theme),
      nameTextStyle: { color: theme.mutedText, align: 'left' },
      axisLabel: { color: theme.mutedText, formatter: (v: number) => format.countCompact(v) },
    },
    series: [
      {
        name: labels.actual,
        type: 'line',
        data: actual,
        showSymbol: false,
        lineStyle: { color: theme.text, width: 2.5 },
        itemStyle: { color: theme.text },
        z: 3,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.mutedText, type: 'dashed', width: 1 },
          label: { color: theme.mutedText, formatter: labels.calibrationEnd, position: 'insideEndTop' },
          data: [{ xAxis: calibrationEnd }],
        },
      },
      ...models.map((m, i) => {
        const isSelected = selected === null || m.key === selected;
        const colour = modelColour(theme, i);
        return {
          name: m.label,
          type: 'line' as const,
          data: m.tracking.map((p): Point => [p.date, p.expected]),
          showSymbol: false,
          lineStyle: { color: colour, width: isSelected ? 2.5 : 1.5, type: 'dashed' as const, opacity: isSelected ? 1 : 0.55 },
          itemStyle: { color: colour },
          z: isSelected ? 2 : 1,
        };
      }),
    ],
  };
}
