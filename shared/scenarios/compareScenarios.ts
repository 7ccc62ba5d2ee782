import type { KpiBand, KpiKey, KpiUnit, SimulationResults } from '../simulation/results';

/**
 * The scenario comparison as data: which KPIs, in what order, which way is better, each
 * scenario's figure with its difference to the first (the baseline) and which is best. The
 * Scenarios page's table (renderer/src/pages/scenarios/compareKpis.ts, which adds the words)
 * and `lw compare` read the same comparison; words stay at each edge.
 */

/** Higher is better, lower is better, or neither (a figure to read, not to win on). */
export type Better = 'higher' | 'lower' | null;

/** In the order a strategist reads a plan: reach, value, cost, return, liability, retention. */
export const COMPARED_KPIS: readonly { key: KpiKey; better: Better }[] = [
  { key: 'members', better: 'higher' },
  { key: 'memberShareOfSales', better: 'higher' },
  { key: 'incrementalRevenue', better: 'higher' },
  { key: 'incrementalMargin', better: 'higher' },
  { key: 'programmeCost', better: 'lower' },
  { key: 'rewardCost', better: 'lower' },
  { key: 'freeRewardRateTotal', better: 'lower' },
  { key: 'freeRewardRateMembers', better: 'lower' },
  { key: 'netIncrementalProfit', better: 'higher' },
  { key: 'roi', better: 'higher' },
  { key: 'npvCash', better: 'higher' },
  { key: 'npvAccrued', better: 'higher' },
  { key: 'paybackWeeksCash', better: 'lower' },
  { key: 'paybackWeeksAccrued', better: 'lower' },
  { key: 'breakEvenSalesLift', better: 'lower' },
  { key: 'liabilityAtCostEnd', better: 'lower' },
  { key: 'deferredRevenueEnd', better: 'lower' },
  // Breakage cuts cost but also says members do not use the programme: neither direction is simply better.
  { key: 'breakage', better: null },
  { key: 'retainedCustomers', better: 'higher' },
  { key: 'costPerRetainedCustomer', better: 'lower' },
  { key: 'retentionRatePlan', better: 'higher' },
];

const finite = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/**
 * The indices of the best values: the highest or lowest of those that exist, ties included.
 * No mark where fewer than two scenarios have the figure, where all are equal, or where the
 * KPI has no better direction: a mark that cannot lose says nothing.
 */
export function bestIndices(values: readonly (number | null | undefined)[], better: Better): number[] {
  if (better === null) return [];
  const present = values.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => finite(x.v));
  if (present.length < 2) return [];
  const pick = better === 'higher' ? Math.max : Math.min;
  const best = pick(...present.map((x) => x.v));
  const tolerance = 1e-9 * Math.max(1, Math.abs(best));
  const winners = present.filter((x) => Math.abs(x.v - best) <= tolerance).map((x) => x.i);
  return winners.length === present.length ? [] : winners;
}

/** A scenario's value minus the baseline's; null when either is missing. */
export function differenceTo(value: number | null | undefined, baseline: number | null | undefined): number | null {
  return finite(value) && finite(baseline) ? value - baseline : null;
}

export interface ComparedCell {
  /** The KPI over the scenario's draws (headline = median, P10, P90, base case); null when the run has no such KPI. */
  band: KpiBand | null;
  /**
   * The headline's difference to the baseline scenario's (null for the baseline itself).
   * Scenarios run with the same seed simulate the same customers on the same random streams, so
   * much of the noise in their medians is common and cancels in the difference.
   */
  difference: number | null;
  best: boolean;
}

export interface ComparedKpi {
  key: KpiKey;
  unit: KpiUnit;
  better: Better;
  cells: ComparedCell[];
}

/** One row per KPI, one cell per scenario's results, the first being the baseline. */
export function compareResults(runs: readonly Pick<SimulationResults, 'kpis'>[], kpis: readonly { key: KpiKey; better: Better }[] = COMPARED_KPIS): ComparedKpi[] {
  const bandsOf = runs.map((r) => new Map(r.kpis.map((k) => [k.key, k])));
  return kpis.map(({ key, better }) => {
    const bands = bandsOf.map((m) => m.get(key) ?? null);
    const headlines = bands.map((b) => b?.headline ?? null);
    const best = new Set(bestIndices(headlines, better));
    return {
      key,
      unit: bands.find((b) => b !== null)?.unit ?? 'currency',
      better,
      cells: bands.map((band, i) => ({ band, difference: i === 0 ? null : differenceTo(headlines[i], headlines[0]), best: best.has(i) })),
    };
  });
}
