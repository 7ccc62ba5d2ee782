import type { ScenarioResults } from '../../../shared/domain/scenarios';
import type { KpiKey, SimulationResults } from '../../../shared/simulation/results';
import type { ChartOption } from '../charts/chartOption';
import type { Formatters } from '../format/formatters';
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

const TEXT = {
  title: (name: string) => name,
  titleLine: (plan: string, weeks: string, customers: string) => `${plan} · ${weeks} weeks · ${customers} customers, against the same customers without the plan`,
  retention: 'Who the plan keeps',
  retentionLine: (kept: string, weeks: string) => `With the plan, ${kept} more customers are still buying after ${weeks} weeks than without it.`,
  cost: 'What it costs',
  costLine: (cost: string, rate: string) => `The programme costs ${cost} over the horizon, liability included: ${rate} of sales go back as rewards.`,
  liability: 'What it owes',
  liabilityLine: (atCost: string, deferred: string) => `At the end, honouring the points outstanding would cost ${atCost}; the deferred revenue on the books is ${deferred} (IFRS 15).`,
  points: 'Where the points go',
  pointsLine: (breakage: string) => `Points issued by source, redeemed and expired: ${breakage} of them are expected never to be redeemed.`,
  comparison: 'The scenarios side by side',
  comparisonLine: (n: number, baseline: string) => `${n} scenarios, each measured against ${baseline}; the star marks the best on each figure. Right: programme cost as it accumulates.`,
} as const;

/** The headline figures on the title slide, in reading order. */
export const TITLE_KPIS: readonly KpiKey[] = ['incrementalRevenue', 'programmeCost', 'netIncrementalProfit', 'roi', 'retainedCustomers', 'liabilityAtCostEnd'];

export function buildSlides(name: string, results: SimulationResults, compared: readonly ScenarioResults[], format: Formatters): Slide[] {
  const kpis = kpiByKey(results);
  const shown = (key: KpiKey) => {
    const band = kpis.get(key);
    return band ? formatKpiValue(band.base, band.unit, format) : '—';
  };
  const weeks = format.count(results.horizonWeeks);
  const slides: Slide[] = [
    { kind: 'title', title: TEXT.title(name), line: TEXT.titleLine(results.planName, weeks, format.count(results.baseCustomers)) },
    { kind: 'retention', title: TEXT.retention, line: TEXT.retentionLine(shown('retainedCustomers'), weeks) },
    { kind: 'cost', title: TEXT.cost, line: TEXT.costLine(shown('programmeCost'), shown('freeRewardRateTotal')) },
    { kind: 'liability', title: TEXT.liability, line: TEXT.liabilityLine(shown('liabilityAtCostEnd'), shown('deferredRevenueEnd')) },
    { kind: 'points', title: TEXT.points, line: TEXT.pointsLine(shown('breakage')) },
  ];
  const withRuns = compared.filter((c) => c.run);
  if (withRuns.length > 1) slides.push({ kind: 'comparison', title: TEXT.comparison, line: TEXT.comparisonLine(withRuns.length, withRuns[0]!.scenario.name) });
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
