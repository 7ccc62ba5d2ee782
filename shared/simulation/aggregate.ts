import { allocateToPoints, releaseSchedule } from '../accounting/ifrs15';
import { expectedRedemptionCounts, realisedPointValuation, valueFromRedemptionCounts, type PointValuation, type ValuationTerms } from '../plan/pointValue';
import { SERIES_INDEX, SERIES_KEYS, STOCK_SERIES, type AccountingSeries, type KpiKey, type KpiUnit, type SegmentSeries, type SeriesKey, type WorldSeries } from './results';
import { WEEKS_PER_YEAR, type EngineParams } from './engineParams';
import { ACC_ROWS, RATE_ROW_SERIES, WORLD_COUNTERFACTUAL, WORLD_PLAN } from './accumulatorLayout';

/**
 * From the summed block accumulators of one assumption draw to series, accounting and KPIs.
 * Pure; the same function serves the base case and every draw of the outer loop.
 */
export interface SegmentInfo {
  name: string;
  /** Customers simulated in the segment and the weight of each (base / simulated). */
  simulated: number;
  weight: number;
}

export const KPI_UNITS: Readonly<Record<KpiKey, KpiUnit>> = {
  members: 'customers',
  memberShareOfSales: 'share',
  incrementalRevenue: 'currency',
  incrementalMargin: 'currency',
  programmeCost: 'currency',
  rewardCost: 'currency',
  freeRewardRateMembers: 'share',
  freeRewardRateTotal: 'share',
  netIncrementalProfit: 'currency',
  roi: 'ratio',
  paybackWeeksCash: 'weeks',
  paybackWeeksAccrued: 'weeks',
  npvCash: 'currency',
  npvAccrued: 'currency',
  breakage: 'share',
  liabilityAtCostEnd: 'currency',
  deferredRevenueEnd: 'currency',
  aliveEndPlan: 'customers',
  aliveEndCounterfactual: 'customers',
  retainedCustomers: 'customers',
  costPerRetainedCustomer: 'currency',
  retentionRatePlan: 'share',
  retentionRateCounterfactual: 'share',
  breakEvenSalesLift: 'share',
  promotionPointsExpectedCost: 'currency',
};

const ISSUED: readonly SeriesKey[] = ['pointsBase', 'pointsBonus', 'pointsPromotion', 'pointsFrequency', 'pointsTier', 'pointsPartner'];
const ISSUED_ON_SALES: readonly SeriesKey[] = ['pointsBase', 'pointsBonus', 'pointsPromotion', 'pointsFrequency', 'pointsTier'];
export const COST_KEYS: readonly SeriesKey[] = ['rewardCost', 'punchCardCost', 'privilegeCost', 'contactCost', 'partnerNetCost', 'fixedCost'];

function emptyWorld(H: number): WorldSeries {
  return Object.fromEntries(SERIES_KEYS.map((k) => [k, new Array<number>(H).fill(0)])) as WorldSeries;
}

/**
 * A world's series of one segment, weighted, stocks summed up: the no-plan world is its own rows
 * (every customer's baseline); the plan world is those plus the plan's change to them (which
 * only members write). See accumulatorLayout.ts.
 */
function worldSeries(acc: Float64Array, world: number, seg: number, S: number, H: number, weight: number, grossMarginRate: number): WorldSeries {
  const out = emptyWorld(H);
  const row = (world: number, r: number): number => ((world * S + seg) * ACC_ROWS + r) * H;
  const plan = world === WORLD_PLAN;
  for (const key of SERIES_KEYS) {
    const k = SERIES_INDEX[key];
    const own = row(world, k);
    const baseline = row(WORLD_COUNTERFACTUAL, k);
    const values = out[key];
    let running = 0;
    for (let w = 0; w < H; w++) {
      const v = (plan ? acc[baseline + w]! + acc[own + w]! : acc[own + w]!) * weight;
      if (STOCK_SERIES.has(key)) values[w] = running += v;
      else values[w] = v;
    }
  }
  // Rate rows hold changes of a weekly rate: summed up, they are the weekly flow.
  for (const [r, k] of RATE_ROW_SERIES) {
    const values = out[SERIES_KEYS[k]!];
    const own = row(world, r);
    let rate = 0;
    for (let w = 0; w < H; w++) {
      rate += acc[own + w]!;
      values[w]! += rate * weight;
    }
  }
  for (let w = 0; w < H; w++) out.margin[w] = out.revenue[w]! * grossMarginRate;
  let outstanding = 0;
  for (let w = 0; w < H; w++) {
    for (const key of ISSUED) outstanding += out[key][w]!;
    outstanding -= out.pointsRedeemed[w]! + out.pointsExpired[w]!;
    out.pointsOutstanding[w] = outstanding;
  }
  return out;
}

export function buildSegmentSeries(acc: Float64Array, p: EngineParams, segments: readonly SegmentInfo[]): SegmentSeries[] {
  const H = p.horizonWeeks;
  const S = p.segmentCount;
  const result = segments.map((s, seg) => ({
    segment: s.name,
    customers: s.simulated,
    weight: s.weight,
    plan: worldSeries(acc, WORLD_PLAN, seg, S, H, s.weight, p.grossMarginRate),
    counterfactual: worldSeries(acc, WORLD_COUNTERFACTUAL, seg, S, H, s.weight, p.grossMarginRate),
  }));
  // Fixed costs belong to the programme, not to a segment; they are shared out by members (or
  // by customers when nobody joins) so that segment figures add up to the total.
  const members = result.map((r) => r.plan.members[H - 1] ?? 0);
  const totalMembers = members.reduce((a, b) => a + b, 0);
  const customers = result.map((r) => r.customers * r.weight);
  const totalCustomers = customers.reduce((a, b) => a + b, 0) || 1;
  result.forEach((r, i) => {
    const share = totalMembers > 0 ? members[i]! / totalMembers : customers[i]! / totalCustomers;
    for (let w = 0; w < H; w++) r.plan.fixedCost[w] = share * ((w === 0 ? p.launchCost : 0) + p.fixedCostPerWeek);
  });
  return result;
}

export function sumWorlds(series: readonly WorldSeries[], H: number): WorldSeries {
  const out = emptyWorld(H);
  for (const s of series) for (const key of SERIES_KEYS) for (let w = 0; w < H; w++) out[key][w]! += s[key][w]!;
  return out;
}

/** The engine's parameters as valuation terms (the catalogue is sorted by points already). */
function engineValuationTerms(p: EngineParams): ValuationTerms {
  return {
    linear: p.linearRewards,
    pointValueCurrency: p.pointValue,
    catalogue: Array.from(p.thresholdPoints, (points, k) => ({ points, valueCurrency: p.thresholdValue[k]! })),
    costPerRewardCurrency: p.costPerRewardCurrency,
    burnShare: p.burnShare,
    burnPricePerPoint: p.burnPricePerPoint,
  };
}

/**
 * What a point is worth (IFRS 15 SSP) and costs in this world: the rewards its members actually
 * redeemed (the engine records their value, rewardValueRedeemed). A world that redeemed nothing
 * gets the catalogue estimate at its own weekly earn per member.
 */
export function runPointValuation(plan: WorldSeries, p: EngineParams): PointValuation {
  const terms = engineValuationTerms(p);
  const redeemed = sum(plan.pointsRedeemed);
  const valueRedeemed = sum(plan.rewardValueRedeemed);
  if (redeemed > 0 && valueRedeemed > 0) return realisedPointValuation(terms, redeemed, valueRedeemed, valueFromRedemptionCounts(terms, [], 'catalogueEven'));
  let issued = 0;
  for (const key of ISSUED) issued += sum(plan[key]);
  const memberWeeks = sum(plan.members);
  const propensity = p.redeemPropensity.length > 0 ? p.redeemPropensity.reduce((a, b) => a + b, 0) / p.redeemPropensity.length : 0;
  const counts = expectedRedemptionCounts(terms.catalogue, {
    weeklyPointsPerMember: memberWeeks > 0 ? issued / memberWeeks : 0,
    propensity,
    balanceElasticity: p.balanceElasticity,
    minimumBalancePoints: p.minimumBalance,
    weeks: p.horizonWeeks,
  });
  return valueFromRedemptionCounts(terms, counts, 'catalogueEstimate');
}

/**
 * Liability and IFRS 15 for a plan world. The redemptions still expected are the points held by
 * customers who are still buying; the points of lapsed customers are inactivity breakage. The
 * same estimate, re-made every week, sets the stand-alone selling price of new points and trues
 * up the release of deferred revenue. Points are valued at the rewards they buy (the world's own
 * redemption mix): at cost for the liability, at the rewards' value for the SSP.
 */
export function accountingFor(plan: WorldSeries, p: EngineParams): AccountingSeries {
  const H = p.horizonWeeks;
  const valuation = runPointValuation(plan, p);
  const cpp = valuation.costPerPointCurrency;
  const sspPerPoint = valuation.valuePerPointCurrency;
  const liabilityAtCost = new Array<number>(H);
  const deferredAtSale = new Array<number>(H);
  const expectedTotal = new Array<number>(H);
  let cumIssued = 0;
  let cumRedeemed = 0;
  for (let w = 0; w < H; w++) {
    let issuedOnSales = 0;
    for (const key of ISSUED_ON_SALES) issuedOnSales += plan[key][w]!;
    cumIssued += issuedOnSales + plan.pointsPartner[w]!;
    cumRedeemed += plan.pointsRedeemed[w]!;
    const stillExpected = Math.max(0, plan.pointsOutstanding[w]! - plan.pointsHeldByLapsed[w]!);
    liabilityAtCost[w] = stillExpected * cpp;
    expectedTotal[w] = cumRedeemed + stillExpected;
    const redemptionProbability = cumIssued > 0 ? Math.min(1, expectedTotal[w]! / cumIssued) : 1;
    const revenue = plan.memberRevenue[w]!;
    deferredAtSale[w] = allocateToPoints(revenue, revenue, issuedOnSales * sspPerPoint * redemptionProbability);
  }
  const release = releaseSchedule(deferredAtSale, plan.pointsRedeemed, expectedTotal);
  return { liabilityAtCost, deferredAtSale, revenueReleased: release.released, deferredRevenueBalance: release.balance };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Weekly cost of the programme (cash view: redemptions as they happen). */
export function weeklyCost(plan: WorldSeries, H: number): number[] {
  return Array.from({ length: H }, (_, w) => COST_KEYS.reduce((a, k) => a + plan[k][w]!, 0));
}

/**
 * The week (1-based) from which a cumulative flow stays at or above zero to the horizon; null
 * when it ends below zero. Week 1 alone does not count as paying back (a launch week with no
 * cost yet is not a payback).
 */
function paybackWeek(cumulative: readonly number[]): number | null {
  let payback: number | null = null;
  for (let w = 0; w < cumulative.length; w++) {
    if (cumulative[w]! < 0) payback = null;
    else if (payback === null && w > 0) payback = w + 1;
  }
  return payback;
}

export interface PaybackAndNpv {
  paybackWeeksCash: number | null;
  paybackWeeksAccrued: number | null;
  npvCash: number;
  npvAccrued: number;
}

/**
 * Payback and NPV on two bases, from the weekly incremental cash flow (incremental margin minus
 * costs as paid, rewards as redeemed) and the points liability at cost at each week's end.
 * Cash: the flow as it is. Accrued: the flow less the week's growth of the liability, i.e. each
 * point is a cost when it is earned (at what honouring it will cost) rather than when it is
 * redeemed; the cumulative accrued position is the cumulative cash less the liability then
 * outstanding. A programme that builds a liability pays back later, and is worth less, accrued.
 * Flows are discounted at the end of their week at the yearly rate, compounded weekly.
 */
export function paybackAndNpv(incrementalCash: readonly number[], liabilityAtCost: readonly number[], discountRatePerYear: number): PaybackAndNpv {
  const weeklyDiscount = Math.pow(1 + discountRatePerYear, 1 / WEEKS_PER_YEAR);
  const cumulativeCash: number[] = [];
  const cumulativeAccrued: number[] = [];
  let cash = 0;
  let npvCash = 0;
  let npvAccrued = 0;
  let previousLiability = 0;
  for (let w = 0; w < incrementalCash.length; w++) {
    const flow = incrementalCash[w]!;
    const liability = liabilityAtCost[w]!;
    cash += flow;
    cumulativeCash.push(cash);
    cumulativeAccrued.push(cash - liability);
    const factor = Math.pow(weeklyDiscount, w + 1);
    npvCash += flow / factor;
    npvAccrued += (flow - (liability - previousLiability)) / factor;
    previousLiability = liability;
  }
  return { paybackWeeksCash: paybackWeek(cumulativeCash), paybackWeeksAccrued: paybackWeek(cumulativeAccrued), npvCash, npvAccrued };
}

export function computeKpis(plan: WorldSeries, cf: WorldSeries, accounting: AccountingSeries, p: EngineParams): Record<KpiKey, number | null> {
  const H = p.horizonWeeks;
  const last = H - 1;
  const revenuePlan = sum(plan.revenue);
  const revenueCf = sum(cf.revenue);
  const memberRevenue = sum(plan.memberRevenue);
  const liabilityEnd = accounting.liabilityAtCost[last]!;
  const rewardCost = sum(plan.rewardCost) + sum(plan.punchCardCost) + liabilityEnd;
  const cash = weeklyCost(plan, H);
  const programmeCost = sum(cash) + liabilityEnd;
  const incrementalMargin = sum(plan.margin) - sum(cf.margin);
  const net = incrementalMargin - programmeCost;

  const incrementalCash = cash.map((c, w) => plan.margin[w]! - cf.margin[w]! - c);
  const returns = paybackAndNpv(incrementalCash, accounting.liabilityAtCost, p.discountRatePerYear);

  let issued = 0;
  for (const key of ISSUED) issued += sum(plan[key]);
  const redeemed = sum(plan.pointsRedeemed);
  const stillExpected = Math.max(0, plan.pointsOutstanding[last]! - plan.pointsHeldByLapsed[last]!);
  const breakage = issued > 0 ? 1 - (redeemed + stillExpected) / issued : null;
  const aliveStartPlan = plan.alive[0]! + 0;
  const aliveStartCf = cf.alive[0]!;
  const aliveEndPlan = plan.alive[last]!;
  const aliveEndCf = cf.alive[last]!;
  const retained = aliveEndPlan - aliveEndCf;
  const g = revenuePlan > 0 ? rewardCost / revenuePlan : 0;
  const opex = revenueCf > 0 ? (programmeCost - rewardCost) / revenueCf : 0;
  const urr = issued > 0 ? (redeemed + stillExpected) / issued : 1;

  return {
    members: plan.members[last]!,
    memberShareOfSales: revenuePlan > 0 ? memberRevenue / revenuePlan : null,
    incrementalRevenue: revenuePlan - revenueCf,
    incrementalMargin,
    programmeCost,
    rewardCost,
    freeRewardRateMembers: memberRevenue > 0 ? rewardCost / memberRevenue : null,
    freeRewardRateTotal: revenuePlan > 0 ? rewardCost / revenuePlan : null,
    netIncrementalProfit: net,
    roi: programmeCost > 0 ? net / programmeCost : null,
    paybackWeeksCash: returns.paybackWeeksCash,
    paybackWeeksAccrued: returns.paybackWeeksAccrued,
    npvCash: returns.npvCash,
    npvAccrued: returns.npvAccrued,
    breakage,
    liabilityAtCostEnd: liabilityEnd,
    deferredRevenueEnd: accounting.deferredRevenueBalance[last]!,
    aliveEndPlan,
    aliveEndCounterfactual: aliveEndCf,
    retainedCustomers: retained,
    costPerRetainedCustomer: retained > 0 ? programmeCost / retained : null,
    retentionRatePlan: aliveStartPlan > 0 ? aliveEndPlan / aliveStartPlan : null,
    retentionRateCounterfactual: aliveStartCf > 0 ? aliveEndCf / aliveStartCf : null,
    breakEvenSalesLift: p.grossMarginRate > g ? (g + opex) / (p.grossMarginRate - g) : null,
    promotionPointsExpectedCost: sum(plan.pointsPromotion) * runPointValuation(plan, p).costPerPointCurrency * urr,
  };
}
