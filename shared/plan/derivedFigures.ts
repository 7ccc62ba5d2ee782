import { centralValue } from './assumption';
import { earnRate, type BuyerFacts, type BuyerGroup, type EarnRate } from './earnRate';
import type { Plan } from './planSchema';
import { costPerRewardCurrency, planPointValuation, type PointValuation } from './pointValue';

/**
 * The figures a strategist watches while designing a plan, before any simulation: what a point
 * costs, how much of a sale is given back, what share of sales the rewards will cost, and how much
 * extra sales the plan needs to pay for itself. Closed-form and deliberately simple — the engine
 * answers the same questions customer by customer; these are the back-of-the-envelope figures
 * (loyalty-economics.md, section 1) that tell a designer whether the plan is in the right range.
 *
 * Every rate here is a share of sales (0.01 = 1%), every amount in the plan's currency.
 */

/** Woolf ("the cost of a 1% programme"): about 90% of reward certificates are used. */
export const WOOLF_REDEMPTION_SHARE = 0.9;

/**
 * Expected free-reward rate ("tasa de gratuidad"): reward cost as a share of total sales =
 * give-back at cost x members' share of sales x share of points redeemed (Woolf's arithmetic).
 *
 * Simplifications the simulation removes: the earn rate is an average over members and weeks; the
 * redemption share is one figure for the whole plan (no expiry, vintage or segment detail); the
 * plan's effects on how much members buy are left out (they are the lift, not the cost); no time value.
 */
export function freeRewardRate(atCost: number, memberShareOfSales: number, redemptionShare: number): number {
  return atCost * memberShareOfSales * redemptionShare;
}

/**
 * Break-even sales lift delta* = (g + opex) / (GM - g): the extra sales whose margin pays the
 * rewards (g, reward cost rate) and the running costs (opex, as a share of sales). Null when the
 * rewards alone cost as much as the margin, so no lift can pay for them.
 */
export function breakEvenSalesLift(rewardCostRate: number, opexShareOfSales: number, grossMarginRate: number): number | null {
  const room = grossMarginRate - rewardCostRate;
  if (!(room > 0)) return null;
  return (rewardCostRate + opexShareOfSales) / room;
}

/**
 * Members' share of sales from the share of customers who join (r) and the self-selection power
 * (k): 1 - (1 - r)^(1 + k). A [design] heuristic: with k = 0 members buy like everyone else (their
 * share of sales is r); as k grows heavier buyers fill the membership first, and with the default
 * plan (r = 55%, k = 1) members carry about 80% of sales, the low end of Woolf's 80-90%.
 */
export function memberShareOfSales(enrolmentRate: number, selfSelectionPower: number): number {
  const r = Math.min(1, Math.max(0, enrolmentRate));
  return 1 - Math.pow(1 - r, 1 + Math.max(0, selfSelectionPower));
}

/** The size of each segment of the workspace's current segmentation, by name. */
export interface CustomerBase {
  customers: number;
  segments: readonly { name: string; size: number }[];
}

const isAll = (names: readonly string[]): boolean => names.includes('*');

/** The central enrolment rate of a segment: its own row, else the "*" row, else nothing (0). */
function enrolmentRateOf(plan: Plan, segment: string): number {
  const eligible = isAll(plan.enrolment.eligibleSegments) || plan.enrolment.eligibleSegments.includes(segment);
  if (!eligible) return 0;
  const row = plan.enrolment.rateBySegment.find((r) => r.segment === segment) ?? plan.enrolment.rateBySegment.find((r) => r.segment === '*');
  return row ? centralValue(row.value.dist) : 0;
}

/**
 * The share of customers expected to join, at the central values: weighted by segment size when
 * the base's segments are known, else the "*" row (or the plain mean of the rows).
 */
export function expectedEnrolmentRate(plan: Plan, base: CustomerBase | null): number {
  if (base && base.segments.length > 0 && base.customers > 0) {
    const sized = base.segments.reduce((sum, s) => sum + s.size, 0);
    const joined = base.segments.reduce((sum, s) => sum + s.size * enrolmentRateOf(plan, s.name), 0);
    return sized > 0 ? joined / sized : 0;
  }
  const rows = plan.enrolment.rateBySegment;
  const all = rows.find((r) => r.segment === '*');
  if (all) return centralValue(all.value.dist);
  return rows.reduce((sum, r) => sum + centralValue(r.value.dist), 0) / Math.max(1, rows.length);
}

/**
 * The members a rule reaches, by segment names ("*" = all members). Names the base does not have
 * (tier names, another workspace's segments) count nothing: their sizes are unknown before a run.
 */
function membersIn(names: readonly string[], plan: Plan, base: CustomerBase): number {
  if (isAll(names)) return base.customers * expectedEnrolmentRate(plan, base);
  return base.segments.filter((s) => names.includes(s.name)).reduce((sum, s) => sum + s.size * enrolmentRateOf(plan, s.name), 0);
}

/** Launch cost spread over the horizon's years, plus the platform and staff for a year. */
export function fixedCostsPerYear(plan: Plan): number {
  const years = plan.horizonWeeks / 52;
  return plan.costs.launchCurrency / years + plan.costs.platformPerMonthCurrency * 12 + plan.costs.staffPerYearCurrency;
}

/**
 * The yearly cost of the planned outbound contacts: contacts a year x cost per contact x members
 * the row reaches (customers in its segment x that segment's enrolment rate). A "*" row reaches every
 * member, on top of segment rows; the budget cap is not applied (it is what this is compared with).
 */
export function plannedContactCostPerYear(plan: Plan, base: CustomerBase): number {
  return plan.communication.contacts.reduce((sum, c) => sum + c.contactsPerYear * c.costPerContactCurrency * membersIn([c.segment], plan, base), 0);
}

/** Privileges' yearly cost where the members they apply to are known (tier names are not, before a run). */
export function privilegeCostPerYear(plan: Plan, base: CustomerBase): number {
  return plan.privileges.reduce((sum, p) => sum + p.unitCostPerYearCurrency * p.uptakeShare * membersIn(p.appliesTo, plan, base), 0);
}

/** What the workspace tells the figures: its customers and their yearly sales; null where unknown. */
export interface DerivedContext {
  base: CustomerBase | null;
  annualSalesCurrency: number | null;
  /** All customers' purchases in a year (with the sales, the average basket); null where unknown. */
  annualPurchases?: number | null;
  /** Customers who buy alike (from the workspace's purchase histogram), for tiers, visits and streaks. */
  buyerGroups?: readonly BuyerGroup[];
  /** Share of issued points that will be redeemed; Woolf's 90% unless the user says otherwise. */
  redemptionShare?: number;
}

export interface DerivedFigures {
  /** The point valued at the rewards it buys (IFRS 15 SSP) and at cost, with the redemption mix. */
  valuation: PointValuation;
  costPerPointCurrency: number;
  /** Points per currency unit of members' sales, every counted mechanic together, and by mechanic. */
  earn: EarnRate;
  /** What members get back per currency unit spent: points at the rewards' value plus the punch card. */
  nominalGiveBack: number;
  /** The same at the firm's own reward cost (burn partners are settled apart, as running costs). */
  giveBackAtCost: number;
  /** Punch-card rewards at cost per currency unit of members' sales (cards are always used). */
  punchCardAtCost: number;
  enrolmentRate: number;
  memberShareOfSales: number;
  redemptionShare: number;
  freeRewardRate: number;
  /** Yearly running costs (fixed, planned contacts, privileges, partner settlement); contacts, privileges and partners need the base. */
  opexPerYearCurrency: number;
  plannedContactCostPerYearCurrency: number | null;
  /** Burn partners' price for redeemed points less what earn partners pay for theirs, a year; null without sales. */
  partnerNetPerYearCurrency: number | null;
  /** Running costs as a share of sales; null without the workspace's sales. */
  opexShareOfSales: number | null;
  /** The lift with running costs when sales are known, else with the rewards only. */
  breakEvenSalesLift: number | null;
}

/** The share of the expected members in the named segments ("*" = all); the customer base's sizes where known. */
function memberShareIn(plan: Plan, base: CustomerBase | null): (names: readonly string[]) => number {
  return (names) => {
    if (isAll(names)) return 1;
    if (!base || base.customers <= 0) return 0;
    const all = membersIn(['*'], plan, base);
    return all > 0 ? membersIn(names, plan, base) / all : 0;
  };
}

/**
 * The live figures of a plan, following every mechanic the workspace's facts allow: the earn rate
 * with bonuses, promotions over their weeks and segments, tiers by the members' expected tier mix,
 * visit and streak bonuses, welcome, birthday and partner points; the punch card per purchase; a
 * point valued at the rewards it is expected to buy; breakage as the share not redeemed.
 * What it cannot follow is listed in earn.notCovered, for the page to say so.
 */
export function derivedFigures(plan: Plan, context: DerivedContext): DerivedFigures {
  const redemptionShare = context.redemptionShare ?? WOOLF_REDEMPTION_SHARE;
  const enrolmentRate = expectedEnrolmentRate(plan, context.base);
  const selfSelection = centralValue(plan.enrolment.selfSelectionPower.dist);
  const memberShare = memberShareOfSales(enrolmentRate, selfSelection);
  const sales = context.annualSalesCurrency;
  const purchases = context.annualPurchases ?? null;
  const members = context.base ? context.base.customers * enrolmentRate : 0;
  const memberSpend = sales !== null && sales > 0 && members > 0 ? (sales * memberShare) / members : null;
  const basket = sales !== null && purchases !== null && purchases > 0 ? sales / purchases : null;
  const facts: BuyerFacts | null =
    memberSpend !== null && basket !== null
      ? { groups: context.buyerGroups ?? [], averageBasketCurrency: basket, memberSpendPerYearCurrency: memberSpend, memberPurchasesPerYear: memberSpend / basket, selfSelectionPower: selfSelection }
      : null;
  const earn = earnRate(plan, facts, memberShareIn(plan, context.base));
  const valuation = planPointValuation(plan, earn.weeklyPointsPerMember);
  const rewardMixAtCost = costPerRewardCurrency(plan.earning);
  const punchCardAtCost = earn.punchValuePerCurrency * rewardMixAtCost;
  const nominal = earn.pointsPerCurrency * valuation.valuePerPointCurrency + earn.punchValuePerCurrency;
  const atCost = earn.pointsPerCurrency * valuation.ownRewardCostPerPointCurrency;
  const rewardRate = freeRewardRate(atCost, memberShare, redemptionShare) + punchCardAtCost * memberShare;

  const contacts = context.base ? plannedContactCostPerYear(plan, context.base) : null;
  const privileges = context.base ? privilegeCostPerYear(plan, context.base) : 0;
  const memberSales = sales !== null && sales > 0 ? sales * memberShare : null;
  const earnPartners = plan.partners.filter((p) => p.kind === 'earn');
  const partnerIncome = earnPartners.reduce((a, p) => a + p.pointsPerMemberPerWeek * p.pricePerPointCurrency * 52, 0) * members;
  const partnerNet = memberSales === null ? null : earn.pointsPerCurrency * memberSales * redemptionShare * valuation.burnCostPerPointCurrency - partnerIncome;
  const opex = fixedCostsPerYear(plan) + (contacts ?? 0) + privileges + (partnerNet ?? 0);
  const opexShare = sales !== null && sales > 0 ? opex / sales : null;
  return {
    valuation,
    costPerPointCurrency: valuation.costPerPointCurrency,
    earn,
    nominalGiveBack: nominal,
    giveBackAtCost: atCost,
    punchCardAtCost,
    enrolmentRate,
    memberShareOfSales: memberShare,
    redemptionShare,
    freeRewardRate: rewardRate,
    opexPerYearCurrency: opex,
    plannedContactCostPerYearCurrency: contacts,
    partnerNetPerYearCurrency: partnerNet,
    opexShareOfSales: opexShare,
    breakEvenSalesLift: breakEvenSalesLift(rewardRate, opexShare ?? 0, plan.grossMarginRate),
  };
}
