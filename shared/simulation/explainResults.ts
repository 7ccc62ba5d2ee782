import { valueRange } from '../plan/assumption';
import type { Plan } from '../plan/planSchema';
import type { KpiKey, SimulationResults, WorldSeries } from './results';

/**
 * Where a run's figures go against a client's intuition, which mechanic of the plan produces
 * them: a segment that buys less with the plan than without it, a week (often just after launch or
 * a promotion) when the plan world sells less, a programme that costs more than the sales it adds,
 * a break-even lift above the lift the plan achieves. Codes with typed parameters; the dashboard
 * and the reports put them into words, in each language.
 */

/** The mechanics that can make a plan world buy less than the world without it, or cost more. */
export type DipMechanic =
  /** The weeks after a promotion: the purchases it pulled forward are missing from them. */
  | 'promotionPullForward'
  /** Members demoted to a lower tier drop out faster for a while. */
  | 'tierDemotion'
  /** The plan lowers members' spend per visit. */
  | 'spendPerVisit'
  /** Nothing in the plan lowers purchases: the figure is within the spread of the draws. */
  | 'drawSpread';

export type CostPart = 'rewards' | 'liability' | 'punchCard' | 'fixed' | 'contacts' | 'privileges' | 'partners';

export type Explanation =
  | { code: 'segmentNegative'; segment: string; figure: 'revenue' | 'purchases'; amount: number; mechanics: DipMechanic[]; promotions: string[] }
  | { code: 'weekDip'; week: number; amount: number; mechanic: DipMechanic; promotion: string | null }
  | { code: 'costAboveRevenue'; cost: number; incrementalRevenue: number; largest: CostPart; largestAmount: number }
  | { code: 'breakEvenAbovePlan'; breakEven: number; achieved: number; largest: CostPart; largestAmount: number };

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const appliesTo = (names: readonly string[], segment: string): boolean => names.includes('*') || names.includes(segment);

/** A week's dip is worth explaining when it is more than this share of the week's sales without the plan. */
const DIP_SHARE = 0.001;

function headline(results: SimulationResults, key: KpiKey): number | null {
  const k = results.kpis.find((x) => x.key === key);
  return k ? (k.headline ?? k.base) : null;
}

/** Promotions that can leave a dip: a pull-forward share above zero somewhere in its range. */
function dippingPromotions(plan: Plan) {
  return plan.promotions.filter((p) => valueRange(p.pullForwardShare.dist)[1] > 0 && valueRange(p.upliftShare.dist)[1] > 0);
}

/** The promotion whose after-weeks hold the week (0-based), if any; the dip lasts at most its longest dipWeeks. */
function promotionDipAt(plan: Plan, week: number, segment: string | null) {
  return dippingPromotions(plan).find((p) => {
    const end = p.startWeek + p.lengthWeeks;
    const longest = Math.max(1, Math.ceil(valueRange(p.dipWeeks.dist)[1]));
    return week >= end && week < end + longest && (segment === null || appliesTo(p.segments, segment));
  });
}

/** Mechanics of the plan that can lower a segment's purchases (none: the spread of the draws). */
function lowering(plan: Plan, segment: string | null): { mechanics: DipMechanic[]; promotions: string[] } {
  const mechanics: DipMechanic[] = [];
  const promotions = dippingPromotions(plan).filter((p) => segment === null || appliesTo(p.segments, segment)).map((p) => p.name);
  if (promotions.length > 0) mechanics.push('promotionPullForward');
  if (plan.tiers.enabled && plan.tiers.levels.length > 1 && valueRange(plan.tiers.demotionDropoutIncrease.dist)[1] > 0) mechanics.push('tierDemotion');
  if (valueRange(plan.behaviour.spendPerVisitUplift.dist)[0] < 0) mechanics.push('spendPerVisit');
  if (mechanics.length === 0) mechanics.push('drawSpread');
  return { mechanics, promotions };
}

function weekMechanic(plan: Plan, week: number): { mechanic: DipMechanic; promotion: string | null } {
  const promotion = promotionDipAt(plan, week, null);
  if (promotion) return { mechanic: 'promotionPullForward', promotion: promotion.name };
  const { mechanics } = lowering(plan, null);
  const other = mechanics.find((m) => m !== 'promotionPullForward') ?? 'drawSpread';
  return { mechanic: other, promotion: null };
}

function totals(results: SimulationResults, world: 'plan' | 'counterfactual', key: keyof WorldSeries): number[] {
  const out = new Array<number>(results.horizonWeeks).fill(0);
  for (const s of results.segments) s[world][key].forEach((v, w) => (out[w]! += v));
  return out;
}

/** The largest part of the programme's cost (the base case's series; the liability at the horizon). */
function largestCost(results: SimulationResults): { part: CostPart; amount: number } {
  const plan = (key: keyof WorldSeries): number => sum(totals(results, 'plan', key));
  const parts: [CostPart, number][] = [
    ['rewards', plan('rewardCost')],
    ['liability', results.accounting.liabilityAtCost[results.horizonWeeks - 1] ?? 0],
    ['punchCard', plan('punchCardCost')],
    ['fixed', plan('fixedCost')],
    ['contacts', plan('contactCost')],
    ['privileges', plan('privilegeCost')],
    ['partners', plan('partnerNetCost')],
  ];
  const [part, amount] = parts.reduce((best, p) => (p[1] > best[1] ? p : best));
  return { part, amount };
}

/**
 * The explanations a run needs, most important first: segments that lose, weeks that dip (the
 * deepest of each cause), cost above the added sales, a break-even lift out of reach.
 */
export function explainResults(results: SimulationResults, plan: Plan): Explanation[] {
  const out: Explanation[] = [];
  for (const s of results.segments) {
    const fromKpis = results.kpisBySegment.find((k) => k.segment === s.segment)?.values.incrementalRevenue;
    const revenue = fromKpis ?? sum(s.plan.revenue) - sum(s.counterfactual.revenue);
    const purchases = sum(s.plan.purchases) - sum(s.counterfactual.purchases);
    const why = lowering(plan, s.segment);
    if (revenue < 0) out.push({ code: 'segmentNegative', segment: s.segment, figure: 'revenue', amount: revenue, ...why });
    else if (purchases < 0) out.push({ code: 'segmentNegative', segment: s.segment, figure: 'purchases', amount: purchases, ...why });
  }

  // The deepest dipping week of each cause (a promotion, or the plan's other lowering mechanics).
  const planRevenue = totals(results, 'plan', 'revenue');
  const cfRevenue = totals(results, 'counterfactual', 'revenue');
  const deepest = new Map<string, Extract<Explanation, { code: 'weekDip' }>>();
  for (let w = 0; w < results.horizonWeeks; w++) {
    const gap = planRevenue[w]! - cfRevenue[w]!;
    if (!(gap < -DIP_SHARE * cfRevenue[w]!)) continue;
    const cause = weekMechanic(plan, w);
    const key = cause.promotion ?? cause.mechanic;
    const known = deepest.get(key);
    if (!known || gap < known.amount) deepest.set(key, { code: 'weekDip', week: w, amount: gap, ...cause });
  }
  out.push(...[...deepest.values()].sort((a, b) => a.week - b.week));

  const cost = headline(results, 'programmeCost');
  const incremental = headline(results, 'incrementalRevenue');
  const largest = largestCost(results);
  if (cost !== null && incremental !== null && cost > incremental) {
    out.push({ code: 'costAboveRevenue', cost, incrementalRevenue: incremental, largest: largest.part, largestAmount: largest.amount });
  }
  const breakEven = headline(results, 'breakEvenSalesLift');
  const cfTotal = sum(cfRevenue);
  if (breakEven !== null && incremental !== null && cfTotal > 0 && breakEven > incremental / cfTotal) {
    out.push({ code: 'breakEvenAbovePlan', breakEven, achieved: incremental / cfTotal, largest: largest.part, largestAmount: largest.amount });
  }
  return out;
}

