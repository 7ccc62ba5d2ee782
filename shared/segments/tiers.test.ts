import { describe, expect, it } from 'vitest';
import { tierCutsSchema, valueTiers } from './tiers';

describe('valueTiers', () => {
  it('cuts the default 10/20/30/40 tiers from the top', () => {
    const values = [100, 90, 85, 80, 70, 60, 50, 40, 30, 20];
    const { tiers, summary } = valueTiers(values);
    expect(Array.from(tiers)).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 3, 3]);
    expect(summary.map((s) => s.count)).toEqual([1, 2, 3, 4]);
    expect(summary[1]).toMatchObject({ name: 'Next 20%', targetShare: 0.2, share: 0.2, minValue: 85, maxValue: 90 });
  });

  it('never splits equal values: the group goes to the tier where its last member falls', () => {
    // Positions from the top: 100 → 0, 90/90 → 1–2, 80 → 3 …; tier ends at positions 1, 3, 6, 10.
    // The two 90s end at position 2 < 3: both in tier 1, as without the tie.
    expect(Array.from(valueTiers([100, 90, 90, 80, 70, 60, 50, 40, 30, 20]).tiers)).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 3, 3]);
    // Two 100s at positions 0–1 straddle the end of the top tier (1): both go down to tier 1,
    // which the next value then fills to its end.
    expect(Array.from(valueTiers([100, 100, 80, 70, 60, 50, 40, 30, 20, 10]).tiers)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 3]);
    // 80, 80, 80 at positions 5–7 straddle the end of tier 2 (6): all to tier 3.
    expect(Array.from(valueTiers([100, 95, 90, 85, 84, 80, 80, 80, 20, 10]).tiers)).toEqual([0, 1, 1, 2, 2, 3, 3, 3, 3, 3]);
    // Everyone equal: no one stands out, all in the last tier.
    expect(Array.from(valueTiers([5, 5, 5, 5]).tiers)).toEqual([3, 3, 3, 3]);
  });

  it('does not depend on the row order', () => {
    const values = [3, 7, 7, 1, 9, 4, 4, 4, 2, 8, 6, 5];
    const order = [5, 11, 0, 3, 8, 1, 10, 2, 7, 4, 9, 6];
    const a = valueTiers(values).tiers;
    const b = valueTiers(order.map((i) => values[i]!)).tiers;
    expect(order.map((i) => a[i])).toEqual(Array.from(b));
  });

  it('rounds each cumulative share to the nearest customer, a half down', () => {
    // n = 7: ends at 0.7 → 1, 2.1 → 2, 4.2 → 4, 7.
    expect(valueTiers([7, 6, 5, 4, 3, 2, 1]).summary.map((s) => s.count)).toEqual([1, 1, 2, 3]);
    // n = 5: ends at 0.5 → 0, 1.5 → 1 (0.1 + 0.2 is 0.30000000000000004 in floating point; it must not tip it), 3, 5.
    expect(valueTiers([5, 4, 3, 2, 1]).summary.map((s) => s.count)).toEqual([0, 1, 2, 2]);
    const empty = valueTiers([5, 4, 3, 2, 1]).summary[0]!;
    expect(empty.minValue).toBeNaN();
  });

  it('takes any cuts and checks them', () => {
    const halves = valueTiers([1, 2, 3, 4], [
      { name: 'Upper', share: 0.5 },
      { name: 'Lower', share: 0.5 },
    ]);
    expect(Array.from(halves.tiers)).toEqual([1, 1, 0, 0]);
    expect(() => valueTiers([1], [{ name: 'A', share: 0.5 }])).toThrow('The tier shares must add up to 100%.');
    expect(() => valueTiers([1, NaN])).toThrow(/row 1/);
    const bad = tierCutsSchema.safeParse([
      { name: ' ', share: 0.5 },
      { name: 'B', share: -0.5 },
    ]);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['Each tier needs a name.', 'Each tier must hold some share of customers.']));
  });
});
