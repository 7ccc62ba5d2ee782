import { describe, expect, it } from 'vitest';
import { chiSquareSurvival } from './chiSquare';

describe('chiSquareSurvival', () => {
  it('matches tabulated critical values', () => {
    // 5% critical values of the chi-square distribution.
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 10);
    expect(chiSquareSurvival(11.070497693516351, 5)).toBeCloseTo(0.05, 10);
    expect(chiSquareSurvival(21.02606981748307, 12)).toBeCloseTo(0.05, 10);
    // 1% with 2 degrees of freedom: exp(-x/2) exactly.
    expect(chiSquareSurvival(9.210340371976182, 2)).toBeCloseTo(0.01, 12);
  });
  it('is 1 at zero and tiny far out', () => {
    expect(chiSquareSurvival(0, 4)).toBe(1);
    expect(chiSquareSurvival(500, 4)).toBeLessThan(1e-100);
  });
});
