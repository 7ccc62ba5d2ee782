import type { TFunction } from 'i18next';
import type { ScenarioResults } from '../../../shared/domain/scenarios';
import type { KpiKey, SimulationResults } from '../../../shared/simulation/results';
import type { ChartOption } from '../charts/chartOption';
import type { Formatters } from '../format/formatters';
import { i18next } from '../i18n/i18n';
import { formatKpiValue, kpiByKey } from '../pages/simulation/kpiFormat';

/**
 * The story presentation mode tells about one scenario, chart by chart, and how to move through
 * it. Pure: the order, the sentences and the keys are tested.
 */

export type SlideKind = 'title' | 'retention' | 'cost' | 'liability' | 'points' | 'comparison';

export interface Slide {
  kind: SlideKind;
  title: string;
  /** The one sentence the slide says, from the run's own figures. */
  line: string;
}

/** The presentation's translator: the interface's own in the component, English where none is given (tests). */
export type PresentationT = TFunction<'presentation'>;
export const englishPresentationT: PresentationT = i18next.getFixedT('en', 'presentation');

/** The headline figures on the title slide, in reading order. */
export const TITLE_KPIS: readonly KpiKey[] = ['incrementalRevenue', 'programmeCost', 'netIncrementalProfit', 'roi', 'retainedCustomers', 'liabilityAtCostEnd'];

export function buildSlides(name: string, results: SimulationResults, compared: readonly ScenarioResults[], format: Formatters, t: PresentationT = englishPresentationT): Slide[] {
  const kpis = kpiByKey(results);
  const shown = (key: KpiKey) => {
    const band = kpis.get(key);
    return band ? formatKpiValue(band.headline, band.unit, format) : '—';
  };
  const weeks = format.count(results.horizonWeeks);
  const slides: Slide[] = [
    { kind: 'title', title: name, line: t('slides.titleLine', { plan: results.planName, weeks, customers: format.count(results.baseCustomers) }) },
    { kind: 'retention', title: t('slides.retention'), line: t('slides.retentionLine', { kept: shown('retainedCustomers'), weeks }) },
    { kind: 'cost', title: t('slides.cost'), line: t('slides.costLine', { cost: shown('programmeCost'), rate: shown('freeRewardRateTotal') }) },
    { kind: 'liability', title: t('slides.liability'), line: t('slides.liabilityLine', { atCost: shown('liabilityAtCostEnd'), deferred: shown('deferredRevenueEnd') }) },
    { kind: 'points', title: t('slides.points'), line: t('slides.pointsLine', { breakage: shown('breakage') }) },
  ];
  const withRuns = compared.filter((c) => c.run);
  if (withRuns.length > 1) slides.push({ kind: 'comparison', title: t('slides.comparison'), line: t('slides.comparisonLine', { count: withRuns.length, baseline: withRuns[0]!.scenario.name }) });
  return slides;
}

/** The slide a key leads to, or 'exit'; null for keys presentation mode leaves alone. */
export function slideForKey(key: string, index: number, count: number): number | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

type Styled = { textStyle?: { fontSize?: number }; axisLabel?: object; nameTextStyle?: object };
const LARGE = { text: 16, axis: 15, legend: 16 } as const;

/** A dashboard chart for a screen across the room: the same option, its text larger. */
export function largeTypeOption(option: ChartOption): ChartOption {
  const axes = (axis: unknown) =>
    Array.isArray(axis)
      ? axis.map((a: Styled) => ({ ...a, axisLabel: { ...a.axisLabel, fontSize: LARGE.axis }, nameTextStyle: { ...a.nameTextStyle, fontSize: LARGE.axis } }))
      : axis && typeof axis === 'object'
        ? { ...(axis as Styled), axisLabel: { ...(axis as Styled).axisLabel, fontSize: LARGE.axis }, nameTextStyle: { ...(axis as Styled).nameTextStyle, fontSize: LARGE.axis } }
        : axis;
  const legend = option.legend as (Styled & { itemWidth?: number; itemHeight?: number }) | undefined;
  const grid = option.grid as { top?: number; left?: number } | undefined;
  return {
    ...option,
    textStyle: { ...(option.textStyle as object), fontSize: LARGE.text },
    ...(legend && !Array.isArray(legend) ? { legend: { ...legend, textStyle: { ...legend.textStyle, fontSize: LARGE.legend }, itemWidth: 20, itemHeight: 12 } } : {}),
    // Larger labels need a little more room on the left and above.
    ...(grid && !Array.isArray(grid) ? { grid: { ...grid, top: (grid.top ?? 60) + 12, left: (grid.left ?? 72) + 16 } } : {}),
    xAxis: axes(option.xAxis) as ChartOption['xAxis'],
    yAxis: axes(option.yAxis) as ChartOption['yAxis'],
  };
}
