import { centralValue } from './assumption';
import type { Plan } from './planSchema';

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

type Earning = Plan['earning'];

/**
 * What one redeemed point costs the firm, in currency: the point value weighted by the reward mix,
 * cash-like rewards at face value, own merchandise at its cost (value x (1 - merchandise margin)),
 * partner rewards at the negotiated rate.
 */
export function costPerPoint(earning: Earning): number {
  const { rewardMix: mix, pointValueCurrency: v } = earning;
  return v * (mix.cashLike + mix.ownMerchandise * (1 - earning.ownMerchandiseMarginRate) + mix.partner * earning.partnerRewardCostRate);
}

/** The customer-facing give-back: points per currency unit x point value (1 pt per unit at 1 cent = 1%). */
export function nominalGiveBack(earning: Earning): number {
  return earning.pointsPerCurrencyUnit * earning.pointValueCurrency;
}

/** The give-back at what it costs the firm: points per currency unit x cost per point. */
export function giveBackAtCost(earning: Earning): number {
  return earning.pointsPerCurrencyUnit * costPerPoint(earning);
}

/**
 * Expected free-reward rate ("tasa de gratuidad"): reward cost as a share of total sales =
 * give-back at cost x members' share of sales x share of points redeemed (Woolf's arithmetic).
 *
 * Simplifications, all of which the simulation removes: base earn only (no bonus, promotion,
 * frequency, tier or partner points); every member's sale earns at the same rate; the redemption
 * share is one figure for the whole plan (no expiry, vintage or segment detail); no time value.
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
  /** Share of issued points that will be redeemed; Woolf's 90% unless the user says otherwise. */
  redemptionShare?: number;
}

export interface DerivedFigures {
  costPerPointCurrency: number;
  nominalGiveBack: number;
  giveBackAtCost: number;
  enrolmentRate: number;
  memberShareOfSales: number;
  redemptionShare: number;
  freeRewardRate: number;
  /** Yearly running costs (fixed, planned contacts, privileges); contacts and privileges need the base. */
  opexPerYearCurrency: number;
  plannedContactCostPerYearCurrency: number | null;
  /** Running costs as a share of sales; null without the workspace's sales. */
  opexShareOfSales: number | null;
  /** The lift with running costs when sales are known, else with the rewards only. */
  breakEvenSalesLift: number | null;
}

export function derivedFigures(plan: Plan, context: DerivedContext): DerivedFigures {
  const redemptionShare = context.redemptionShare ?? WOOLF_REDEMPTION_SHARE;
  const enrolmentRate = expectedEnrolmentRate(plan, context.base);
  const memberShare = memberShareOfSales(enrolmentRate, centralValue(plan.enrolment.selfSelectionPower.dist));
  const atCost = giveBackAtCost(plan.earning);
  const rewardRate = freeRewardRate(atCost, memberShare, redemptionShare);
  const contacts = context.base ? plannedContactCostPerYear(plan, context.base) : null;
  const privileges = context.base ? privilegeCostPerYear(plan, context.base) : 0;
  const opex = fixedCostsPerYear(plan) + (contacts ?? 0) + privileges;
  const sales = context.annualSalesCurrency;
  const opexShare = sales !== null && sales > 0 ? opex / sales : null;
  return {
    costPerPointCurrency: costPerPoint(plan.earning),
    nominalGiveBack: nominalGiveBack(plan.earning),
    giveBackAtCost: atCost,
    enrolmentRate,
    memberShareOfSales: memberShare,
    redemptionShare,
    freeRewardRate: rewardRate,
    opexPerYearCurrency: opex,
    plannedContactCostPerYearCurrency: contacts,
    opexShareOfSales: opexShare,
    breakEvenSalesLift: breakEvenSalesLift(rewardRate, opexShare ?? 0, plan.grossMarginRate),
  };
}
