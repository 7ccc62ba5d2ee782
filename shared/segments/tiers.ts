import { z } from 'zod';
import { SortedColumn } from './ranks';

/** One value tier, best first: e.g. the top 10% of customers by lifetime value. */
export interface TierCut {
  name: string;
  /** Target share of customers, 0..1; the shares of all tiers add up to 1. */
  share: number;
}

export const tierCutsSchema = z
  .array(
    z
      .object({
        name: z.string().trim().min(1, 'Each tier needs a name.').max(60, 'A tier name has at most 60 characters.'),
        share: z.number({ error: 'A tier share is a number.' }).gt(0, 'Each tier must hold some share of customers.').max(1, 'A tier share is at most 1 (100%).'),
      })
      .strict(),
  )
  .min(1, 'Give at least one tier.')
  .max(20, 'Give at most 20 tiers.')
  .refine((cuts) => Math.abs(cuts.reduce((s, c) => s + c.share, 0) - 1) <= 1e-9, { message: 'The tier shares must add up to 100%.' })
  .refine((cuts) => new Set(cuts.map((c) => c.name.trim())).size === cuts.length, { message: 'Each tier needs its own name.' });

export const DEFAULT_TIER_CUTS: readonly TierCut[] = [
  { name: 'Top 10%', share: 0.1 },
  { name: 'Next 20%', share: 0.2 },
  { name: 'Next 30%', share: 0.3 },
  { name: 'Rest 40%', share: 0.4 },
];

export interface TierSummary {
  tier: number;
  name: string;
  targetShare: number;
  count: number;
  share: number;
  /** Lowest and highest value in the tier (NaN when it is empty). */
  minValue: number;
  maxValue: number;
}

export interface ValueTiers {
  /** Tier of each customer, 0 = the best. */
  tiers: Int32Array;
  summary: TierSummary[];
}

/**
 * Tiers by a value (lifetime value, a score), highest value first.
 *
 * Customers are ranked from the highest value down; the first tier takes the first
 * share₁ · n positions rounded to the nearest customer (a half goes down), the second the next,
 * and so on. Customers with equal values are never split: they all go to the tier where the
 * last of them would fall. So the best tiers together never hold more customers than their
 * shares say (a top-10% tier is at most 10% of customers, rounded), and the same values always
 * give the same tiers whatever the row order.
 *
 * One sort of the values and one pass: a customer's group of equal values ends at position
 * n - 1 - (values strictly below it), which is before the end of tier t exactly when at least
 * n - end(t) values are below it, i.e. when its value is above one value of the sorted column.
 */
export function valueTiers(values: ArrayLike<number>, cuts: readonly TierCut[] = DEFAULT_TIER_CUTS): ValueTiers {
  const parsed = tierCutsSchema.safeParse(cuts);
  if (!parsed.success) throw new RangeError(parsed.error.issues.map((i) => i.message).join(' '));
  const n = values.length;
  const column = new SortedColumn(values, 'tier value');
  // Positions (0-based, best first) before which each tier ends, and the value a customer must be
  // above to end before it. The last tier ends at n: everyone left.
  const above = new Float64Array(cuts.length);
  let cumulative = 0;
  cuts.forEach((cut, t) => {
    cumulative += cut.share;
    // p + 0.5 < cumulative·n, with a small allowance so rounding in the sum of shares never decides.
    const end = t === cuts.length - 1 ? n : Math.max(0, Math.ceil(cumulative * n - 0.5 - 1e-9));
    above[t] = column.aboveCut(n - end);
  });
  const last = cuts.length - 1;
  const tiers = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    let t = 0;
    while (t < last && !(v > above[t]!)) t += 1;
    tiers[i] = t;
  }
  const summary = cuts.map((cut, tier) => ({ tier, name: cut.name, targetShare: cut.share, count: 0, share: 0, minValue: Infinity, maxValue: -Infinity }));
  for (let i = 0; i < n; i++) {
    const s = summary[tiers[i]!]!;
    s.count += 1;
    if (values[i]! < s.minValue) s.minValue = values[i]!;
    if (values[i]! > s.maxValue) s.maxValue = values[i]!;
  }
  for (const s of summary) {
    s.share = n > 0 ? s.count / n : 0;
    if (s.count === 0) {
      s.minValue = NaN;
      s.maxValue = NaN;
    }
  }
  return { tiers, summary };
}
