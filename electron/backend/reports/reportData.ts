import { centralValue, valueRange, type Distribution } from '../../../shared/plan/assumption';
import type { Plan } from '../../../shared/plan/planSchema';
import { listAssumptions } from '../../../shared/simulation/planAssumptions';
import { KPI_KEYS, STOCK_SERIES, type KpiBand, type KpiKey, type SeriesKey, type SimulationResults, type WorldSeries } from '../../../shared/simulation/results';

/**
 * The figures the three reports print, derived once from a run: totals over segments, costs by
 * year, 4-4-5 months, the points roll-forward and the assumptions. Pure, so what a writer lays
 * out and what a test checks come from the same numbers.
 */

export const WEEKS_PER_REPORT_YEAR = 52;

/** Cost lines in the order they are stacked (the large, steady ones first). */
export const COST_KEYS = ['rewardCost', 'punchCardCost', 'privilegeCost', 'contactCost', 'partnerNetCost', 'fixedCost'] as const satisfies readonly SeriesKey[];
export const ISSUED_KEYS = ['pointsBase', 'pointsBonus', 'pointsPromotion', 'pointsFrequency', 'pointsTier', 'pointsPartner'] as const satisfies readonly SeriesKey[];

/** The KPIs of the reports' tables, in reading order: value, cost, return, retention, books, reach. */
export const REPORT_KPIS: readonly KpiKey[] = [
  'incrementalRevenue',
  'incrementalMargin',
  'programmeCost',
  'rewardCost',
  'freeRewardRateTotal',
  'freeRewardRateMembers',
  'netIncrementalProfit',
  'roi',
  'paybackWeeksCash',
  'paybackWeeksAccrued',
  'npvCash',
  'npvAccrued',
  'breakEvenSalesLift',
  'retainedCustomers',
  'costPerRetainedCustomer',
  'aliveEndPlan',
  'aliveEndCounterfactual',
  'retentionRatePlan',
  'retentionRateCounterfactual',
  'members',
  'memberShareOfSales',
  'breakage',
  'liabilityAtCostEnd',
  'deferredRevenueEnd',
  'promotionPointsExpectedCost',
];
/** The few a client meeting's KPI slide holds. */
export const DECK_KPIS: readonly KpiKey[] = [
  'incrementalRevenue',
  'incrementalMargin',
  'programmeCost',
  'freeRewardRateTotal',
  'netIncrementalProfit',
  'roi',
  'paybackWeeksCash',
  'paybackWeeksAccrued',
  'npvAccrued',
  'retainedCustomers',
  'liabilityAtCostEnd',
  'deferredRevenueEnd',
];

// Every KPI the engine makes is in the reports: a new KPI fails here rather than go missing.
if (REPORT_KPIS.length !== KPI_KEYS.length) throw new Error('reportData: REPORT_KPIS must list every KPI key.');

export function kpiBand(results: SimulationResults, key: KpiKey): KpiBand {
  const band = results.kpis.find((k) => k.key === key);
  if (!band) throw new Error(`The run has no KPI "${key}".`);
  return band;
}

/** KPIs whose figure depends on the discount rate or on the basis (cash or accrued): their rows state both. */
export const DISCOUNTED_KPIS: ReadonlySet<KpiKey> = new Set(['npvCash', 'npvAccrued']);
export const PAYBACK_KPIS: ReadonlySet<KpiKey> = new Set(['paybackWeeksCash', 'paybackWeeksAccrued']);

/** True when the run drew its assumptions more than once, so P10-P90 mean something. */
export function hasBands(results: SimulationResults): boolean {
  return results.draws > 1;
}

const zeros = (n: number) => new Array<number>(n).fill(0);

/** A series summed over segments (the segment series are already weighted up to the base). */
export function totalSeries(results: SimulationResults, world: 'plan' | 'counterfactual', key: SeriesKey): number[] {
  const out = zeros(results.horizonWeeks);
  for (const s of results.segments) s[world][key].forEach((v, w) => (out[w]! += v));
  return out;
}

export function totalWorld(results: SimulationResults, world: 'plan' | 'counterfactual'): WorldSeries {
  return Object.fromEntries(Object.keys(results.segments[0]?.[world] ?? {}).map((k) => [k, totalSeries(results, world, k as SeriesKey)])) as WorldSeries;
}

export function weeklyCashCost(plan: WorldSeries, weeks: number): number[] {
  return Array.from({ length: weeks }, (_, w) => COST_KEYS.reduce((a, k) => a + plan[k][w]!, 0));
}

/** A period of weeks [first, last] (0-based, inclusive). */
export interface Period {
  index: number;
  first: number;
  last: number;
}

/** 52-week years from launch; a last, shorter year keeps the weeks left. */
export function years(horizonWeeks: number): Period[] {
  return chunks(horizonWeeks, () => WEEKS_PER_REPORT_YEAR);
}

/** 13-week quarters from launch. */
export function quarters(horizonWeeks: number): Period[] {
  return chunks(horizonWeeks, () => 13);
}

/**
 * Retail 4-4-5 months counted from the launch week: each 13-week quarter holds a 4-, a 4- and
 * a 5-week month. The plan has no calendar start date, so calendar months cannot be placed;
 * 4-4-5 keeps every month whole weeks and every quarter 13 of them.
 */
export function months445(horizonWeeks: number): Period[] {
  return chunks(horizonWeeks, (i) => (i % 3 === 2 ? 5 : 4));
}

function chunks(horizonWeeks: number, size: (index: number) => number): Period[] {
  const out: Period[] = [];
  for (let first = 0, i = 0; first < horizonWeeks; i++) {
    const last = Math.min(horizonWeeks, first + size(i)) - 1;
    out.push({ index: i, first, last });
    first = last + 1;
  }
  return out;
}

/** A weekly series folded into periods: flows summed, stocks taken at the period's last week. */
export function fold(values: readonly number[], periods: readonly Period[], kind: 'flow' | 'stock'): number[] {
  return periods.map((p) => {
    if (kind === 'stock') return values[p.last] ?? 0;
    let s = 0;
    for (let w = p.first; w <= p.last; w++) s += values[w] ?? 0;
    return s;
  });
}

export const kindOf = (key: SeriesKey): 'flow' | 'stock' => (STOCK_SERIES.has(key) ? 'stock' : 'flow');

export interface CostByYear {
  years: Period[];
  /** Cash cost by kind and year. */
  lines: { key: (typeof COST_KEYS)[number]; values: number[] }[];
  /** The points liability at cost left at the horizon, booked in the last year (accrual). */
  liabilityAtHorizon: number[];
  /** Per year, everything: the sum over years equals the accrued programme cost KPI. */
  total: number[];
}

export function costByYear(results: SimulationResults): CostByYear {
  const H = results.horizonWeeks;
  const ys = years(H);
  const lines = COST_KEYS.map((key) => ({ key, values: fold(totalSeries(results, 'plan', key), ys, 'flow') }));
  const liabilityEnd = results.accounting.liabilityAtCost[H - 1] ?? 0;
  const liabilityAtHorizon = ys.map((_, i) => (i === ys.length - 1 ? liabilityEnd : 0));
  const total = ys.map((_, i) => lines.reduce((a, l) => a + l.values[i]!, 0) + liabilityAtHorizon[i]!);
  return { years: ys, lines, liabilityAtHorizon, total };
}

export interface RollForwardRow {
  week: number;
  opening: number;
  issued: Record<(typeof ISSUED_KEYS)[number], number>;
  issuedTotal: number;
  redeemed: number;
  expired: number;
  closing: number;
  heldByLapsed: number;
  liabilityAtCost: number;
}

/** Points roll-forward of the whole base (plan world), week by week; the closing is the engine's outstanding. */
export function rollForward(results: SimulationResults): RollForwardRow[] {
  const plan = totalWorld(results, 'plan');
  const rows: RollForwardRow[] = [];
  let opening = 0;
  for (let w = 0; w < results.horizonWeeks; w++) {
    const issued = Object.fromEntries(ISSUED_KEYS.map((k) => [k, plan[k][w]!])) as RollForwardRow['issued'];
    const issuedTotal = ISSUED_KEYS.reduce((a, k) => a + issued[k], 0);
    const closing = plan.pointsOutstanding[w]!;
    rows.push({
      week: w + 1,
      opening,
      issued,
      issuedTotal,
      redeemed: plan.pointsRedeemed[w]!,
      expired: plan.pointsExpired[w]!,
      closing,
      heldByLapsed: plan.pointsHeldByLapsed[w]!,
      liabilityAtCost: results.accounting.liabilityAtCost[w]!,
    });
    opening = closing;
  }
  return rows;
}

export interface AssumptionRow {
  path: string;
  kind: Distribution['kind'];
  base: number;
  low: number;
  high: number;
  /** The distribution's parameters as written in the plan (mode or mean and sd where it has them). */
  parameters: Record<string, number>;
  source: string;
}

export function assumptionRows(plan: Plan): AssumptionRow[] {
  return listAssumptions(plan).map(({ path, assumption }) => {
    const [low, high] = valueRange(assumption.dist);
    const { kind, ...parameters } = assumption.dist;
    return { path, kind, base: centralValue(assumption.dist), low, high, parameters: parameters as Record<string, number>, source: assumption.source.trim() };
  });
}

/**
 * An assumption's path as a reader would say it: "behaviour.goalGradientUplift" becomes
 * "Behaviour › goal gradient uplift", and list items are named by the item ("Promotions ›
 * Double points spring › uplift share") rather than by their index.
 */
export function assumptionLabel(plan: Plan, path: string): string {
  const parts = path.split('.');
  const words: string[] = [];
  let node: unknown = plan;
  for (const part of parts) {
    const next: unknown = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    if (/^\d+$/.test(part) && next && typeof next === 'object') {
      const named = next as { name?: unknown; segment?: unknown; channel?: unknown };
      const label = typeof named.name === 'string' ? named.name : typeof named.segment === 'string' ? (named.segment === '*' ? 'all segments' : named.segment) + (typeof named.channel === 'string' ? ` (${named.channel})` : '') : `#${Number(part) + 1}`;
      words.push(label);
    } else if (part !== 'value' && part !== 'levels') {
      words.push(part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
    }
    node = next;
  }
  const [first, ...rest] = words;
  return [first ? first.charAt(0).toUpperCase() + first.slice(1) : '', ...rest].join(' › ');
}

/** The draws' spread of an assumption (P10 and P90 of the values actually drawn), or null with one draw. */
export function drawnRange(results: SimulationResults, path: string): [number, number] | null {
  if (results.drawnAssumptions.length < 2) return null;
  const values = results.drawnAssumptions.map((d) => d[path]).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (values.length < 2) return null;
  const at = (q: number) => {
    const pos = (values.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return values[lo]! + (values[hi]! - values[lo]!) * (pos - lo);
  };
  return [at(0.1), at(0.9)];
}
