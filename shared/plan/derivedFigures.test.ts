import { describe, expect, it } from 'vitest';
import { fixedAssumption, triangularAssumption } from './assumption';
import { basicPlan, fullPlan } from './defaultPlans';
import { periodsToStreak } from './earnRate';
import type { Plan } from './planSchema';
import {
  breakEvenSalesLift,
  type CustomerBase,
  derivedFigures,
  expectedEnrolmentRate,
  fixedCostsPerYear,
  freeRewardRate,
  memberShareOfSales,
  plannedContactCostPerYear,
} from './derivedFigures';
import { costPerRewardCurrency } from './pointValue';

type Earning = Plan['earning'];
/** A point at the plan's nominal value, at cost (the reward mix), and the base earn's give-back at cost. */
const costPerPoint = (earning: Earning): number => earning.pointValueCurrency * costPerRewardCurrency(earning);
const giveBackAtCost = (earning: Earning): number => earning.pointsPerCurrencyUnit * costPerPoint(earning);

describe('the points economy', () => {
  it('gives back 1% nominal at 1 point per unit and 1 cent a point', () => {
    expect(derivedFigures(basicPlan(), { base: null, annualSalesCurrency: null }).nominalGiveBack).toBeCloseTo(0.01, 12);
  });

  it('costs each reward kind at its own rate', () => {
    const earning = { ...basicPlan().earning, pointValueCurrency: 0.01, ownMerchandiseMarginRate: 0.35, partnerRewardCostRate: 0.8 };
    expect(costPerPoint({ ...earning, rewardMix: { cashLike: 1, ownMerchandise: 0, partner: 0 } })).toBeCloseTo(0.01, 12);
    expect(costPerPoint({ ...earning, rewardMix: { cashLike: 0, ownMerchandise: 1, partner: 0 } })).toBeCloseTo(0.0065, 12);
    expect(costPerPoint({ ...earning, rewardMix: { cashLike: 0, ownMerchandise: 0, partner: 1 } })).toBeCloseTo(0.008, 12);
    // The full plan's mix: 50% cash, 40% merchandise at 35% margin, 10% partner at 0.8.
    expect(costPerPoint(fullPlan().earning)).toBeCloseTo(0.01 * (0.5 + 0.4 * 0.65 + 0.1 * 0.8), 12);
    expect(giveBackAtCost({ ...earning, pointsPerCurrencyUnit: 2, rewardMix: { cashLike: 0, ownMerchandise: 1, partner: 0 } })).toBeCloseTo(0.013, 12);
  });

  it("reproduces Woolf's cost of a nominal 1% programme: 0.72-0.81% of sales", () => {
    const atCost = giveBackAtCost(basicPlan().earning);
    expect(freeRewardRate(atCost, 0.8, 0.9)).toBeCloseTo(0.0072, 12);
    expect(freeRewardRate(atCost, 0.9, 0.9)).toBeCloseTo(0.0081, 12);
  });

  it('reproduces the break-even lift of the primer: g 0.75%, opex 0.5%, GM 25% needs about 5.2%', () => {
    const lift = breakEvenSalesLift(0.0075, 0.005, 0.25);
    expect(lift).toBeCloseTo(0.0125 / 0.2425, 12);
    expect(lift!.toFixed(3)).toBe('0.052');
  });

  it('says no lift can pay when the rewards cost the whole margin', () => {
    expect(breakEvenSalesLift(0.3, 0, 0.25)).toBeNull();
    expect(breakEvenSalesLift(0.25, 0, 0.25)).toBeNull();
  });
});

describe('members and their share of sales', () => {
  it('equals the enrolment rate without self-selection and grows with it', () => {
    expect(memberShareOfSales(0.55, 0)).toBeCloseTo(0.55, 12);
    expect(memberShareOfSales(0.55, 1)).toBeCloseTo(1 - 0.45 ** 2, 12);
    expect(memberShareOfSales(0.55, 2)).toBeGreaterThan(memberShareOfSales(0.55, 1));
    expect(memberShareOfSales(1, 1)).toBe(1);
    expect(memberShareOfSales(0, 3)).toBe(0);
  });

  it('puts the default plan at the low end of the 80-90% members carry in Woolf', () => {
    const figures = derivedFigures(basicPlan(), { base: null, annualSalesCurrency: null });
    expect(figures.memberShareOfSales).toBeGreaterThanOrEqual(0.79);
    expect(figures.memberShareOfSales).toBeLessThanOrEqual(0.9);
    expect(figures.freeRewardRate).toBeGreaterThan(0.0070);
    expect(figures.freeRewardRate).toBeLessThan(0.0081);
  });

  it('weights per-segment enrolment by segment size and leaves ineligible segments out', () => {
    const plan = basicPlan();
    plan.enrolment.rateBySegment = [
      { segment: '*', value: fixedAssumption(0.5) },
      { segment: 'Top', value: triangularAssumption(0.8, 0.9, 1) },
    ];
    const base = { customers: 100, segments: [{ name: 'Top', size: 20 }, { name: 'Rest', size: 80 }] };
    expect(expectedEnrolmentRate(plan, base)).toBeCloseTo((20 * 0.9 + 80 * 0.5) / 100, 12);
    plan.enrolment.eligibleSegments = ['Top'];
    expect(expectedEnrolmentRate(plan, base)).toBeCloseTo(0.18, 12);
    expect(expectedEnrolmentRate(plan, null)).toBeCloseTo(0.5, 12);
  });
});

describe('running costs', () => {
  it('spreads the launch over the horizon and adds a year of platform and staff', () => {
    const plan = basicPlan(); // 156 weeks = 3 years; launch 50,000; platform 4,000 a month; staff 60,000
    expect(fixedCostsPerYear(plan)).toBeCloseTo(50_000 / 3 + 48_000 + 60_000, 6);
  });

  it('prices the planned contacts for the members each row reaches', () => {
    const plan = fullPlan();
    plan.enrolment.rateBySegment = [{ segment: '*', value: fixedAssumption(0.5) }];
    const base = { customers: 1000, segments: [] };
    // 500 members: email 24 x 0.02 + direct mail 2 x 0.9 + mobile 12 x 0.01 = 2.4 a member a year.
    expect(plannedContactCostPerYear(plan, base)).toBeCloseTo(500 * 2.4, 9);
    plan.communication.contacts = [{ ...plan.communication.contacts[0]!, segment: 'Top' }];
    expect(plannedContactCostPerYear(plan, { customers: 1000, segments: [{ name: 'Top', size: 100 }, { name: 'Rest', size: 900 }] })).toBeCloseTo(50 * 24 * 0.02, 9);
  });

  it('uses the running costs in the break-even lift once the sales are known', () => {
    const plan = basicPlan();
    const without = derivedFigures(plan, { base: null, annualSalesCurrency: null });
    const withSales = derivedFigures(plan, { base: { customers: 1000, segments: [] }, annualSalesCurrency: 10_000_000 });
    expect(without.opexShareOfSales).toBeNull();
    expect(withSales.opexShareOfSales).toBeCloseTo(fixedCostsPerYear(plan) / 10_000_000, 12);
    expect(withSales.breakEvenSalesLift!).toBeGreaterThan(without.breakEvenSalesLift!);
    expect(withSales.breakEvenSalesLift).toBeCloseTo((withSales.freeRewardRate + withSales.opexShareOfSales!) / (0.35 - withSales.freeRewardRate), 12);
  });
});

describe('live figures that follow the whole plan', () => {
  /** Every customer joins and buys alike: 1,000 members spending 1,000 a year in 20 baskets of 50. */
  function plain(): Plan {
    const plan = basicPlan();
    plan.enrolment.rateBySegment = [{ segment: '*', value: fixedAssumption(1) }];
    plan.enrolment.selfSelectionPower = fixedAssumption(0);
    plan.earning.rounding = 'none';
    return plan;
  }
  const context: { base: CustomerBase; annualSalesCurrency: number; annualPurchases: number; redemptionShare: number } = { base: { customers: 1000, segments: [] }, annualSalesCurrency: 1_000_000, annualPurchases: 20_000, redemptionShare: 1 };
  const rate = (plan: Plan, over: Partial<typeof context> = {}): number => derivedFigures(plan, { ...context, ...over }).freeRewardRate;

  it('gives back 1% on a plain plan where everyone joins and every point is used', () => {
    const f = derivedFigures(plain(), context);
    expect(f.memberShareOfSales).toBe(1);
    expect(f.freeRewardRate).toBeCloseTo(0.01, 12);
    expect(f.nominalGiveBack).toBeCloseTo(0.01, 12);
    expect(f.earn.covered).toEqual([]);
  });

  it('adds a promotion’s extra points over its weeks and segments: double points 4 weeks of 156', () => {
    const plan = plain();
    plan.promotions = [{ ...fullPlan().promotions[0]!, pointsMultiplier: 2, startWeek: 10, lengthWeeks: 4, segments: ['*'] }];
    expect(rate(plan) - 0.01).toBeCloseTo(0.01 * (4 / 156), 12);
    // Only for a segment holding a quarter of the members: a quarter of it.
    plan.promotions[0]!.segments = ['Top'];
    const base = { customers: 1000, segments: [{ name: 'Top', size: 250 }, { name: 'Rest', size: 750 }] };
    expect(rate(plan, { base }) - 0.01).toBeCloseTo(0.01 * (4 / 156) * 0.25, 12);
    // A promotion running past the horizon counts only its weeks inside it.
    plan.promotions[0] = { ...plan.promotions[0]!, segments: ['*'], startWeek: 154 };
    expect(rate(plan) - 0.01).toBeCloseTo(0.01 * (2 / 156), 12);
  });

  it('weights a tier multiplier by the members’ expected tier: all in a 1.5x tier adds half the base earn', () => {
    const plan = plain();
    plan.tiers = { ...fullPlan().tiers, levels: [fullPlan().tiers.levels[0]!, { ...fullPlan().tiers.levels[2]!, qualifyingSpendCurrency: 500, earnMultiplier: 1.5 }] };
    expect(rate(plan) - 0.01).toBeCloseTo(0.005, 12);
    // Out of reach of the 1,000 a year members spend: nothing.
    plan.tiers.levels[1]!.qualifyingSpendCurrency = 2_000;
    expect(rate(plan)).toBeCloseTo(0.01, 12);
    // Two groups of buyers, 10 and 30 purchases a year: the heavier half earn 1.5x on 3/4 of the sales.
    plan.tiers.levels[1]!.qualifyingSpendCurrency = 1_000;
    const buyerGroups = [{ customers: 500, purchasesPerYear: 10 }, { customers: 500, purchasesPerYear: 30 }];
    expect(derivedFigures(plan, { ...context, buyerGroups }).freeRewardRate - 0.01).toBeCloseTo(0.005 * 0.75, 12);
  });

  it('adds the punch card’s value per purchase: 5.00 every 10 baskets of 50 is 1% more, used in full', () => {
    const plan = plain();
    plan.frequency.punchCard = { enabled: true, purchasesNeeded: 10, rewardValueCurrency: 5, prestampedPurchases: 0 };
    expect(rate(plan) - 0.01).toBeCloseTo(0.01, 12);
    // Two stamps given: 8 purchases fill a card.
    plan.frequency.punchCard.prestampedPurchases = 2;
    expect(rate(plan) - 0.01).toBeCloseTo(5 / 8 / 50, 12);
    // Breakage applies to points, not to cards that pay out when full.
    expect(rate(plan, { redemptionShare: 0.5 })).toBeCloseTo(0.005 + 5 / 8 / 50, 12);
  });

  it('adds bonus, welcome, birthday and partner points, each at its rate', () => {
    const category = plain();
    category.bonuses.categoryBonus = { enabled: true, categoryShareOfBasket: 0.15, extraMultiplier: 1 };
    expect(rate(category) - 0.01).toBeCloseTo(0.0015, 12);
    const yearly = plain();
    yearly.bonuses.welcomePoints = 150; // over 3 years: 50 a year
    yearly.bonuses.birthdayPoints = 100;
    expect(rate(yearly) - 0.01).toBeCloseTo((150 / 3 + 100) / 1000 * 0.01, 12);
    const partner = plain();
    partner.partners = [{ name: 'Fuel', kind: 'earn', pointsPerMemberPerWeek: 5, shareOfRedemptions: 0, pricePerPointCurrency: 0.008 }];
    const f = derivedFigures(partner, context);
    expect(f.freeRewardRate - 0.01).toBeCloseTo((5 * 52) / 1000 * 0.01, 12);
    // The partner pays 0.008 for each of the 260 points a member earns there a year.
    expect(f.partnerNetPerYearCurrency).toBeCloseTo(-1000 * 260 * 0.008, 6);
    const spend = plain();
    spend.bonuses.spendThreshold = { enabled: true, basketOverCurrency: 0, bonusPoints: 10 };
    // Every basket is over 0: 10 points a basket of 50 is 0.2 a currency unit.
    expect(rate(spend) - 0.01).toBeCloseTo(0.2 * 0.01, 9);
  });

  it('counts visit and streak bonuses from how often members buy', () => {
    const plan = plain();
    plan.frequency.visitBonus = { enabled: true, visits: 1, periodWeeks: 4, bonusPoints: 100 };
    // 20 purchases a year: a 4-week period has a purchase with chance 1 - exp(-20 x 4 / 52).
    const active = 1 - Math.exp((-20 * 4) / 52);
    expect(rate(plan) - 0.01).toBeCloseTo(((13 * active * 100) / 1000) * 0.01, 9);
    expect(periodsToStreak(2, 0.5)).toBeCloseTo(6, 12);
    const streak = plain();
    streak.frequency.streak = { enabled: true, periodWeeks: 4, periodsInARow: 3, bonusPoints: 200 };
    expect(rate(streak) - 0.01).toBeCloseTo(((13 / periodsToStreak(3, active)) * 200) / 1000 * 0.01, 9);
  });

  it('values points at the rewards they buy and counts breakage', () => {
    const plan = plain();
    plan.rewards.catalogue = [{ points: 1500, rewardValueCurrency: 17 }];
    expect(rate(plan)).toBeCloseTo(17 / 1500, 12);
    expect(rate(plan, { redemptionShare: 0.9 })).toBeCloseTo(0.9 * 17 / 1500, 12);
    plan.earning.rewardMix = { cashLike: 0, ownMerchandise: 1, partner: 0 };
    expect(rate(plan)).toBeCloseTo((17 / 1500) * 0.65, 12);
  });

  it('moves the issue’s plan the right way: double points 4 weeks, a 10-visit card and a 1.5x tier', () => {
    const plan = plain();
    plan.promotions = [{ ...fullPlan().promotions[0]!, pointsMultiplier: 2, startWeek: 10, lengthWeeks: 4 }];
    plan.frequency.punchCard = { enabled: true, purchasesNeeded: 10, rewardValueCurrency: 5, prestampedPurchases: 0 };
    plan.tiers = { ...fullPlan().tiers, levels: [fullPlan().tiers.levels[0]!, { ...fullPlan().tiers.levels[2]!, qualifyingSpendCurrency: 500, earnMultiplier: 1.5 }] };
    const f = derivedFigures(plan, context);
    expect(f.freeRewardRate).toBeCloseTo(0.01 * (1 + 4 / 156 + 0.5) + 0.01, 12);
    expect(f.earn.covered.sort()).toEqual(['promotions', 'punchCard', 'tiers']);
    // Without the workspace's buying, what depends on baskets is said not to be covered.
    const blind = derivedFigures(plan, { base: null, annualSalesCurrency: null });
    expect(blind.earn.notCovered.sort()).toEqual(['punchCard', 'tiers']);
    expect(blind.earn.covered).toEqual(['promotions']);
  });

  it('loses half a point a basket to rounding down', () => {
    const plan = plain();
    plan.earning.rounding = 'down';
    expect(rate(plan)).toBeCloseTo((1 - 0.5 / 50) * 0.01, 12);
  });
});
