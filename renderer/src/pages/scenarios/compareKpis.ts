import type { ScenarioResults } from '../../../../shared/domain/scenarios';
import type { KpiBand, KpiKey, KpiUnit } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';
import { formatKpiValue } from '../simulation/kpiFormat';

/**
 * The comparison table's logic: which KPIs, in what order, which way is better, the difference
 * of each scenario to the first (the baseline) and which scenario is best per KPI. Pure, so the
 * marks a client will read are tested.
 */

/** Higher is better, lower is better, or neither (a figure to read, not to win on). */
export type Better = 'higher' | 'lower' | null;

export interface CompareKpiSpec {
  key: KpiKey;
  label: string;
  better: Better;
}

/** In the order a strategist reads a plan: reach, value, cost, return, liability, retention. */
export const COMPARE_KPIS: readonly CompareKpiSpec[] = [
  { key: 'members', label: 'Members', better: 'higher' },
  { key: 'memberShareOfSales', label: 'Member share of sales', better: 'higher' },
  { key: 'incrementalRevenue', label: 'Incremental revenue', better: 'higher' },
  { key: 'incrementalMargin', label: 'Incremental margin', better: 'higher' },
  { key: 'programmeCost', label: 'Programme cost', better: 'lower' },
  { key: 'rewardCost', label: 'Reward cost', better: 'lower' },
  { key: 'freeRewardRateTotal', label: 'Free-reward rate (total sales)', better: 'lower' },
  { key: 'freeRewardRateMembers', label: 'Free-reward rate (member sales)', better: 'lower' },
  { key: 'netIncrementalProfit', label: 'Net incremental profit', better: 'higher' },
  { key: 'roi', label: 'ROI', better: 'higher' },
  { key: 'npvCash', label: 'NPV, cash basis', better: 'higher' },
  { key: 'npvAccrued', label: 'NPV, accrued basis', better: 'higher' },
  { key: 'paybackWeeksCash', label: 'Payback, cash basis', better: 'lower' },
  { key: 'paybackWeeksAccrued', label: 'Payback, accrued basis', better: 'lower' },
  { key: 'breakEvenSalesLift', label: 'Break-even sales lift', better: 'lower' },
  { key: 'liabilityAtCostEnd', label: 'Liability at cost (end)', better: 'lower' },
  { key: 'deferredRevenueEnd', label: 'Deferred revenue (end)', better: 'lower' },
  // Breakage cuts cost but also says members do not use the programme: neither direction is simply better.
  { key: 'breakage', label: 'Breakage', better: null },
  { key: 'retainedCustomers', label: 'Retained customers', better: 'higher' },
  { key: 'costPerRetainedCustomer', label: 'Cost per retained customer', better: 'lower' },
  { key: 'retentionRatePlan', label: 'Retention rate with the plan', better: 'higher' },
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

/** Whether a difference is good news, bad news or neither, given which way is better. */
export function differenceTone(difference: number | null, better: Better): 'better' | 'worse' | 'neutral' {
  if (difference === null || better === null || Math.abs(difference) < 1e-12) return 'neutral';
  return (difference > 0) === (better === 'higher') ? 'better' : 'worse';
}

export interface CompareCell {
  band: KpiBand | null;
  /**
   * Difference of the headline (the median over the draws) to the baseline scenario's (null for
   * the baseline itself). Scenarios run with the same seed simulate the same customers on the same
   * random streams, so much of the noise in their medians is common and cancels in the difference.
   */
  difference: number | null;
  best: boolean;
}

export interface CompareRow {
  spec: CompareKpiSpec;
  unit: KpiUnit;
  cells: CompareCell[];
}

/** One row per KPI, one cell per scenario; scenarios without a run have empty cells. */
export function compareRows(scenarios: readonly ScenarioResults[], specs: readonly CompareKpiSpec[] = COMPARE_KPIS): CompareRow[] {
  const bandsOf = scenarios.map((s) => new Map((s.run?.results.kpis ?? []).map((k) => [k.key, k])));
  return specs.map((spec) => {
    const bands = bandsOf.map((m) => m.get(spec.key) ?? null);
    const headlines = bands.map((b) => b?.headline ?? null);
    const best = new Set(bestIndices(headlines, spec.better));
    const unit = bands.find((b) => b !== null)?.unit ?? 'currency';
    return {
      spec,
      unit,
      cells: bands.map((band, i) => ({ band, difference: i === 0 ? null : differenceTo(headlines[i], headlines[0]), best: best.has(i) })),
    };
  });
}

/**
 * A difference in the KPI's unit, signed: "+€12,400", "−0.35 pp" (shares and ratios differ in
 * percentage points, which is how finance reads a change of rate), "+120".
 */
export function formatDifference(difference: number | null, unit: KpiUnit, format: Formatters, points = 'pp'): string {
  if (difference === null) return '—';
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
  const size = Math.abs(difference);
  if (unit === 'share' || unit === 'ratio') {
    const shown = new Intl.NumberFormat(format.locale, { minimumFractionDigits: size * 100 < 1 ? 2 : 1, maximumFractionDigits: size * 100 < 1 ? 2 : 1 }).format(size * 100);
    return `${sign}${shown} ${points}`;
  }
  return `${sign}${formatKpiValue(size, unit, format)}`;
}
