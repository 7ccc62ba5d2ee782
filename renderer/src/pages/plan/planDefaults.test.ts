import { describe, expect, it } from 'vitest';
import { assumptionSchema } from '../../../../shared/plan/assumption';
import { fullPlan, SOURCES } from '../../../../shared/plan/defaultPlans';
import { convertDistribution, defaultAssumptionAt, newPromotion, newReward, newTierLevel } from './planDefaults';

describe('defaults from the templates', () => {
  it('finds the template figure at the same path', () => {
    expect(defaultAssumptionAt(['behaviour', 'goalGradientUplift'])).toEqual(fullPlan().behaviour.goalGradientUplift);
    expect(defaultAssumptionAt(['promotions', 1, 'pullForwardShare'])?.source).toBe(SOURCES.pullForward);
    expect(defaultAssumptionAt(['tiers', 'levels', 2, 'dropoutReduction'])).toEqual(fullPlan().tiers.levels[2]!.dropoutReduction);
  });

  it('gives rows the template lacks the new-row default, and every segment row the "*" default', () => {
    expect(defaultAssumptionAt(['promotions', 7, 'upliftShare'])).toEqual(newPromotion().upliftShare);
    expect(defaultAssumptionAt(['enrolment', 'rateBySegment', 4, 'value'])).toEqual(fullPlan().enrolment.rateBySegment[0]!.value);
  });

  it('answers null where there is no assumption', () => {
    expect(defaultAssumptionAt(['earning', 'pointValueCurrency'])).toBeNull();
    expect(defaultAssumptionAt(['nowhere', 'at', 'all'])).toBeNull();
  });

  it('makes new rows the schema accepts', () => {
    expect(assumptionSchema.safeParse(newPromotion().upliftShare).success).toBe(true);
    expect(newReward([{ points: 500, rewardValueCurrency: 5 }])).toEqual({ points: 1000, rewardValueCurrency: 10 });
    expect(newReward([])).toEqual({ points: 500, rewardValueCurrency: 5 });
    expect(newTierLevel([{ qualifyingSpendCurrency: 0 }, { qualifyingSpendCurrency: 1500 }]).qualifyingSpendCurrency).toBe(3000);
  });
});

describe('switching the kind of distribution', () => {
  const tri = { kind: 'triangular', low: 0.1, mode: 0.2, high: 0.4 } as const;

  it('keeps the most likely value and the range', () => {
    expect(convertDistribution(tri, 'fixed')).toEqual({ kind: 'fixed', value: 0.2 });
    expect(convertDistribution(tri, 'uniform')).toEqual({ kind: 'uniform', low: 0.1, high: 0.4 });
    expect(convertDistribution(tri, 'normal')).toEqual({ kind: 'normal', mean: 0.2, sd: 0.075, low: 0.1, high: 0.4 });
    expect(convertDistribution({ kind: 'uniform', low: 2, high: 4 }, 'triangular')).toEqual({ kind: 'triangular', low: 2, mode: 3, high: 4 });
  });

  it('widens a fixed value by 20% either side, and reads empty fields as 0', () => {
    expect(convertDistribution({ kind: 'fixed', value: 10 }, 'triangular')).toEqual({ kind: 'triangular', low: 8, mode: 10, high: 12 });
    expect(convertDistribution({ kind: 'fixed', value: '' }, 'uniform')).toEqual({ kind: 'uniform', low: 0, high: 0 });
  });
});
