import { describe, expect, it } from 'vitest';
import { featureMatrixFromColumns } from './features';
import { defaultSegmentNames, mergeSegments, renameSegment, segmentProfiles } from './profile';

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
