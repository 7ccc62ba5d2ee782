import { describe, expect, it } from 'vitest';
import { allocateToPoints, pointsStandAloneSellingPrice, releaseSchedule } from './ifrs15';

describe('IFRS 15 points schedule', () => {
  // KPMG IFRS 15 handbook, example 10A: 1 point per 10 spent, a point worth 1, 97% expected to redeem.
  it('allocates the price by relative stand-alone selling prices', () => {
    const ssp = pointsStandAloneSellingPrice(10_000, 1, 0.97);
    expect(ssp).toBeCloseTo(9_700, 9);
    const toPoints = allocateToPoints(100_000, 100_000, ssp);
    // 8,842, which the handbook rounds to 9,000 of the 100,000.
    expect(toPoints).toBeCloseTo(8_842.3, 1);
    expect(100_000 - toPoints).toBeCloseTo(91_157.7, 1);
  });

  it('reproduces the handbook: 4,175 in year 2, 3,552 in year 3 after the estimate rises to 9,900', () => {
    const s = releaseSchedule([9_000, 0, 0], [0, 4_500, 4_000], [9_700, 9_700, 9_900]);
    expect(s.released[0]).toBe(0);
    expect(Math.round(s.released[1]!)).toBe(4_175);
    expect(Math.round(s.released[2]!)).toBe(3_552);
    expect(s.balance[2]).toBeCloseTo(9_000 - 4_175.26 - 3_552.01, 1);
  });

  it('releases everything once all expected redemptions happened, and never more', () => {
    const s = releaseSchedule([100, 50, 0, 0], [0, 60, 60, 30], [120, 150, 150, 150]);
    expect(s.released.reduce((a, b) => a + b, 0)).toBeCloseTo(150, 9);
    expect(s.balance[3]).toBeCloseTo(0, 9);
    for (const b of s.balance) expect(b).toBeGreaterThanOrEqual(-1e-9);
  });

  it('refuses series of different lengths', () => {
    expect(() => releaseSchedule([1, 2], [1], [1, 2])).toThrow(/one length/);
  });
});
