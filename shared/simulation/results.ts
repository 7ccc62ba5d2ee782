/**
 * What a simulation run produces. Two worlds are simulated on the same customers with the same
 * random streams: "plan" (the programme runs) and "counterfactual" (it does not); every
 * incremental figure is plan minus counterfactual.
 *
 * Series are weekly, indexed 0..horizonWeeks-1 (week 0 is the launch week). Money is in the
 * plan's currency (major units, unrounded); points are points; counts are customers.
 */

/** Weekly flows (sums over the week) and stocks (at the week's end), per world and segment. */
export const SERIES_KEYS = [
  // customers (stocks at the week's end)
  'members',
  'alive',
  /** Purchased in the last 52 weeks. */
  'active',
  /** Members who redeemed in the week. */
  'redeemers',
  // behaviour (flows)
  'purchases',
  'revenue',
  'margin',
  /** Revenue of members only. */
  'memberRevenue',
  // points (flows, except outstanding)
  'pointsBase',
  'pointsBonus',
  'pointsPromotion',
  'pointsFrequency',
  'pointsTier',
  'pointsPartner',
  'pointsRedeemed',
  'pointsExpired',
  /** Points held at the week's end (a stock). */
  'pointsOutstanding',
  /**
   * Of those, points held by customers who have lapsed (dropped out) and will never redeem them:
   * the inactivity breakage still on the books (a stock).
   */
  'pointsHeldByLapsed',
  /** What the rewards redeemed in the week are worth to the member (catalogue value, before cost): values the points. */
  'rewardValueRedeemed',
  // costs (flows, currency)
  'rewardCost',
  'punchCardCost',
  'privilegeCost',
  'contactCost',
  /** Partner settlement: what we pay burn partners minus what earn partners pay us. */
  'partnerNetCost',
  'fixedCost',
] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];
export const SERIES_COUNT = SERIES_KEYS.length;
export const SERIES_INDEX: Readonly<Record<SeriesKey, number>> = Object.fromEntries(SERIES_KEYS.map((k, i) => [k, i])) as Record<SeriesKey, number>;

/** Series that are stocks (a level at the week's end) rather than flows (a sum over the week). */
export const STOCK_SERIES: ReadonlySet<SeriesKey> = new Set(['members', 'alive', 'active', 'pointsOutstanding', 'pointsHeldByLapsed']);

export type WorldSeries = Record<SeriesKey, number[]>;

export interface SegmentSeries {
  segment: string;
  /** Customers simulated in this segment (before any sampling weight). */
  customers: number;
  /** Each simulated customer stands for this many customers of the base (1 without sampling). */
  weight: number;
  plan: WorldSeries;
  counterfactual: WorldSeries;
}

/** Derived weekly accounting series (total over segments, plan world). */
export interface AccountingSeries {
  /** Points outstanding x cost per point x expected share still to be redeemed. */
  liabilityAtCost: number[];
  /** IFRS 15: revenue deferred at sale for the points issued in the week. */
  deferredAtSale: number[];
  /** IFRS 15: deferred revenue released (recognised) in the week, with the true-up. */
  revenueReleased: number[];
  /** IFRS 15: the contract liability (deferred revenue) at the week's end. */
  deferredRevenueBalance: number[];
}

export const KPI_KEYS = [
  'members',
  'memberShareOfSales',
  'incrementalRevenue',
  'incrementalMargin',
  'programmeCost',
  'rewardCost',
  'freeRewardRateMembers',
  'freeRewardRateTotal',
  'netIncrementalProfit',
  'roi',
  /** Payback and NPV on two bases: cash (costs as paid, rewards as redeemed) and accrued (cash plus the points liability at cost as it builds). */
  'paybackWeeksCash',
  'paybackWeeksAccrued',
  'npvCash',
  'npvAccrued',
  'breakage',
  'liabilityAtCostEnd',
  'deferredRevenueEnd',
  'aliveEndPlan',
  'aliveEndCounterfactual',
  'retainedCustomers',
  'costPerRetainedCustomer',
  'retentionRatePlan',
  'retentionRateCounterfactual',
  'breakEvenSalesLift',
  'promotionPointsExpectedCost',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export type KpiUnit = 'currency' | 'share' | 'customers' | 'weeks' | 'ratio';

/**
 * A KPI over the assumption draws. null where the figure does not exist for a run (payback never
 * reached within the horizon, cost per retained customer when none is retained).
 * Reward cost is accrued: rewards redeemed plus the points liability at cost left at the horizon.
 */
export interface KpiBand {
  key: KpiKey;
  unit: KpiUnit;
  /**
   * The figure to show: the median over the draws (the base case with one draw). null when the
   * figure exists in fewer than half the draws (see drawStats.headlineOf).
   */
  headline: number | null;
  /** The base case (draw 0): every assumption at its most likely value. */
  base: number | null;
  /** Percentiles over the draws where the figure exists (equal to base with one draw). */
  p10: number | null;
  p50: number | null;
  p90: number | null;
  /** Monte Carlo standard error of the median over the draws; null with fewer than 5 draws. */
  mcStandardError: number | null;
  /** Draws in which the figure exists (for payback: was reached within the horizon). */
  drawsWithValue: number;
}

export interface SeriesBand {
  p10: number[];
  p50: number[];
  p90: number[];
}

/** Weekly totals whose spread over the assumption draws is shown as a band. */
export const BAND_KEYS = ['totalCost', 'liabilityAtCost', 'alivePlan', 'aliveCounterfactual', 'incrementalRevenue', 'pointsOutstanding'] as const;
export type BandKey = (typeof BAND_KEYS)[number];

export interface SimulationResults {
  planName: string;
  currency: string;
  horizonWeeks: number;
  seed: number;
  draws: number;
  /** Customers in the base, and how many were simulated (fewer when a stratified sample is used). */
  baseCustomers: number;
  simulatedCustomers: number;
  /** Relative standard error of the base-case incremental revenue from sampling, when sampled. */
  samplingRelativeError: number | null;
  /** The yearly rate payback and NPV are discounted at (the plan's), shown beside them. */
  discountRatePerYear: number;
  /** Base case, by segment. */
  segments: SegmentSeries[];
  accounting: AccountingSeries;
  kpis: KpiBand[];
  /**
   * KPIs per segment (same keys; null where a figure does not apply to a segment): the headline
   * over the draws, computed as the total's is, so segment figures and headlines share one basis.
   */
  kpisBySegment: { segment: string; values: Partial<Record<KpiKey, number | null>> }[];
  bands: Record<BandKey, SeriesBand>;
  /** The assumption values of each draw (draw 0 is the base case), for audit and sensitivity. */
  drawnAssumptions: Record<string, number>[];
  warnings: string[];
}

/** The record of a run kept in the workspace: inputs' hash, version, seed and timings, apart from the results. */
export interface SimulationRunRecord {
  runId: number;
  planName: string;
  planHash: string;
  inputsHash: string;
  appVersion: string;
  seed: number;
  draws: number;
  workers: number;
  startedAt: string;
  seconds: number;
  customerWeeks: number;
}
