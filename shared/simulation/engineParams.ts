import { centralValue, type Assumption } from '../plan/assumption';
import type { Plan } from '../plan/planSchema';
import { burnPartnerTerms, costPerRewardCurrency as rewardMixAtCost } from '../plan/pointValue';
import { gamma } from '../random/distributions';
import { logGamma } from '../models/special';
import { Stream } from '../random/stream';
import { chiSquareSurvival } from '../stats/chiSquare';

/**
 * A plan turned into the plain numbers and lookup tables the inner loop reads. The inner loop
 * runs some 10^8 customer-weeks, so everything that depends only on (segment, week) or
 * (segment, tier) is worked out here once, and the plan's per-segment rules ("*" or a name) are
 * resolved to arrays indexed by segment number.
 *
 * Resolve from a plan whose assumptions are fixed for one draw (see fixAssumptions); for any other
 * plan the assumptions' central values are used.
 */
export interface SegmentPrior {
  name: string;
  /** Mean weekly purchase rate of the segment's customers (r / alpha). */
  meanLambdaPerWeek: number;
  /** The segment's purchase-rate prior, Gamma(r, alpha) per week: calibrates self-selection. */
  r: number;
  alphaWeeks: number;
  /** Customers in the segment (for the contact budget). */
  customers: number;
}

export const EXPIRY_NONE = 0;
export const EXPIRY_ROLLING = 1;
export const EXPIRY_INACTIVITY = 2;
export const EXPIRY_CALENDAR = 3;

export const WEEKS_PER_YEAR = 52;
/** Weeks per month as the plan's month-denominated rules mean it (52 / 12). */
export const WEEKS_PER_MONTH = WEEKS_PER_YEAR / 12;
/** "Active" means a purchase in the last 52 weeks (the KPI convention in the domain notes). */
export const ACTIVE_WINDOW_WEEKS = 52;

export interface EngineParams {
  horizonWeeks: number;
  segmentCount: number;
  grossMarginRate: number;
  discountRatePerYear: number;

  // enrolment, per segment
  eligible: Uint8Array;
  enrolRate: Float64Array;
  selfSelectionPower: number;
  /**
   * Per segment, the c in P(join) = min(1, c x lambda^power) that makes the expected share
   * joining equal the segment's enrolment rate (the cap at 1 would otherwise lose the share the
   * heaviest buyers cannot take up).
   */
  enrolScale: Float64Array;
  meanLambda: Float64Array;
  rampUpWeeks: number;

  // earning
  pointsPerCurrency: number;
  /** 0 down, 1 nearest, 2 none. */
  rounding: 0 | 1 | 2;
  pointValue: number;
  /** What a currency unit of reward value costs the firm (the reward mix at cost). */
  costPerRewardCurrency: number;

  // rewards
  linearRewards: boolean;
  thresholdPoints: Float64Array;
  thresholdValue: Float64Array;
  minimumBalance: number;
  redeemPropensity: Float64Array;
  balanceElasticity: number;
  nearExpiryBoost: number;
  nearExpiryWeeks: number;

  // bonuses
  welcomePoints: number;
  spendBonusOver: number;
  spendBonusPoints: number;
  /** Extra points per base point from the category bonus (category share x extra multiplier). */
  categoryBonusRate: number;
  birthdayPoints: number;

  // promotions: per (segment, week)
  promoIntensity: Float64Array;
  promoPointsMultiplier: Float64Array;

  // frequency tactics
  punchNeeded: number;
  punchPrestamped: number;
  punchRewardCost: number;
  visitPeriod: number;
  visitTarget: number;
  visitPoints: number;
  streakPeriod: number;
  streakTarget: number;
  streakPoints: number;

  // tiers
  tierCount: number;
  tierThreshold: Float64Array;
  tierMultiplier: Float64Array;
  tierDropoutReduction: Float64Array;
  tierWindow: number;
  tierReview: number;
  demotionIncrease: number;
  demotionWeeks: number;

  // expiry
  expiryRule: number;
  expiryWeeks: number;

  // privileges and contacts, per (segment, tier) and per segment
  privilegeCostPerWeek: Float64Array;
  privilegeDropoutReduction: Float64Array;
  contactCostPerWeek: Float64Array;
  contactUplift: Float64Array;
  contactScale: number;

  // partners
  partnerEarnPointsPerWeek: number;
  partnerEarnPricePerPoint: number;
  burnShare: number;
  burnPricePerPoint: number;

  // behaviour
  memberUplift: number;
  /** Membership uplift decay by weeks since joining (0.5^(weeks / half-life)). */
  upliftDecay: Float64Array;
  heavyBuyerDampening: number;
  memberDropoutReduction: number;
  goalGradient: number;
  postRedemptionUplift: number;
  postRedemptionWeeks: number;
  spendUplift: number;

  // fixed costs (programme level)
  launchCost: number;
  fixedCostPerWeek: number;
}

const value = (a: Assumption): number => centralValue(a.dist);

/** Q(a, x), the regularised upper incomplete gamma function (a chi-square survival in disguise). */
function upperGamma(a: number, x: number): number {
  return chiSquareSurvival(2 * x, 2 * a);
}

/**
 * E[min(1, c lambda^k)] for lambda ~ Gamma(r, alpha) and k > 0, exactly: below t = c^(-1/k) a
 * customer joins with chance c lambda^k, above it surely, so it is c E[lambda^k; lambda < t] +
 * P(lambda >= t), and E[lambda^k; lambda < t] = E[lambda^k] P(r + k, alpha t) with
 * E[lambda^k] = Gamma(r + k) / (Gamma(r) alpha^k).
 */
function meanJoinExact(r: number, alpha: number, k: number, c: number): number {
  const x = alpha * Math.exp(-Math.log(c) / k);
  const moment = Math.exp(logGamma(r + k) - logGamma(r) - k * Math.log(alpha));
  return c * moment * (1 - upperGamma(r + k, x)) + upperGamma(r, x);
}

/**
 * Solves E[min(1, c lambda^k)] = rate for c over lambda ~ Gamma(r, alpha), by bisection on log c:
 * for k > 0 (heavier buyers join more readily) on the exact expectation, and for k < 0 on a fixed
 * set of 4,000 draws (so the same inputs always give the same c), sorted once and summed
 * cumulatively so each step is a binary search. A run works this out for every segment in every
 * assumption draw: a pass over all the draws at each step took some 50 ms a draw.
 */
export function enrolmentScale(r: number, alpha: number, power: number, rate: number): number {
  if (rate <= 0) return 0;
  if (power === 0) return rate;
  let meanJoin: (c: number) => number;
  if (power > 0) {
    meanJoin = (c) => meanJoinExact(r, alpha, power, c);
  } else {
    const rng = new Stream(0x0e4201, Math.round(r * 1e6) ^ Math.round(alpha * 1e3));
    const n = 4000;
    const weights = Float64Array.from({ length: n }, () => Math.pow(gamma(rng, r, alpha), power)).sort();
    const below = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) below[i + 1] = below[i]! + weights[i]!;
    // The draws under 1 / c join with chance c w, the others surely.
    meanJoin = (c) => {
      const limit = 1 / c;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (weights[mid]! < limit) lo = mid + 1;
        else hi = mid;
      }
      return (c * below[lo]! + (n - lo)) / n;
    };
  }
  let lo = -60;
  let hi = 60;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (meanJoin(Math.exp(mid)) < rate) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

function bySegment(rules: readonly { segment: string; value: Assumption }[], segments: readonly SegmentPrior[]): Float64Array {
  const fallback = rules.find((r) => r.segment === '*') ?? rules[0]!;
  return Float64Array.from(segments, (s) => value((rules.find((r) => r.segment === s.name) ?? fallback).value));
}

const appliesTo = (list: readonly string[], segment: string, tier?: string): boolean =>
  list.includes('*') || list.includes(segment) || (tier !== undefined && list.includes(tier));

export function resolveEngineParams(plan: Plan, segments: readonly SegmentPrior[]): EngineParams {
  const H = plan.horizonWeeks;
  const S = segments.length;
  const e = plan.earning;
  const costPerRewardCurrency = rewardMixAtCost(e);

  const selfSelectionPower = value(plan.enrolment.selfSelectionPower);
  const enrolRate = bySegment(plan.enrolment.rateBySegment, segments);
  const expectedMembers = segments.map((s, i) => (appliesTo(plan.enrolment.eligibleSegments, s.name) ? s.customers * Math.min(1, enrolRate[i]!) : 0));

  // Promotions: a bump in the window, then a dip that takes the pulled-forward share of the bump
  // back out of the following weeks; effects of overlapping promotions multiply.
  const promoIntensity = new Float64Array(S * H).fill(1);
  const promoPointsMultiplier = new Float64Array(S * H).fill(1);
  for (const p of plan.promotions) {
    const uplift = value(p.upliftShare);
    const pull = value(p.pullForwardShare);
    const dipWeeks = Math.max(1, Math.round(value(p.dipWeeks)));
    const dip = Math.min(0.95, (pull * uplift * p.lengthWeeks) / dipWeeks);
    segments.forEach((s, i) => {
      if (!appliesTo(p.segments, s.name)) return;
      for (let w = p.startWeek; w < Math.min(H, p.startWeek + p.lengthWeeks); w++) {
        promoIntensity[i * H + w]! *= 1 + uplift;
        promoPointsMultiplier[i * H + w]! *= p.pointsMultiplier;
      }
      for (let w = p.startWeek + p.lengthWeeks; w < Math.min(H, p.startWeek + p.lengthWeeks + dipWeeks); w++) promoIntensity[i * H + w]! *= 1 - dip;
    });
  }

  const tiersOn = plan.tiers.enabled;
  const levels = tiersOn ? plan.tiers.levels : [{ name: '', qualifyingSpendCurrency: 0, earnMultiplier: 1, dropoutReduction: { dist: { kind: 'fixed' as const, value: 0 }, source: '' } }];
  const T = levels.length;
  const privilegeCostPerWeek = new Float64Array(S * T);
  const privilegeDropoutReduction = new Float64Array(S * T);
  segments.forEach((s, i) => {
    levels.forEach((l, t) => {
      let keep = 1;
      for (const p of plan.privileges) {
        if (!appliesTo(p.appliesTo, s.name, tiersOn ? l.name : undefined)) continue;
        privilegeCostPerWeek[i * T + t]! += (p.unitCostPerYearCurrency * p.uptakeShare) / WEEKS_PER_YEAR;
        // The effect is on those who use the privilege: its expected value over members.
        keep *= 1 - p.uptakeShare * value(p.dropoutReduction);
      }
      privilegeDropoutReduction[i * T + t] = 1 - keep;
    });
  });

  const contactCostPerWeek = new Float64Array(S);
  const contactUplift = new Float64Array(S);
  let plannedContactCostPerYear = 0;
  segments.forEach((s, i) => {
    for (const c of plan.communication.contacts) {
      if (c.segment !== '*' && c.segment !== s.name) continue;
      contactCostPerWeek[i]! += (c.contactsPerYear * c.costPerContactCurrency) / WEEKS_PER_YEAR;
      contactUplift[i]! += c.contactsPerYear * value(c.responseUpliftPerContact);
      plannedContactCostPerYear += c.contactsPerYear * c.costPerContactCurrency * expectedMembers[i]!;
    }
  });
  const cap = plan.communication.outboundBudgetCapPerYearCurrency;
  // Over the cap, every contact rule is scaled down alike (fewer contacts, less cost, less response).
  const contactScale = cap > 0 && plannedContactCostPerYear > cap ? cap / plannedContactCostPerYear : 1;
  for (let i = 0; i < S; i++) {
    contactCostPerWeek[i]! *= contactScale;
    contactUplift[i]! *= contactScale;
  }

  const halfLife = Math.max(1, value(plan.behaviour.membershipUpliftHalfLifeWeeks));
  const upliftDecay = Float64Array.from({ length: H + 1 }, (_, d) => 0.5 ** (d / halfLife));

  const earnPartners = plan.partners.filter((p) => p.kind === 'earn');
  const partnerEarnPointsPerWeek = earnPartners.reduce((a, p) => a + p.pointsPerMemberPerWeek, 0);
  // The burn partners as the plan designer's point valuation sees them (one definition for both).
  const { burnShare, burnPricePerPoint } = burnPartnerTerms(plan.partners);

  const catalogue = [...plan.rewards.catalogue].sort((a, b) => a.points - b.points);
  const f = plan.frequency;
  const expiryRule = { none: EXPIRY_NONE, rolling: EXPIRY_ROLLING, inactivity: EXPIRY_INACTIVITY, calendarYearEnd: EXPIRY_CALENDAR }[plan.expiry.rule];

  return {
    horizonWeeks: H,
    segmentCount: S,
    grossMarginRate: plan.grossMarginRate,
    discountRatePerYear: plan.discountRatePerYear,
    eligible: Uint8Array.from(segments, (s) => (appliesTo(plan.enrolment.eligibleSegments, s.name) ? 1 : 0)),
    enrolRate,
    selfSelectionPower,
    enrolScale: Float64Array.from(segments, (s, i) => enrolmentScale(s.r, s.alphaWeeks, selfSelectionPower, Math.min(1, enrolRate[i]!))),
    meanLambda: Float64Array.from(segments, (s) => s.meanLambdaPerWeek),
    rampUpWeeks: plan.enrolment.rampUpWeeks,
    pointsPerCurrency: e.pointsPerCurrencyUnit,
    rounding: e.rounding === 'down' ? 0 : e.rounding === 'nearest' ? 1 : 2,
    pointValue: e.pointValueCurrency,
    costPerRewardCurrency,
    linearRewards: plan.rewards.mode === 'linear',
    thresholdPoints: Float64Array.from(catalogue, (c) => c.points),
    thresholdValue: Float64Array.from(catalogue, (c) => c.rewardValueCurrency),
    minimumBalance: plan.rewards.minimumBalancePoints,
    redeemPropensity: bySegment(plan.rewards.redemptionPropensityBySegment, segments),
    balanceElasticity: value(plan.rewards.balanceElasticity),
    nearExpiryBoost: value(plan.rewards.nearExpiryBoost),
    nearExpiryWeeks: plan.rewards.nearExpiryWeeks,
    welcomePoints: plan.bonuses.welcomePoints,
    spendBonusOver: plan.bonuses.spendThreshold.enabled ? plan.bonuses.spendThreshold.basketOverCurrency : Infinity,
    spendBonusPoints: plan.bonuses.spendThreshold.bonusPoints,
    categoryBonusRate: plan.bonuses.categoryBonus.enabled ? plan.bonuses.categoryBonus.categoryShareOfBasket * plan.bonuses.categoryBonus.extraMultiplier : 0,
    birthdayPoints: plan.bonuses.birthdayPoints,
    promoIntensity,
    promoPointsMultiplier,
    punchNeeded: f.punchCard.enabled ? f.punchCard.purchasesNeeded : 0,
    punchPrestamped: f.punchCard.enabled ? Math.min(f.punchCard.prestampedPurchases, f.punchCard.purchasesNeeded - 1) : 0,
    punchRewardCost: f.punchCard.rewardValueCurrency * costPerRewardCurrency,
    visitPeriod: f.visitBonus.enabled ? f.visitBonus.periodWeeks : 0,
    visitTarget: f.visitBonus.visits,
    visitPoints: f.visitBonus.bonusPoints,
    streakPeriod: f.streak.enabled ? f.streak.periodWeeks : 0,
    streakTarget: f.streak.periodsInARow,
    streakPoints: f.streak.bonusPoints,
    tierCount: T,
    tierThreshold: Float64Array.from(levels, (l) => l.qualifyingSpendCurrency),
    tierMultiplier: Float64Array.from(levels, (l) => l.earnMultiplier),
    tierDropoutReduction: Float64Array.from(levels, (l) => value(l.dropoutReduction)),
    tierWindow: plan.tiers.rollingWindowWeeks,
    tierReview: plan.tiers.reviewEveryWeeks,
    demotionIncrease: tiersOn ? value(plan.tiers.demotionDropoutIncrease) : 0,
    demotionWeeks: plan.tiers.demotionEffectWeeks,
    expiryRule,
    expiryWeeks: Math.max(1, Math.round(plan.expiry.months * WEEKS_PER_MONTH)),
    privilegeCostPerWeek,
    privilegeDropoutReduction,
    contactCostPerWeek,
    contactUplift,
    contactScale,
    partnerEarnPointsPerWeek,
    partnerEarnPricePerPoint: partnerEarnPointsPerWeek > 0 ? earnPartners.reduce((a, p) => a + p.pointsPerMemberPerWeek * p.pricePerPointCurrency, 0) / partnerEarnPointsPerWeek : 0,
    burnShare,
    burnPricePerPoint,
    memberUplift: value(plan.behaviour.membershipFrequencyUplift),
    upliftDecay,
    heavyBuyerDampening: value(plan.behaviour.heavyBuyerDampening),
    memberDropoutReduction: value(plan.behaviour.memberDropoutReduction),
    goalGradient: value(plan.behaviour.goalGradientUplift),
    postRedemptionUplift: value(plan.behaviour.postRedemptionUplift),
    postRedemptionWeeks: Math.max(0, Math.round(value(plan.behaviour.postRedemptionWeeks))),
    spendUplift: value(plan.behaviour.spendPerVisitUplift),
    launchCost: plan.costs.launchCurrency,
    fixedCostPerWeek: (plan.costs.platformPerMonthCurrency * 12 + plan.costs.staffPerYearCurrency) / WEEKS_PER_YEAR,
  };
}

/**
 * The same parameters as a fresh object with its fields in one fixed order. A worker receives
 * the parameters by structured clone, and each clone's hidden class may differ from the last;
 * the inner loop's compiled code is specialised to one, and would be thrown away, or fall back
 * to slow generic property reads, if every block brought another. Objects made by this one
 * literal all share a class. The type makes the list complete: a field left out is an error.
 */
export function canonicalParams(p: EngineParams): EngineParams {
  return {
    horizonWeeks: p.horizonWeeks,
    segmentCount: p.segmentCount,
    grossMarginRate: p.grossMarginRate,
    discountRatePerYear: p.discountRatePerYear,
    eligible: p.eligible,
    enrolRate: p.enrolRate,
    selfSelectionPower: p.selfSelectionPower,
    enrolScale: p.enrolScale,
    meanLambda: p.meanLambda,
    rampUpWeeks: p.rampUpWeeks,
    pointsPerCurrency: p.pointsPerCurrency,
    rounding: p.rounding,
    pointValue: p.pointValue,
    costPerRewardCurrency: p.costPerRewardCurrency,
    linearRewards: p.linearRewards,
    thresholdPoints: p.thresholdPoints,
    thresholdValue: p.thresholdValue,
    minimumBalance: p.minimumBalance,
    redeemPropensity: p.redeemPropensity,
    balanceElasticity: p.balanceElasticity,
    nearExpiryBoost: p.nearExpiryBoost,
    nearExpiryWeeks: p.nearExpiryWeeks,
    welcomePoints: p.welcomePoints,
    spendBonusOver: p.spendBonusOver,
    spendBonusPoints: p.spendBonusPoints,
    categoryBonusRate: p.categoryBonusRate,
    birthdayPoints: p.birthdayPoints,
    promoIntensity: p.promoIntensity,
    promoPointsMultiplier: p.promoPointsMultiplier,
    punchNeeded: p.punchNeeded,
    punchPrestamped: p.punchPrestamped,
    punchRewardCost: p.punchRewardCost,
    visitPeriod: p.visitPeriod,
    visitTarget: p.visitTarget,
    visitPoints: p.visitPoints,
    streakPeriod: p.streakPeriod,
    streakTarget: p.streakTarget,
    streakPoints: p.streakPoints,
    tierCount: p.tierCount,
    tierThreshold: p.tierThreshold,
    tierMultiplier: p.tierMultiplier,
    tierDropoutReduction: p.tierDropoutReduction,
    tierWindow: p.tierWindow,
    tierReview: p.tierReview,
    demotionIncrease: p.demotionIncrease,
    demotionWeeks: p.demotionWeeks,
    expiryRule: p.expiryRule,
    expiryWeeks: p.expiryWeeks,
    privilegeCostPerWeek: p.privilegeCostPerWeek,
    privilegeDropoutReduction: p.privilegeDropoutReduction,
    contactCostPerWeek: p.contactCostPerWeek,
    contactUplift: p.contactUplift,
    contactScale: p.contactScale,
    partnerEarnPointsPerWeek: p.partnerEarnPointsPerWeek,
    partnerEarnPricePerPoint: p.partnerEarnPricePerPoint,
    burnShare: p.burnShare,
    burnPricePerPoint: p.burnPricePerPoint,
    memberUplift: p.memberUplift,
    upliftDecay: p.upliftDecay,
    heavyBuyerDampening: p.heavyBuyerDampening,
    memberDropoutReduction: p.memberDropoutReduction,
    goalGradient: p.goalGradient,
    postRedemptionUplift: p.postRedemptionUplift,
    postRedemptionWeeks: p.postRedemptionWeeks,
    spendUplift: p.spendUplift,
    launchCost: p.launchCost,
    fixedCostPerWeek: p.fixedCostPerWeek,
  };
}
