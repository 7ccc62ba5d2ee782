import { chiSquareSurvival } from '../stats/chiSquare';
import type { Plan } from './planSchema';

/**
 * How many points a currency unit of members' sales earns once every mechanic of the plan is
 * counted, and what the punch card gives back per purchase: the inputs of the plan page's live
 * figures. Each mechanic is worked out as the engine applies it (simulateBlock: base, tier,
 * promotion and category points on each basket, the spend bonus per basket over the threshold,
 * visit and streak bonuses per period, birthday and welcome points per member, partner points
 * per member-week), in expectation over a profile of how often members buy.
 */

/** Customers who buy about equally often. */
export interface BuyerGroup {
  customers: number;
  purchasesPerYear: number;
}

/** What the workspace says about its buyers; every field optional, each unlocks mechanics. */
export interface BuyerFacts {
  /** Customers who buy alike; without it the workspace's average buyer stands for all. */
  groups: readonly BuyerGroup[];
  averageBasketCurrency: number;
  /** Members' yearly spend and purchases, on average. */
  memberSpendPerYearCurrency: number;
  memberPurchasesPerYear: number;
  /** Self-selection power: heavier buyers join more readily (P(join) grows as rate^power). */
  selfSelectionPower: number;
}

export const DERIVED_MECHANICS = ['categoryBonus', 'spendBonus', 'promotions', 'tiers', 'punchCard', 'visitBonus', 'streak', 'welcomeBirthday', 'partnerEarn'] as const;
export type DerivedMechanic = (typeof DERIVED_MECHANICS)[number];

/**
 * Gamma shape of a basket's value around its mean, for the share of baskets over the spend-bonus
 * threshold. [design] The engine draws baskets with each segment's fitted Gamma-Gamma shape; the
 * plan page does not have the fits, and 4 (a coefficient of variation of 0.5) is a typical
 * retail basket.
 */
export const BASKET_SHAPE = 4;

export interface EarnRate {
  /** Points per currency unit of members' sales, every counted mechanic together. */
  pointsPerCurrency: number;
  /** The part of it from each mechanic (base earn under 'base'). */
  parts: Partial<Record<DerivedMechanic | 'base', number>>;
  /** Punch-card reward value per currency unit of members' sales (always used: cards pay out when full). */
  punchValuePerCurrency: number;
  /** Points a member earns in a week, on average. */
  weeklyPointsPerMember: number | null;
  /** Mechanics the plan uses and these figures count, and those they cannot (the workspace's buying is unknown). */
  covered: DerivedMechanic[];
  notCovered: DerivedMechanic[];
}

/** P(N >= k) for N ~ Poisson(mean). */
function poissonAtLeast(k: number, mean: number): number {
  if (k <= 0) return 1;
  let term = Math.exp(-mean);
  let below = term;
  for (let i = 1; i < k; i++) {
    term *= mean / i;
    below += term;
  }
  return Math.max(0, 1 - below);
}

/** Expected periods until n active periods in a row (a renewal count; each period active with chance a). */
export function periodsToStreak(n: number, a: number): number {
  if (a <= 0) return Infinity;
  if (a >= 1) return n;
  return (1 - a ** n) / ((1 - a) * a ** n);
}

/**
 * Members' groups: each buyer group weighted by its chance of joining (rate^power), scaled so
 * the members buy memberPurchasesPerYear on average. Without groups, one group of average members.
 */
function memberGroups(f: BuyerFacts): { weight: number; perYear: number }[] {
  const raw = f.groups.filter((g) => g.customers > 0 && g.purchasesPerYear > 0).map((g) => ({ weight: g.customers * g.purchasesPerYear ** f.selfSelectionPower, perYear: g.purchasesPerYear }));
  const total = raw.reduce((a, g) => a + g.weight, 0);
  const mean = total > 0 ? raw.reduce((a, g) => a + g.weight * g.perYear, 0) / total : 0;
  if (!(mean > 0)) return [{ weight: 1, perYear: f.memberPurchasesPerYear }];
  const scale = f.memberPurchasesPerYear / mean;
  return raw.map((g) => ({ weight: g.weight / total, perYear: g.perYear * scale }));
}

/** Share of members' sales made in each tier, from their yearly spend against the thresholds over the rolling window. */
export function tierSalesShares(tiers: Plan['tiers'], f: BuyerFacts): number[] {
  const groups = memberGroups(f);
  const shares = tiers.levels.map(() => 0);
  let total = 0;
  for (const g of groups) {
    const windowSpend = (g.perYear * f.averageBasketCurrency * tiers.rollingWindowWeeks) / 52;
    let t = tiers.levels.length - 1;
    while (t > 0 && tiers.levels[t]!.qualifyingSpendCurrency > windowSpend) t--;
    const sales = g.weight * g.perYear;
    shares[t]! += sales;
    total += sales;
  }
  return total > 0 ? shares.map((s) => s / total) : shares.map((_, i) => (i === 0 ? 1 : 0));
}

/** The share of members' sales in the weeks a promotion runs for the segments it covers. */
function promotionWeight(promotion: Plan['promotions'][number], horizonWeeks: number, segmentShare: (names: readonly string[]) => number): number {
  const weeks = Math.max(0, Math.min(horizonWeeks, promotion.startWeek + promotion.lengthWeeks) - promotion.startWeek);
  return (weeks / horizonWeeks) * segmentShare(promotion.segments);
}

/**
 * The plan's earn rate over the horizon. segmentShare gives the share of members in the named
 * segments ("*" = 1). facts is null when the workspace's buying is unknown: then the mechanics
 * that depend on baskets and visits are listed as not covered.
 */
export function earnRate(plan: Plan, facts: BuyerFacts | null, segmentShare: (names: readonly string[]) => number): EarnRate {
  const e = plan.earning.pointsPerCurrencyUnit;
  const covered: DerivedMechanic[] = [];
  const notCovered: DerivedMechanic[] = [];
  const parts: EarnRate['parts'] = {};
  const use = (m: DerivedMechanic, value: number | null): void => {
    if (value === null) notCovered.push(m);
    else {
      covered.push(m);
      parts[m] = value;
    }
  };
  const basket = facts && facts.averageBasketCurrency > 0 ? facts.averageBasketCurrency : null;
  const spend = facts && facts.memberSpendPerYearCurrency > 0 ? facts.memberSpendPerYearCurrency : null;
  // Rounding down loses half a point a basket on average, once the basket earns a point or more.
  parts.base = plan.earning.rounding === 'down' && basket !== null && e * basket >= 1 ? e - 0.5 / basket : e;

  const b = plan.bonuses;
  if (b.categoryBonus.enabled) use('categoryBonus', e * b.categoryBonus.categoryShareOfBasket * b.categoryBonus.extraMultiplier);
  if (b.spendThreshold.enabled) {
    use('spendBonus', basket === null ? null : (b.spendThreshold.bonusPoints * chiSquareSurvival((2 * BASKET_SHAPE * b.spendThreshold.basketOverCurrency) / basket, 2 * BASKET_SHAPE)) / basket);
  }
  if (plan.promotions.length > 0) use('promotions', plan.promotions.reduce((a, p) => a + e * (p.pointsMultiplier - 1) * promotionWeight(p, plan.horizonWeeks, segmentShare), 0));
  if (plan.tiers.enabled && plan.tiers.levels.some((l) => l.earnMultiplier !== 1)) {
    use('tiers', facts === null || basket === null ? null : tierSalesShares(plan.tiers, facts).reduce((a, share, t) => a + e * (plan.tiers.levels[t]!.earnMultiplier - 1) * share, 0));
  }

  const f = plan.frequency;
  const groups = facts ? memberGroups(facts) : [];
  const perMemberPerYear = (points: (perWeek: number) => number): number => groups.reduce((a, g) => a + g.weight * points(g.perYear / 52), 0);
  const perCurrency = (pointsPerMemberPerYear: number | null): number | null => (pointsPerMemberPerYear === null || spend === null ? null : pointsPerMemberPerYear / spend);
  if (f.visitBonus.enabled) {
    const v = f.visitBonus;
    use('visitBonus', perCurrency(facts ? perMemberPerYear((perWeek) => (52 / v.periodWeeks) * poissonAtLeast(v.visits, perWeek * v.periodWeeks) * v.bonusPoints) : null));
  }
  if (f.streak.enabled) {
    const s = f.streak;
    use('streak', perCurrency(facts ? perMemberPerYear((perWeek) => ((52 / s.periodWeeks) / periodsToStreak(s.periodsInARow, 1 - Math.exp(-perWeek * s.periodWeeks))) * s.bonusPoints) : null));
  }
  if (b.welcomePoints > 0 || b.birthdayPoints > 0) use('welcomeBirthday', perCurrency(b.welcomePoints / (plan.horizonWeeks / 52) + b.birthdayPoints));
  const partnerWeekly = plan.partners.filter((p) => p.kind === 'earn').reduce((a, p) => a + p.pointsPerMemberPerWeek, 0);
  if (partnerWeekly > 0) use('partnerEarn', perCurrency(partnerWeekly * 52));

  let punchValuePerCurrency = 0;
  if (f.punchCard.enabled) {
    const perCard = f.punchCard.purchasesNeeded - Math.min(f.punchCard.prestampedPurchases, f.punchCard.purchasesNeeded - 1);
    punchValuePerCurrency = basket === null ? 0 : f.punchCard.rewardValueCurrency / perCard / basket;
    if (basket === null) notCovered.push('punchCard');
    else covered.push('punchCard');
  }

  const pointsPerCurrency = Object.values(parts).reduce((a, v) => a + (v ?? 0), 0);
  return { pointsPerCurrency, parts, punchValuePerCurrency, weeklyPointsPerMember: spend === null ? null : (pointsPerCurrency * spend) / 52, covered, notCovered };
}

/**
 * Buyer groups from the workspace's purchases-per-customer histogram (exact counts, then an open
 * last bin), scaled so the groups together make a year's purchases. The open bin's mean is what
 * the total number of purchases leaves for it.
 */
export function buyerGroupsFromHistogram(bins: readonly { fromPurchases: number; toPurchases: number | null; customers: number }[], totalPurchases: number, purchasesPerYear: number): BuyerGroup[] {
  if (!(totalPurchases > 0) || !(purchasesPerYear > 0)) return [];
  const closed = bins.filter((b) => b.toPurchases !== null);
  const open = bins.filter((b) => b.toPurchases === null);
  const inClosed = closed.reduce((a, b) => a + b.customers * ((b.fromPurchases + b.toPurchases!) / 2), 0);
  const openCustomers = open.reduce((a, b) => a + b.customers, 0);
  const openFrom = open.reduce((a, b) => Math.max(a, b.fromPurchases), 0);
  const openMean = openCustomers > 0 ? Math.max(openFrom, (totalPurchases - inClosed) / openCustomers) : 0;
  const scale = purchasesPerYear / totalPurchases;
  return [
    ...closed.map((b) => ({ customers: b.customers, purchasesPerYear: ((b.fromPurchases + b.toPurchases!) / 2) * scale })),
    ...(openCustomers > 0 ? [{ customers: openCustomers, purchasesPerYear: openMean * scale }] : []),
  ].filter((g) => g.customers > 0 && g.purchasesPerYear > 0);
}
