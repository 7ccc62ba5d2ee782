import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { quintileScores } from './rfm';
import { firstCountScoring, SortedColumn } from './ranks';
import { DEFAULT_TIER_CUTS, valueTiers, type TierCut } from './tiers';

/** How tiers and RFM scores were computed before the one-sort pass: a rank per customer from a comparator sort of indexes. */
function countStrictlyBelow(values: ArrayLike<number>): Int32Array {
  const n = values.length;
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

function referenceTiers(values: ArrayLike<number>, cuts: readonly TierCut[]): Int32Array {
  const n = values.length;
  const below = countStrictlyBelow(values);
  const ends: number[] = [];
  let cumulative = 0;
  cuts.forEach((cut, t) => {
    cumulative += cut.share;
    ends.push(t === cuts.length - 1 ? n : Math.max(0, Math.ceil(cumulative * n - 0.5 - 1e-9)));
  });
  const tiers = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const last = n - 1 - below[i]!;
    let t = 0;
    while (last >= ends[t]!) t += 1;
    tiers[i] = t;
  }
  return tiers;
}

function referenceScores(values: ArrayLike<number>, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const below = countStrictlyBelow(higherIsBetter ? values : Float64Array.from(values as ArrayLike<number>, (v) => -v));
  return Uint8Array.from(below, (b) => Math.min(5, Math.max(1, Math.ceil((5 * (b + 0.5)) / n))));
}

/** Values of the kinds customer figures take: many ties (counts, whole days), a long tail, zeros, a few negatives. */
function customerLikeValues(n: number, seed: number, kind: 'counts' | 'money' | 'days' | 'constant'): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => {
    const u = rng.next();
    if (kind === 'constant') return 7;
    if (kind === 'counts') return u < 0.45 ? 1 : 1 + Math.floor(-Math.log(1 - rng.next()) * 4);
    if (kind === 'days') return Math.floor(u * 1100);
    if (u < 0.05) return 0;
    if (u < 0.07) return -Math.round(rng.next() * 5000) / 100;
    return Math.round(Math.exp(3 + 2 * rng.next() * rng.next() * 3) * 100) / 100;
  });
}

describe('ranks by one sort of one column', () => {
  it('gives the same tiers as a rank per customer, to the customer, with ties, sizes and cuts of every kind', () => {
    const cutSets: TierCut[][] = [
      [...DEFAULT_TIER_CUTS],
      [
        { name: 'A', share: 0.05 },
        { name: 'B', share: 0.15 },
        { name: 'C', share: 0.8 },
      ],
      [{ name: 'All', share: 1 }],
      Array.from({ length: 20 }, (_, i) => ({ name: `T${i}`, share: 0.05 })),
    ];
    for (const n of [0, 1, 2, 3, 7, 10, 101, 5000]) {
      for (const kind of ['counts', 'money', 'days', 'constant'] as const) {
        const values = customerLikeValues(n, n * 7 + kind.length, kind);
        for (const cuts of cutSets) expect(Array.from(valueTiers(values, cuts).tiers), `${kind} n=${n} ${cuts.length} tiers`).toEqual(Array.from(referenceTiers(values, cuts)));
      }
    }
  });

  it('gives the same quintile scores as a rank per customer, in both directions', () => {
    for (const n of [0, 1, 2, 4, 5, 6, 9, 10, 11, 99, 4001]) {
      for (const kind of ['counts', 'money', 'days', 'constant'] as const) {
        const values = customerLikeValues(n, n * 13 + kind.length, kind);
        for (const higher of [true, false]) {
          expect(Array.from(quintileScores(values, higher)), `${kind} n=${n} higher=${higher}`).toEqual(Array.from(referenceScores(values, higher)));
        }
      }
    }
  });

  it('places a value by comparison with one value of the sorted column', () => {
    const column = new SortedColumn([5, 1, 3, 3, 9]);
    expect(Array.from(column.sorted)).toEqual([1, 3, 3, 5, 9]);
    // At least 2 values below: above 3 (5 and 9 are).
    expect(column.aboveCut(2)).toBe(3);
    expect(column.aboveCut(0)).toBe(-Infinity);
    expect(column.aboveCut(6)).toBe(Infinity);
    // At least 2 values above: below 5 (1, 3 and 3 are).
    expect(column.belowCut(2)).toBe(5);
    expect(column.belowCut(0)).toBe(Infinity);
    expect(column.belowCut(6)).toBe(-Infinity);
    expect(() => new SortedColumn([1, Infinity], 'lifetime value')).toThrow('Each lifetime value must be a finite number; row 1 has Infinity.');
    expect(firstCountScoring(10, 3, (b) => Math.floor(b / 2))).toBe(6);
    expect(firstCountScoring(10, 99, (b) => b)).toBe(11);
  });
});
