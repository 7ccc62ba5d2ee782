import { describe, expect, it } from 'vitest';
import { addSegmentRow, nextFreeSegment, pickSegments, segmentChoices, segmentLabel } from './segmentRows';

describe('segment choices', () => {
  it('offers "*" first, then the current segments, then names the plan already uses', () => {
    expect(segmentChoices(['Top', 'Rest'], ['Gold', 'Top', '*'])).toEqual(['*', 'Top', 'Rest', 'Gold']);
    expect(segmentChoices(null, [])).toEqual(['*']);
  });

  it('reads "*" as all segments', () => {
    expect(segmentLabel('*')).toBe('All segments');
    expect(segmentLabel('Top')).toBe('Top');
  });

  it('keeps "*" and named segments apart', () => {
    expect(pickSegments(['Top'], ['Top', '*'])).toEqual(['*']);
    expect(pickSegments(['*'], ['*', 'Top'])).toEqual(['Top']);
    expect(pickSegments(['Top'], ['Top', 'Rest'])).toEqual(['Top', 'Rest']);
    expect(pickSegments(['Top'], [])).toEqual([]);
  });
});

describe('per-segment rows', () => {
  const rows = [{ segment: '*', value: { x: 1 } }];

  it('adds a row for the first segment without one, copying the "*" value', () => {
    const added = addSegmentRow(rows, ['*', 'Top', 'Rest']);
    expect(added).toEqual([rows[0], { segment: 'Top', value: { x: 1 } }]);
    expect(added[1]!.value).not.toBe(rows[0]!.value);
    expect(nextFreeSegment(added, ['*', 'Top', 'Rest'])).toBe('Rest');
  });

  it('adds nothing when every segment has a row', () => {
    expect(addSegmentRow(rows, ['*'])).toEqual(rows);
  });
});
