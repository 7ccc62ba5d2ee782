/**
 * For each value, how many values are strictly smaller. Equal values get the same count, which
 * is what keeps tiers and RFM scores from splitting customers with the same figure.
 * Every value must be a finite number.
 */
export function countStrictlyBelow(values: ArrayLike<number>, what = 'value'): Int32Array {
  const n = values.length;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i]!)) throw new RangeError(`Each ${what} must be a finite number; row ${i} has ${values[i]}.`);
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const below = new Int32Array(n);
  let groupStart = 0;
  for (let p = 1; p <= n; p++) {
    if (p === n || values[order[p]!]! !== values[order[groupStart]!]!) {
      for (let q = groupStart; q < p; q++) below[order[q]!] = groupStart;
      groupStart = p;
    }
  }
  return below;
}
