import { centralValue } from './assumption';
import type { Plan } from './planSchema';

/**
 * What a point is worth and what it costs, from the rewards it is expected to buy.
 *
 * A point's nominal value (plan.earning.pointValueCurrency) is only what a linear plan pays out.
 * In a threshold plan a point buys a share of a catalogue reward: 1,500 points for a 17.00 reward
 * is 1.13 cents a point, not the nominal 1 cent. IFRS 15 (B40-B42) values the points at the
 * stand-alone selling price (SSP) of the rewards they are expected to buy, and the liability for
 * them is measured at what those rewards will cost the firm. Both follow from the redemption mix:
 * which rewards the points end up buying. Before a run that mix is an estimate from the catalogue;
 * after a run it is the mix the simulation actually produced.
 *
 * Amounts are in the plan's currency per point.
 */

export interface CatalogueReward {
  points: number;
  valueCurrency: number;
}

/** The plan's terms a valuation needs, as plain numbers (a Plan and the engine's parameters both give them). */
export interface ValuationTerms {
  linear: boolean;
  /** Value of a point in a linear plan (points spent freely). */
  pointValueCurrency: number;
  catalogue: readonly CatalogueReward[];
  /** What one currency unit of reward value costs the firm (the reward mix at cost). */
  costPerRewardCurrency: number;
  /** Share of redemptions taken at burn partners, and what we pay them per point. */
  burnShare: number;
  burnPricePerPoint: number;
}

/** Where the redemption mix came from. */
export type ValuationBasis =
  /** A linear plan: every point is worth its nominal value. */
  | 'linear'
  /** Estimated from the catalogue, the members' weekly earn and their propensity to redeem. */
  | 'catalogueEstimate'
  /** The catalogue with each reward taken equally often (the weekly earn is not known). */
  | 'catalogueEven'
  /** The rewards the simulation's members actually redeemed. */
  | 'run';

export interface PointValuation {
  basis: ValuationBasis;
  /** Share of redeemed points that bought each reward (empty for a linear plan). */
  mix: { points: number; valueCurrency: number; shareOfPoints: number }[];
  /** IFRS 15: the stand-alone selling price of a redeemed point (reward value per point, by the mix). */
  valuePerPointCurrency: number;
  /** A redeemed point's own-reward cost: value per point x reward mix at cost x (1 - burn share). */
  ownRewardCostPerPointCurrency: number;
  /** A redeemed point's burn-partner cost: price per point x burn share. */
  burnCostPerPointCurrency: number;
  /** The two together: what a redeemed point costs the firm (the liability is measured at this). */
  costPerPointCurrency: number;
}

/** The reward mix at cost: cash-like at face value, own merchandise at cost, partner rewards at the negotiated rate. */
export function costPerRewardCurrency(earning: Plan['earning']): number {
  const m = earning.rewardMix;
  return m.cashLike + m.ownMerchandise * (1 - earning.ownMerchandiseMarginRate) + m.partner * earning.partnerRewardCostRate;
}

/** Burn partners together: their share of redemptions (at most 1) and their share-weighted price per point. */
export function burnPartnerTerms(partners: Plan['partners']): { burnShare: number; burnPricePerPoint: number } {
  const burn = partners.filter((p) => p.kind === 'burn');
  const burnShare = Math.min(1, burn.reduce((a, p) => a + p.shareOfRedemptions, 0));
  const weighted = burn.reduce((a, p) => a + p.shareOfRedemptions * p.pricePerPointCurrency, 0);
  return { burnShare, burnPricePerPoint: burnShare > 0 ? weighted / burn.reduce((a, p) => a + p.shareOfRedemptions, 0) : 0 };
}

export function valuationTermsOf(plan: Plan): ValuationTerms {
  return {
    linear: plan.rewards.mode === 'linear',
    pointValueCurrency: plan.earning.pointValueCurrency,
    catalogue: [...plan.rewards.catalogue].sort((a, b) => a.points - b.points).map((c) => ({ points: c.points, valueCurrency: c.rewardValueCurrency })),
    costPerRewardCurrency: costPerRewardCurrency(plan.earning),
    ...burnPartnerTerms(plan.partners),
  };
}

function finish(terms: ValuationTerms, basis: ValuationBasis, mix: PointValuation['mix'], valuePerPoint: number): PointValuation {
  const own = valuePerPoint * terms.costPerRewardCurrency * (1 - terms.burnShare);
  const burn = terms.burnPricePerPoint * terms.burnShare;
  return { basis, mix, valuePerPointCurrency: valuePerPoint, ownRewardCostPerPointCurrency: own, burnCostPerPointCurrency: burn, costPerPointCurrency: own + burn };
}

/**
 * Values a point from a redemption mix given as how many times each catalogue reward is taken
 * (same order as terms.catalogue): value per point = sum(count x value) / sum(count x points).
 */
export function valueFromRedemptionCounts(terms: ValuationTerms, counts: readonly number[], basis: ValuationBasis): PointValuation {
  if (terms.linear) return finish(terms, 'linear', [], terms.pointValueCurrency);
  const points = terms.catalogue.map((c, k) => (counts[k] ?? 0) * c.points);
  const totalPoints = points.reduce((a, b) => a + b, 0);
  if (!(totalPoints > 0)) return valueFromRedemptionCounts(terms, terms.catalogue.map(() => 1), 'catalogueEven');
  const totalValue = terms.catalogue.reduce((a, c, k) => a + (counts[k] ?? 0) * c.valueCurrency, 0);
  const mix = terms.catalogue.map((c, k) => ({ points: c.points, valueCurrency: c.valueCurrency, shareOfPoints: points[k]! / totalPoints }));
  return finish(terms, basis, mix, totalValue / totalPoints);
}

/** How a typical member earns and redeems, for the catalogue estimate. */
export interface RedemptionBehaviour {
  /** Points a member earns in a week, all mechanics together. */
  weeklyPointsPerMember: number;
  /** Weekly chance of redeeming once a reward is affordable. */
  propensity: number;
  /** Rise of the propensity per reward's worth of balance above the first threshold. */
  balanceElasticity: number;
  minimumBalancePoints: number;
  weeks: number;
}

/** Balance buckets the estimate tracks at most; a coarser step keeps it fast for large thresholds. */
const MAX_BUCKETS = 6000;

/**
 * How many times a typical member takes each catalogue reward over the weeks, as the engine
 * decides it: points accrue each week; once the first reward is affordable the member redeems
 * with chance propensity x (1 + elasticity x (balance / first threshold - 1)), taking the
 * largest reward the balance affords. Tracked as a distribution over the balance (a Markov
 * chain), so the same inputs always give the same mix. Left out: expiry and its near-expiry
 * boost, and the spread of earn rates between members (the run's own mix has both).
 */
export function expectedRedemptionCounts(catalogue: readonly CatalogueReward[], b: RedemptionBehaviour): number[] {
  const counts = catalogue.map(() => 0);
  const first = catalogue[0];
  if (!first || !(b.weeklyPointsPerMember > 0) || !(b.propensity > 0)) return counts;
  const top = catalogue[catalogue.length - 1]!.points;
  const ceiling = 3 * top + b.weeklyPointsPerMember;
  const step = Math.max(1, ceiling / MAX_BUCKETS);
  const n = Math.ceil(ceiling / step) + 1;
  let dist = new Float64Array(n);
  let next = new Float64Array(n);
  dist[0] = 1;
  const shift = b.weeklyPointsPerMember / step;
  const whole = Math.floor(shift);
  const part = shift - whole;
  const floor = Math.max(first.points, b.minimumBalancePoints);
  for (let w = 0; w < b.weeks; w++) {
    next.fill(0);
    // The week's points, split between the two neighbouring buckets; the last bucket holds the rest.
    for (let i = 0; i < n; i++) {
      const m = dist[i]!;
      if (m === 0) continue;
      next[Math.min(n - 1, i + whole)]! += m * (1 - part);
      next[Math.min(n - 1, i + whole + 1)]! += m * part;
    }
    [dist, next] = [next, dist];
    next.fill(0);
    for (let i = 0; i < n; i++) {
      const m = dist[i]!;
      if (m === 0) continue;
      const balance = i * step;
      if (balance < floor) {
        next[i]! += m;
        continue;
      }
      const q = Math.min(1, b.propensity * (1 + b.balanceElasticity * (balance / first.points - 1)));
      let k = catalogue.length - 1;
      while (catalogue[k]!.points > balance) k--;
      counts[k]! += m * q;
      next[Math.max(0, Math.round((balance - catalogue[k]!.points) / step))]! += m * q;
      next[i]! += m * (1 - q);
    }
    [dist, next] = [next, dist];
  }
  return counts;
}

/**
 * A plan's point valuation before a run: from the catalogue and an estimate of the redemption
 * mix when the members' weekly earn is known, else with every reward taken equally often.
 */
export function planPointValuation(plan: Plan, weeklyPointsPerMember: number | null): PointValuation {
  const terms = valuationTermsOf(plan);
  if (terms.linear) return finish(terms, 'linear', [], terms.pointValueCurrency);
  if (terms.catalogue.length === 1) return valueFromRedemptionCounts(terms, [1], 'catalogueEstimate');
  if (weeklyPointsPerMember === null || !(weeklyPointsPerMember > 0)) return valueFromRedemptionCounts(terms, terms.catalogue.map(() => 1), 'catalogueEven');
  const rows = plan.rewards.redemptionPropensityBySegment;
  const propensity = centralValue((rows.find((r) => r.segment === '*') ?? rows[0]!).value.dist);
  const counts = expectedRedemptionCounts(terms.catalogue, {
    weeklyPointsPerMember,
    propensity,
    balanceElasticity: centralValue(plan.rewards.balanceElasticity.dist),
    minimumBalancePoints: plan.rewards.minimumBalancePoints,
    weeks: plan.horizonWeeks,
  });
  return valueFromRedemptionCounts(terms, counts, 'catalogueEstimate');
}

/**
 * The valuation a run produced: points redeemed and the value of the rewards they bought.
 * Falls back to the given estimate where the run redeemed nothing.
 */
export function realisedPointValuation(terms: ValuationTerms, pointsRedeemed: number, rewardValueRedeemedCurrency: number, fallback: PointValuation): PointValuation {
  if (terms.linear) return finish(terms, 'linear', [], terms.pointValueCurrency);
  if (!(pointsRedeemed > 0) || !(rewardValueRedeemedCurrency > 0)) return fallback;
  return finish(terms, 'run', [], rewardValueRedeemedCurrency / pointsRedeemed);
}
