import { describe, expect, it } from 'vitest';
import { basicPlan, fullPlan } from './defaultPlans';
import { applyLever, LEVER_PLACES } from './goalSeekLevers';
import { planSchema } from './planSchema';

describe('goal seek levers in a plan', () => {
  it('writes an earn rate to four significant figures and reads it back', () => {
    const { plan, value } = applyLever(basicPlan(), 'pointsPerCurrencyUnit', 1.234567);
    expect(value).toBe(1.235);
    expect(plan.earning.pointsPerCurrencyUnit).toBe(1.235);
    expect(LEVER_PLACES.pointsPerCurrencyUnit.get(plan)).toBe(1.235);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('moves the catalogue’s reward values with the point value', () => {
    const { plan } = applyLever(fullPlan(), 'pointValueCurrency', 0.02);
    for (const reward of plan.rewards.catalogue) expect(reward.rewardValueCurrency).toBeCloseTo(reward.points * 0.02, 10);
  });

  it('scales every threshold with the first, in whole points', () => {
    const before = fullPlan();
    const { plan, value } = applyLever(before, 'rewardThresholdPoints', 749.6);
    expect(value).toBe(750);
    const thresholds = plan.rewards.catalogue.map((c) => c.points);
    expect(Math.min(...thresholds)).toBe(750);
    expect(thresholds.every(Number.isInteger)).toBe(true);
  });

  it('sets every promotion’s multiplier', () => {
    const { plan } = applyLever(fullPlan(), 'promotionMultiplier', 2.5);
    expect(plan.promotions.map((p) => p.pointsMultiplier).every((m) => m === 2.5)).toBe(true);
    expect(LEVER_PLACES.promotionMultiplier.get(plan)).toBe(2.5);
  });

  it('leaves the plan it was given as it was', () => {
    const plan = basicPlan();
    const copy = JSON.parse(JSON.stringify(plan)) as typeof plan;
    applyLever(plan, 'pointValueCurrency', 0.05);
    expect(plan).toEqual(copy);
  });
});
