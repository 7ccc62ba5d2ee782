import { describe, expect, it } from 'vitest';
import { paybackAndNpv } from './aggregate';
import { WEEKS_PER_YEAR } from './engineParams';

/** A launch cost of 100, then 20 a week of incremental cash; the liability at cost builds by 5 a week. */
const H = 20;
const cash = Array.from({ length: H }, (_, w) => (w === 0 ? -100 : 20));
const liability = Array.from({ length: H }, (_, w) => 5 * (w + 1));

describe('paybackAndNpv', () => {
  it('pays back later on the accrued basis when a liability builds', () => {
    const r = paybackAndNpv(cash, liability, 0);
    // Cash: cumulative -100 + 20w reaches 0 in week index 5, the 6th week.
    expect(r.paybackWeeksCash).toBe(6);
    // Accrued: -100 + 20w - 5(w + 1) = 15w - 105 reaches 0 in week index 7, the 8th week.
    expect(r.paybackWeeksAccrued).toBe(8);
    // Undiscounted: the cash total, and the cash total less the liability left at the end.
    expect(r.npvCash).toBeCloseTo(-100 + 19 * 20, 9);
    expect(r.npvAccrued).toBeCloseTo(-100 + 19 * 20 - liability[H - 1]!, 9);
  });

  it('discounts each week at the yearly rate compounded weekly', () => {
    const rate = 0.08;
    const r = paybackAndNpv(cash, liability, rate);
    const factor = (w: number) => Math.pow(1 + rate, (w + 1) / WEEKS_PER_YEAR);
    let cashNpv = 0;
    let accruedNpv = 0;
    for (let w = 0; w < H; w++) {
      cashNpv += cash[w]! / factor(w);
      accruedNpv += (cash[w]! - 5) / factor(w); // the liability grows 5 every week, week 0 included
    }
    expect(r.npvCash).toBeCloseTo(cashNpv, 9);
    expect(r.npvAccrued).toBeCloseTo(accruedNpv, 9);
    expect(r.npvCash).toBeLessThan(280);
    // Discounting never moves payback: it is on undiscounted cumulative flows.
    expect(r.paybackWeeksCash).toBe(6);
    expect(r.paybackWeeksAccrued).toBe(8);
  });

  it('has no payback when the position ends below zero, or dips below after crossing', () => {
    const heavy = Array.from({ length: H }, (_, w) => 25 * (w + 1));
    const r = paybackAndNpv(cash, heavy, 0);
    expect(r.paybackWeeksCash).toBe(6);
    expect(r.paybackWeeksAccrued).toBeNull();
    // Crosses in week 2, dips in week 4, stays above from week 5.
    const dip = paybackAndNpv([-10, 15, 5, -20, 30, 1], [0, 0, 0, 0, 0, 0], 0);
    expect(dip.paybackWeeksCash).toBe(5);
    // A first week that is already positive is not a payback; the second is.
    expect(paybackAndNpv([5, 5, 5], [0, 0, 0], 0).paybackWeeksCash).toBe(2);
  });
});
