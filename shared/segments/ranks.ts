/**
 * Ranks by one sort of one column. Tiers and RFM scores depend on a customer's value only
 * through how many values rank strictly below it (equal values rank together, so customers with
 * the same figure are never split); that count is at least m exactly when the value is above the
 * m-th smallest value. So a sorted copy of the column gives, for each cut in counts, one value to
 * compare with, and every customer is then placed by a few comparisons in one pass: no ranking
 * per customer, no comparator sort of indexes.
 */
export class SortedColumn {
  /** The values, ascending (a typed-array sort: numeric, in native code). */
  readonly sorted: Float64Array;

  /** Every value must be a finite number; `what` names them in the error. */
  constructor(values: ArrayLike<number>, what = 'value') {
    const n = values.length;
    const sorted = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) throw new RangeError(`Each ${what} must be a finite number; row ${i} has ${v}.`);
      sorted[i] = v;
    }
    sorted.sort();
    this.sorted = sorted;
  }

  get length(): number {
    return this.sorted.length;
  }

  /**
   * The value v must be above to have at least m values strictly below it: at least m values are
   * below v exactly when v > sorted[m - 1]. -Infinity when m <= 0 (every value qualifies),
   * +Infinity when m > n (none does).
   */
  aboveCut(m: number): number {
    if (m <= 0) return -Infinity;
    if (m > this.sorted.length) return Infinity;
    return this.sorted[m - 1]!;
  }

  /**
   * The value v must be below to have at least m values strictly above it: at least m values are
   * above v exactly when v < sorted[n - m]. +Infinity when m <= 0, -Infinity when m > n.
   */
  belowCut(m: number): number {
    const n = this.sorted.length;
    if (m <= 0) return Infinity;
    if (m > n) return -Infinity;
    return this.sorted[n - m]!;
  }
}

/**
 * The smallest count b in 0..n at which score(b) reaches `at`, for a score that does not fall as
 * b grows; n + 1 when it never does. A binary search: log2(n) evaluations.
 */
export function firstCountScoring(n: number, at: number, score: (count: number) => number): number {
  let lo = 0;
  let hi = n + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (score(mid) >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
