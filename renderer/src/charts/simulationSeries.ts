import { STOCK_SERIES, type SegmentSeries, type SeriesKey, type SimulationResults } from '../../../shared/simulation/results';
import { ENGLISH_PERIOD_WORDS, type PeriodWords } from './simulationLabels';

/**
 * Reading a run's weekly series the way the dashboard shows them: totals over segments, and
 * weekly flows folded into quarters or years. Pure, so the charts' figures can be tested.
 */

export type World = 'plan' | 'counterfactual';

/** The cost lines of the stack, in the order they are stacked (the large, steady ones first). */
export const COST_SERIES = [
  { key: 'rewardCost', label: 'Rewards' },
  { key: 'punchCardCost', label: 'Punch card' },
  { key: 'privilegeCost', label: 'Privileges' },
  { key: 'contactCost', label: 'Contacts' },
  { key: 'partnerNetCost', label: 'Partners (net)' },
  { key: 'fixedCost', label: 'Fixed' },
] as const satisfies readonly { key: SeriesKey; label: string }[];

/** Points issued, by the mechanic that issued them. */
export const POINTS_ISSUED_SERIES = [
  { key: 'pointsBase', label: 'Base' },
  { key: 'pointsBonus', label: 'Bonus' },
  { key: 'pointsPromotion', label: 'Promotion' },
  { key: 'pointsFrequency', label: 'Frequency' },
  { key: 'pointsTier', label: 'Tier' },
  { key: 'pointsPartner', label: 'Partner' },
] as const satisfies readonly { key: SeriesKey; label: string }[];

/** Points leaving the balances. */
export const POINTS_USED_SERIES = [
  { key: 'pointsRedeemed', label: 'Redeemed' },
  { key: 'pointsExpired', label: 'Expired' },
] as const satisfies readonly { key: SeriesKey; label: string }[];

/**
 * A segment's series. The engine has already scaled a stratified sample up to the base (each
 * simulated customer counted `weight` times), so the series are read as they are; scaling them
 * again here would count the sample's weight twice.
 */
export function segmentSeries(segment: SegmentSeries, world: World, key: SeriesKey): number[] {
  return segment[world][key];
}

/** A series summed over every segment, for the whole base. */
export function totalSeries(results: SimulationResults, world: World, key: SeriesKey): number[] {
  const total = new Array<number>(results.horizonWeeks).fill(0);
  for (const segment of results.segments) {
    segmentSeries(segment, world, key).forEach((v, w) => {
      if (w < total.length) total[w]! += v;
    });
  }
  return total;
}

/** Several series added week by week (e.g. every cost line into the total cost). */
export function addSeries(series: readonly (readonly number[])[], weeks: number): number[] {
  const total = new Array<number>(weeks).fill(0);
  for (const s of series) s.forEach((v, w) => w < weeks && (total[w]! += v));
  return total;
}

export type Period = 'week' | 'quarter' | 'year';
export const PERIOD_WEEKS: Readonly<Record<Period, number>> = { week: 1, quarter: 13, year: 52 };

/**
 * The period a chart of this horizon opens on: weeks up to a year (52 bars still read), then
 * quarters, then years once quarters would crowd the axis.
 */
export function defaultPeriod(horizonWeeks: number): Period {
  if (horizonWeeks <= 52) return 'week';
  if (horizonWeeks <= 260) return 'quarter';
  return 'year';
}

/** The periods a horizon can be shown in: a period longer than the horizon would be one bar. */
export function periodsFor(horizonWeeks: number): Period[] {
  return (['week', 'quarter', 'year'] as const).filter((p) => p === 'week' || PERIOD_WEEKS[p] < horizonWeeks);
}

/**
 * Weekly values folded into periods: flows are summed, stocks (members, balances) take the
 * level at the period's last week. A last, shorter period is kept (its label says so).
 */
export function aggregateWeekly(values: readonly number[], period: Period, kind: 'flow' | 'stock'): number[] {
  const size = PERIOD_WEEKS[period];
  const out: number[] = [];
  for (let start = 0; start < values.length; start += size) {
    const slice = values.slice(start, start + size);
    out.push(kind === 'stock' ? (slice[slice.length - 1] ?? 0) : slice.reduce((a, b) => a + b, 0));
  }
  return out;
}

export function seriesKind(key: SeriesKey): 'flow' | 'stock' {
  return STOCK_SERIES.has(key) ? 'stock' : 'flow';
}

/** Axis labels: "1".."52" for weeks (the axis is named), "Q1", "Year 1"; a short last period says how many weeks it holds. */
export function periodLabels(horizonWeeks: number, period: Period, words: PeriodWords = ENGLISH_PERIOD_WORDS): string[] {
  const size = PERIOD_WEEKS[period];
  const labels: string[] = [];
  for (let start = 0, i = 1; start < horizonWeeks; start += size, i++) {
    const weeks = Math.min(size, horizonWeeks - start);
    const name = period === 'week' ? String(i) : period === 'quarter' ? words.quarterShort(i) : words.yearShort(i);
    labels.push(weeks < size && period !== 'week' ? words.partial(name, weeks) : name);
  }
  return labels;
}

/** What the tooltip calls one period: "Week 12", "Quarter 3 (weeks 27–39)", "Year 2 (weeks 53–104)". */
export function periodTitle(index: number, period: Period, horizonWeeks: number, words: PeriodWords = ENGLISH_PERIOD_WORDS): string {
  const size = PERIOD_WEEKS[period];
  if (period === 'week') return words.weekTitle(index + 1);
  const first = index * size + 1;
  const last = Math.min(horizonWeeks, first + size - 1);
  return period === 'quarter' ? words.quarterTitle(index + 1, first, last) : words.yearTitle(index + 1, first, last);
}
