import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGIC_SCORE_SETTINGS, percentileRanks, strategicScoreSettingsSchema, strategicScores } from './strategicScore';

describe('percentileRanks', () => {
  it('ranks 0..100 with ties sharing their middle rank and missing values neutral', () => {
    expect(Array.from(percentileRanks([10, 30, 20, 20, NaN]))).toEqual([0, 100, 50, 50, 50]);
    expect(Array.from(percentileRanks([7]))).toEqual([50]);
  });
});

describe('strategicScores', () => {
  const settings = {
    weights: { prospective: 2, current: 1, qualitative: 1 },
    qualitative: [
      { attribute: 'satisfaction', direction: 'higher-is-better' as const, weight: 1 },
      { attribute: 'incidents', direction: 'lower-is-better' as const, weight: 1 },
      { attribute: 'nps', direction: 'higher-is-better' as const, weight: 1 },
    ],
  };
  const result = strategicScores(
    {
      lifetimeValue: [100, 0, 50],
      historicMargin: [0, 100, 50],
      attributes: new Map([
        ['satisfaction', [9, 5, 7]],
        ['incidents', [0, 4, 1]],
      ]),
    },
    settings,
  );

  it('weighs the three parts as the user set them, with a breakdown per customer', () => {
    // Customer 0: prospective 100, current 0, qualitative (100 + 100)/2 = 100 -> (2*100 + 0 + 100)/4 = 75.
    expect(result.prospective[0]).toBe(100);
    expect(result.current[0]).toBe(0);
    expect(result.qualitative[0]).toBe(100);
    expect(result.score[0]).toBe(75);
    // Customer 1: 0, 100, (0 + 0)/2 -> (0 + 100 + 0)/4 = 25.
    expect(result.score[1]).toBe(25);
    expect(result.score[2]).toBe(50);
  });

  it('says which attributes the workspace does not have', () => {
    expect(result.missingAttributes).toEqual(['nps']);
  });

  it('validates the weights a user sets', () => {
    expect(strategicScoreSettingsSchema.safeParse(DEFAULT_STRATEGIC_SCORE_SETTINGS).success).toBe(true);
    const zero = strategicScoreSettingsSchema.safeParse({ ...DEFAULT_STRATEGIC_SCORE_SETTINGS, weights: { prospective: 0, current: 0, qualitative: 0 } });
    expect(zero.success).toBe(false);
    expect(zero.error?.issues[0]?.message).toMatch(/At least one weight/);
  });
});
