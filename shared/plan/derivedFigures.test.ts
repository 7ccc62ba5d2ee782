import { describe, expect, it } from 'vitest';
import { fixedAssumption, triangularAssumption } from './assumption';
import { basicPlan, fullPlan } from './defaultPlans';
import {
  breakEvenSalesLift,
  costPerPoint,
  derivedFigures,
  expectedEnrolmentRate,
  fixedCostsPerYear,
  freeRewardRate,
  giveBackAtCost,
  memberShareOfSales,
  nominalGiveBack,
  plannedContactCostPerYear,
} from './derivedFigures';

describe('the points economy', () => {
  it('gives back 1% nominal at 1 point per unit and 1 cent a point', () => {
    expect(nominalGiveBack(basicPlan().earning)).toBeCloseTo(0.01, 12);
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
