import { describe, expect, it } from 'vitest';
import { basicPlan, fullPlan } from './defaultPlans';
import {
  burnPartnerTerms,
  costPerRewardCurrency,
  expectedRedemptionCounts,
  planPointValuation,
  realisedPointValuation,
  valuationTermsOf,
  valueFromRedemptionCounts,
} from './pointValue';

const behaviour = { propensity: 0.25, balanceElasticity: 0.5, minimumBalancePoints: 0, weeks: 156 };

describe('a point valued at the rewards it buys', () => {
  it('values the basic plan at its one reward: 5.00 for 500 points is 1 cent, at cost for cash', () => {
    const v = planPointValuation(basicPlan(), null);
    expect(v.basis).toBe('catalogueEstimate');
    expect(v.valuePerPointCurrency).toBeCloseTo(0.01, 12);
    expect(v.costPerPointCurrency).toBeCloseTo(0.01, 12);
  });

  it('values the full demo plan from its catalogue: a point buying only the 1,500-point reward is 17.00 / 1,500', () => {
    const plan = fullPlan();
    const terms = valuationTermsOf(plan);
    const top = valueFromRedemptionCounts(terms, [0, 1], 'run');
    expect(top.valuePerPointCurrency).toBeCloseTo(17 / 1500, 12);
    // Reward mix at cost: 50% cash, 40% merchandise at 35% margin, 10% partner at 0.8 = 0.84 a unit of value;
    // 10% of redemptions at the cinema partner at 0.009 a point.
    expect(costPerRewardCurrency(plan.earning)).toBeCloseTo(0.5 + 0.4 * 0.65 + 0.1 * 0.8, 12);
    expect(burnPartnerTerms(plan.partners)).toEqual({ burnShare: 0.1, burnPricePerPoint: 0.009 });
    expect(top.ownRewardCostPerPointCurrency).toBeCloseTo((17 / 1500) * 0.84 * 0.9, 12);
    expect(top.burnCostPerPointCurrency).toBeCloseTo(0.0009, 12);
    expect(top.costPerPointCurrency).toBeCloseTo((17 / 1500) * 0.84 * 0.9 + 0.0009, 12);
    // Three 500-point rewards for each 1,500-point one: 15 + 17 = 32.00 for 3,000 points.
    expect(valueFromRedemptionCounts(terms, [3, 1], 'run').valuePerPointCurrency).toBeCloseTo(32 / 3000, 12);
  });

  it("puts the full plan's estimate between its rewards' own values per point", () => {
    const v = planPointValuation(fullPlan(), 20);
    expect(v.basis).toBe('catalogueEstimate');
    expect(v.valuePerPointCurrency).toBeGreaterThan(0.01);
    expect(v.valuePerPointCurrency).toBeLessThan(17 / 1500);
    expect(v.mix.reduce((a, m) => a + m.shareOfPoints, 0)).toBeCloseTo(1, 12);
  });

  it('takes each reward equally often when the weekly earn is not known', () => {
    const v = planPointValuation(fullPlan(), null);
    expect(v.basis).toBe('catalogueEven');
    expect(v.valuePerPointCurrency).toBeCloseTo(22 / 2000, 12);
    expect(v.mix.map((m) => m.shareOfPoints)).toEqual([0.25, 0.75]);
  });

  it('values a linear plan at its nominal point value, whatever the catalogue', () => {
    const plan = basicPlan();
    plan.rewards.mode = 'linear';
    plan.earning.pointValueCurrency = 0.02;
    const v = planPointValuation(plan, 10);
    expect(v.basis).toBe('linear');
    expect(v.valuePerPointCurrency).toBe(0.02);
  });
});

describe('the redemption mix a member produces', () => {
  const catalogue = [
    { points: 500, valueCurrency: 5 },
    { points: 1500, valueCurrency: 17 },
  ];

  it('always takes the first reward when members redeem as soon as they can', () => {
    const counts = expectedRedemptionCounts(catalogue, { ...behaviour, propensity: 1, weeklyPointsPerMember: 100 });
    expect(counts[1]).toBe(0);
    // 100 a week for 156 weeks is 15,600 points: 31 rewards of 500.
    expect(counts[0]).toBeCloseTo(31, 9);
  });

  it('shifts towards the larger reward as members wait longer to redeem', () => {
    const eager = expectedRedemptionCounts(catalogue, { ...behaviour, weeklyPointsPerMember: 20 });
    const patient = expectedRedemptionCounts(catalogue, { ...behaviour, propensity: 0.02, weeklyPointsPerMember: 20 });
    const topShare = (c: number[]): number => (c[1]! * 1500) / (c[0]! * 500 + c[1]! * 1500);
    expect(topShare(patient)).toBeGreaterThan(topShare(eager));
  });

  it('redeems nothing when nothing is earned', () => {
    expect(expectedRedemptionCounts(catalogue, { ...behaviour, weeklyPointsPerMember: 0 })).toEqual([0, 0]);
  });
});

describe("a run's own valuation", () => {
  it("is the value of the rewards redeemed over the points redeemed, and the estimate where nothing was redeemed", () => {
    const plan = fullPlan();
    const terms = valuationTermsOf(plan);
    const estimate = planPointValuation(plan, null);
    const v = realisedPointValuation(terms, 30_000, 327, estimate);
    expect(v.basis).toBe('run');
    expect(v.valuePerPointCurrency).toBeCloseTo(327 / 30_000, 12);
    expect(v.costPerPointCurrency).toBeCloseTo((327 / 30_000) * 0.84 * 0.9 + 0.0009, 12);
    expect(realisedPointValuation(terms, 0, 0, estimate)).toBe(estimate);
  });
});
