import { BAND_KEYS, KPI_KEYS, SERIES_KEYS, type BandKey, type KpiBand, type KpiKey, type KpiUnit, type SegmentSeries, type SeriesBand, type SimulationResults, type SimulationRunRecord, type WorldSeries } from '../../../shared/simulation/results';

/**
 * A small but plausible run for chart and helper tests, and for looking at the dashboard before
 * a real run exists: two segments, 52 weeks, five draws. Built from smooth formulas (no RNG) so
 * tests can reason about its figures: e.g. the plan keeps more customers alive than the
 * counterfactual in every week after launch, and points outstanding grow then level off.
 */

const WEEKS = 52;

interface SegmentShape {
  segment: string;
  customers: number;
  /** Weekly survival without the plan, and the plan's lift on it. */
  survival: number;
  survivalLift: number;
  /** Purchases per alive customer a week, and spend per purchase. */
  purchaseRate: number;
  basket: number;
  enrolment: number;
}

const SHAPES: readonly SegmentShape[] = [
  { segment: 'Loyal high value', customers: 2000, survival: 0.995, survivalLift: 0.002, purchaseRate: 0.6, basket: 42, enrolment: 0.7 },
  { segment: 'Occasional', customers: 8000, survival: 0.985, survivalLift: 0.003, purchaseRate: 0.12, basket: 28, enrolment: 0.35 },
];

function emptyWorld(): WorldSeries {
  return Object.fromEntries(SERIES_KEYS.map((k) => [k, new Array<number>(WEEKS).fill(0)])) as WorldSeries;
}

function segmentSeries(shape: SegmentShape, index: number): SegmentSeries {
  const plan = emptyWorld();
  const counterfactual = emptyWorld();
  let outstanding = 0;
  for (let w = 0; w < WEEKS; w++) {
    const aliveCf = shape.customers * shape.survival ** (w + 1);
    const alivePlan = shape.customers * (shape.survival + shape.survivalLift) ** (w + 1);
    // Members join over the first eight weeks, then leave as they lapse.
    const members = shape.customers * shape.enrolment * Math.min(1, (w + 1) / 8) * (alivePlan / shape.customers);
    const purchasesCf = aliveCf * shape.purchaseRate;
    const purchasesPlan = alivePlan * shape.purchaseRate * 1.03;
    const revenuePlan = purchasesPlan * shape.basket;
    const memberRevenue = revenuePlan * Math.min(1, (members / alivePlan) * 1.4);
    const pointsBase = memberRevenue;
    const pointsBonus = w < 8 ? members * 15 : members * 0.4;
    const pointsPromotion = w >= 20 && w < 24 ? pointsBase : 0;
    const pointsFrequency = pointsBase * 0.05;
    const pointsTier = index === 0 ? pointsBase * 0.1 : 0;
    const pointsPartner = pointsBase * 0.03;
    const issued = pointsBase + pointsBonus + pointsPromotion + pointsFrequency + pointsTier + pointsPartner;
    const pointsRedeemed = w < 10 ? 0 : outstanding * 0.06;
    const pointsExpired = w < 40 ? 0 : outstanding * 0.01;
    outstanding += issued - pointsRedeemed - pointsExpired;

    plan.members[w] = members;
    plan.alive[w] = alivePlan;
    plan.active[w] = alivePlan * 0.9;
    plan.redeemers[w] = pointsRedeemed / 500;
    plan.purchases[w] = purchasesPlan;
    plan.revenue[w] = revenuePlan;
    plan.margin[w] = revenuePlan * 0.3;
    plan.memberRevenue[w] = memberRevenue;
    plan.pointsBase[w] = pointsBase;
    plan.pointsBonus[w] = pointsBonus;
    plan.pointsPromotion[w] = pointsPromotion;
    plan.pointsFrequency[w] = pointsFrequency;
    plan.pointsTier[w] = pointsTier;
    plan.pointsPartner[w] = pointsPartner;
    plan.pointsRedeemed[w] = pointsRedeemed;
    plan.pointsExpired[w] = pointsExpired;
    plan.pointsOutstanding[w] = outstanding;
    // Lapsed members keep their points: a growing share of the balance nobody will redeem.
    plan.pointsHeldByLapsed[w] = outstanding * 0.25 * (1 - alivePlan / shape.customers);
    plan.rewardCost[w] = pointsRedeemed * 0.007;
    plan.punchCardCost[w] = purchasesPlan * 0.05;
    plan.privilegeCost[w] = index === 0 ? members * 0.2 : 0;
    plan.contactCost[w] = w % 4 === 0 ? members * 0.3 : 0;
    // Earn partners pay us for the points they issue, so the settlement can be a credit.
    plan.partnerNetCost[w] = pointsRedeemed * 0.0005 - pointsPartner * 0.004;
    plan.fixedCost[w] = index === 0 ? (w === 0 ? 20000 : 1500) : 0;

    counterfactual.alive[w] = aliveCf;
    counterfactual.active[w] = aliveCf * 0.9;
    counterfactual.purchases[w] = purchasesCf;
    counterfactual.revenue[w] = purchasesCf * shape.basket;
    counterfactual.margin[w] = purchasesCf * shape.basket * 0.3;
  }
  return { segment: shape.segment, customers: shape.customers, weight: 1, plan, counterfactual };
}

function sumOver(segments: readonly SegmentSeries[], pick: (s: SegmentSeries) => number[]): number[] {
  const total = new Array<number>(WEEKS).fill(0);
  for (const s of segments) pick(s).forEach((v, w) => (total[w]! += v));
  return total;
}

/** A band that widens with time around the base, as uncertainty over assumptions does. */
function bandAround(base: readonly number[], spread: number): SeriesBand {
  return {
    p10: base.map((v, w) => v * (1 - spread * Math.sqrt((w + 1) / WEEKS))),
    // The median of the draws is not the base case: a little above it, as skewed assumptions make it.
    p50: base.map((v, w) => v * (1 + 0.2 * spread * Math.sqrt((w + 1) / WEEKS))),
    p90: base.map((v, w) => v * (1 + spread * Math.sqrt((w + 1) / WEEKS))),
  };
}

const KPI_FIXTURE: Record<KpiKey, { unit: KpiUnit; base: number; low: number; high: number }> = {
  members: { unit: 'customers', base: 4200, low: 3800, high: 4600 },
  memberShareOfSales: { unit: 'share', base: 0.62, low: 0.58, high: 0.66 },
  incrementalRevenue: { unit: 'currency', base: 412000, low: 250000, high: 560000 },
  incrementalMargin: { unit: 'currency', base: 123600, low: 75000, high: 168000 },
  programmeCost: { unit: 'currency', base: 98000, low: 90000, high: 111000 },
  rewardCost: { unit: 'currency', base: 41000, low: 36000, high: 47000 },
  freeRewardRateMembers: { unit: 'share', base: 0.0118, low: 0.0104, high: 0.0133 },
  freeRewardRateTotal: { unit: 'share', base: 0.0074, low: 0.0065, high: 0.0083 },
  netIncrementalProfit: { unit: 'currency', base: 25600, low: -18000, high: 61000 },
  roi: { unit: 'ratio', base: 0.26, low: -0.18, high: 0.55 },
  paybackWeeksCash: { unit: 'weeks', base: 38, low: 29, high: 52 },
  paybackWeeksAccrued: { unit: 'weeks', base: 46, low: 36, high: 51 },
  npvCash: { unit: 'currency', base: 31200, low: -12500, high: 66000 },
  npvAccrued: { unit: 'currency', base: 23900, low: -19500, high: 58000 },
  breakage: { unit: 'share', base: 0.21, low: 0.17, high: 0.26 },
  liabilityAtCostEnd: { unit: 'currency', base: 33500, low: 29000, high: 39000 },
  deferredRevenueEnd: { unit: 'currency', base: 47800, low: 41000, high: 55000 },
  aliveEndPlan: { unit: 'customers', base: 6020, low: 5900, high: 6150 },
  aliveEndCounterfactual: { unit: 'customers', base: 5200, low: 5200, high: 5200 },
  retainedCustomers: { unit: 'customers', base: 820, low: 700, high: 950 },
  costPerRetainedCustomer: { unit: 'currency', base: 119.5, low: 95, high: 158 },
  retentionRatePlan: { unit: 'share', base: 0.602, low: 0.59, high: 0.615 },
  retentionRateCounterfactual: { unit: 'share', base: 0.52, low: 0.52, high: 0.52 },
  breakEvenSalesLift: { unit: 'share', base: 0.032, low: 0.029, high: 0.036 },
  promotionPointsExpectedCost: { unit: 'currency', base: 6100, low: 5200, high: 7300 },
};

function kpiBands(draws: number): KpiBand[] {
  return KPI_KEYS.map((key) => {
    const k = KPI_FIXTURE[key];
    const one = draws === 1;
    // `base` in the table is the median (the headline); draw 0, the base case, sits a little below it.
    const baseCase = one ? k.base : k.base - 0.4 * (k.base - k.low);
    return {
      key,
      unit: k.unit,
      headline: k.base,
      base: baseCase,
      p10: one ? k.base : k.low,
      p50: k.base,
      p90: one ? k.base : k.high,
      mcStandardError: one ? null : (k.high - k.low) / 12,
      drawsWithValue: draws,
    };
  });
}

export function simulationResultsFixture(overrides: Partial<SimulationResults> = {}): SimulationResults {
  const segments = SHAPES.map(segmentSeries);
  const draws = overrides.draws ?? 5;
  const outstanding = sumOver(segments, (s) => s.plan.pointsOutstanding);
  const costPerPoint = 0.007;
  const liabilityAtCost = outstanding.map((p) => p * costPerPoint * 0.8);
  // IFRS 15: revenue deferred for the points issued, released as they are redeemed.
  const issuedKeys = ['pointsBase', 'pointsBonus', 'pointsPromotion', 'pointsFrequency', 'pointsTier', 'pointsPartner'] as const;
  const issued = sumOver(segments, (s) => s.plan.pointsBase.map((_, w) => issuedKeys.reduce((sum, k) => sum + s.plan[k][w]!, 0)));
  const redeemed = sumOver(segments, (s) => s.plan.pointsRedeemed);
  const deferredAtSale = issued.map((p) => p * 0.0095);
  const revenueReleased = redeemed.map((p) => p * 0.0095 * 1.1);
  const deferredRevenueBalance: number[] = [];
  deferredAtSale.reduce((balance, d, w) => {
    const next = balance + d - revenueReleased[w]!;
    deferredRevenueBalance.push(next);
    return next;
  }, 0);
  const costKeys = ['rewardCost', 'punchCardCost', 'privilegeCost', 'contactCost', 'partnerNetCost', 'fixedCost'] as const;
  const totalCost = sumOver(segments, (s) => s.plan.rewardCost.map((_, w) => costKeys.reduce((sum, k) => sum + s.plan[k][w]!, 0)));
  const alivePlan = sumOver(segments, (s) => s.plan.alive);
  const aliveCf = sumOver(segments, (s) => s.counterfactual.alive);
  const incremental = sumOver(segments, (s) => s.plan.revenue.map((v, w) => v - s.counterfactual.revenue[w]!));
  const spreads: Record<BandKey, [number[], number]> = {
    totalCost: [totalCost, 0.12],
    liabilityAtCost: [liabilityAtCost, 0.15],
    alivePlan: [alivePlan, 0.03],
    aliveCounterfactual: [aliveCf, 0.005],
    incrementalRevenue: [incremental, 0.35],
    pointsOutstanding: [outstanding, 0.15],
  };
  const bands = Object.fromEntries(BAND_KEYS.map((k) => [k, bandAround(spreads[k][0], draws === 1 ? 0 : spreads[k][1])])) as Record<BandKey, SeriesBand>;

  return {
    planName: 'Everyday rewards',
    currency: 'EUR',
    horizonWeeks: WEEKS,
    seed: 7,
    draws,
    baseCustomers: 10000,
    simulatedCustomers: 10000,
    samplingRelativeError: null,
    discountRatePerYear: 0.08,
    segments,
    accounting: { liabilityAtCost, deferredAtSale, revenueReleased, deferredRevenueBalance },
    kpis: kpiBands(draws),
    kpisBySegment: [
      { segment: 'Loyal high value', values: { members: 1400, incrementalRevenue: 260000, programmeCost: 61000, freeRewardRateTotal: 0.0091, retainedCustomers: 190, roi: 0.41 } },
      { segment: 'Occasional', values: { members: 2800, incrementalRevenue: 152000, programmeCost: 37000, freeRewardRateTotal: 0.0052, retainedCustomers: 630, roi: null } },
    ],
    bands,
    drawnAssumptions: Array.from({ length: draws }, (_, i) => ({ 'enrolment.selfSelectionPower': 0.5 + i * 0.05, 'rewards.balanceElasticity': 0.2 })),
    warnings: ['The Occasional segment has few redeemers in the first 10 weeks; its free-reward rate rests on a small count.'],
    ...overrides,
  };
}

export function simulationRecordFixture(overrides: Partial<SimulationRunRecord> = {}): SimulationRunRecord {
  return {
    runId: 3,
    planName: 'Everyday rewards',
    planHash: '9f2c4e1ab7d03e55c8a1',
    inputsHash: '41d0aa7c2e9b6f13',
    appVersion: '0.5.0',
    seed: 7,
    draws: 5,
    workers: 2,
    startedAt: '2026-11-22T17:30:00.000Z',
    seconds: 4.2,
    customerWeeks: 520000,
    ...overrides,
  };
}
