import { describe, expect, it } from 'vitest';
import { featureMatrixFromColumns } from './features';
import { createRng } from '../random/rng';
import { defaultSegmentNames, medianInPlace, mergeSegments, renameSegment, segmentProfiles } from './profile';

const columns = [
  { name: 'totalSpend', values: [10, 20, 30, 40, 100] },
  { name: 'purchases', values: [1, 2, 3, 4, 5] },
];

describe('segmentProfiles', () => {
  it('gives size, share, mean and median per segment and overall, in original units', () => {
    const table = segmentProfiles(columns, [0, 0, 1, 1, 1], ['Light', 'Heavy']);
    expect(table.segments[0]).toEqual({
      segment: 0,
      name: 'Light',
      size: 2,
      share: 0.4,
      features: [
        { name: 'totalSpend', mean: 15, median: 15 },
        { name: 'purchases', mean: 1.5, median: 1.5 },
      ],
    });
    expect(table.segments[1]!.features[0]).toEqual({ name: 'totalSpend', mean: 170 / 3, median: 40 });
    expect(table.overall).toMatchObject({ segment: -1, name: 'All customers', size: 5, share: 1 });
    expect(table.overall.features[0]).toEqual({ name: 'totalSpend', mean: 40, median: 30 });
    // A matrix of the same columns gives the same table; default names when none are given.
    const fromMatrix = segmentProfiles(featureMatrixFromColumns(columns), [0, 0, 1, 1, 1]);
    expect(fromMatrix.segments.map((s) => s.name)).toEqual(['Segment 1', 'Segment 2']);
    expect(fromMatrix.segments[1]!.features).toEqual(table.segments[1]!.features);
  });

  it('shows an emptied segment with no figures', () => {
    const table = segmentProfiles(columns, [0, 0, 2, 2, 2]);
    expect(table.segments[1]).toMatchObject({ size: 0, share: 0 });
    expect(table.segments[1]!.features[0]!.mean).toBeNaN();
  });
});

describe('renaming and merging', () => {
  const names = ['A', 'B', 'C', 'D', 'E'];

  it('renames without touching the input', () => {
    expect(renameSegment(names, 1, '  Big spenders ')).toEqual(['A', 'Big spenders', 'C', 'D', 'E']);
    expect(names[1]).toBe('B');
    expect(() => renameSegment(names, 5, 'X')).toThrow(/no segment 5/);
    expect(() => renameSegment(names, 0, ' ')).toThrow(/needs a name/);
  });

  it('merges into the place of the lowest merged number and closes the gap', () => {
    const merged = mergeSegments([0, 1, 2, 3, 4, 3], names, [2, 3], 'Vulnerable');
    expect(merged.names).toEqual(['A', 'B', 'Vulnerable', 'E']);
    expect(Array.from(merged.labels)).toEqual([0, 1, 2, 2, 3, 2]);
    expect(Array.from(merged.mapping)).toEqual([0, 1, 2, 2, 3]);
    const apart = mergeSegments([0, 1, 2, 3, 4], names, [3, 1], 'B+D');
    expect(apart.names).toEqual(['A', 'B+D', 'C', 'E']);
    expect(Array.from(apart.mapping)).toEqual([0, 1, 2, 1, 3]);
    expect(defaultSegmentNames(2)).toEqual(['Segment 1', 'Segment 2']);
  });

  it('refuses merges that make no sense', () => {
    expect(() => mergeSegments([0, 1], ['A', 'B'], [1, 1], 'X')).toThrow(/two different segments/);
    expect(() => mergeSegments([0, 1], ['A', 'B'], [0, 2], 'X')).toThrow(/no segment 2/);
    expect(() => mergeSegments([0, 1], ['A', 'B'], [0, 1], '')).toThrow(/needs a name/);
    expect(() => mergeSegments([0, 3], ['A', 'B'], [0, 1], 'X')).toThrow(/Row 1 has segment 3/);
  });
});

describe('medianInPlace', () => {
  /** The median as a full sort gives it. */
  const sortedMedian = (values: Float64Array) => {
    const a = Float64Array.from(values).sort();
    const m = a.length;
    return m === 0 ? NaN : m % 2 === 1 ? a[m >> 1]! : (a[(m >> 1) - 1]! + a[m >> 1]!) / 2;
  };

  it('finds the same median as a sort, by selection, for values and orders of every kind', () => {
    const rng = createRng(99);
    const shapes: Record<string, (n: number) => Float64Array> = {
      random: (n) => Float64Array.from({ length: n }, () => rng.next() * 1000 - 200),
      counts: (n) => Float64Array.from({ length: n }, () => (rng.next() < 0.5 ? 1 : 1 + Math.floor(rng.next() * 6))),
      equal: (n) => new Float64Array(n).fill(3.5),
      ascending: (n) => Float64Array.from({ length: n }, (_, i) => i),
      descending: (n) => Float64Array.from({ length: n }, (_, i) => n - i),
      organPipe: (n) => Float64Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
      twoValues: (n) => Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 0 : 1e9)),
    };
    for (const [shape, make] of Object.entries(shapes)) {
      for (const n of [0, 1, 2, 3, 4, 5, 23, 24, 25, 26, 100, 101, 1000, 20_001, 100_000]) {
        const values = make(n);
        expect(medianInPlace(Float64Array.from(values)), `${shape}, ${n} values`).toBe(sortedMedian(values));
      }
    }
  });
});
