import { describe, expect, it } from 'vitest';
import type { SegmentationResult, SegmentSummary } from '../../../../shared/domain/segmentation';
import { keepExistingSegments, mergeProblem, segmentModelRows, segmentModelsNotFitted, segmentNameProblem, toggleSegment } from './segmentEdits';

const summary = (segment: number, name: string, size: number): SegmentSummary => ({ segment, name, size, share: size / 100, features: [] });

const result = {
  segmentationId: 1,
  method: 'tiers',
  k: 3,
  calibrationEnd: '2024-12-31',
  segments: [summary(0, 'Top', 10), summary(1, 'Middle', 30), summary(2, 'Rest', 60)],
  overall: summary(-1, 'All customers', 100),
  segmentModels: [
    { segment: 0, customers: 10, params: { r: 2, alpha: 4, a: 1, b: 3 } },
    { segment: 2, customers: 60, params: { r: 1, alpha: 0, a: 0.5, b: 0.5 } },
  ],
  pooledModel: { r: 1.5, alpha: 3, a: 1, b: 1 },
  segmentModelsNotFitted: [{ segment: 1, customers: 30, problem: { code: 'no-repeat-buyers' } }],
} as unknown as SegmentationResult;

describe('segment names', () => {
  it('accepts a new unique name, and the same name again', () => {
    expect(segmentNameProblem(result, 0, 'Champions')).toBeNull();
    expect(segmentNameProblem(result, 0, 'Top')).toBeNull();
  });
  it('refuses an empty name, a long one and another segment’s name', () => {
    expect(segmentNameProblem(result, 0, '  ')).toBe('A segment needs a name.');
    expect(segmentNameProblem(result, 0, 'x'.repeat(61))).toBe('At most 60 characters.');
    expect(segmentNameProblem(result, 0, ' Middle ')).toMatch(/already the name of another segment/);
  });
});

describe('merging', () => {
  it('needs two segments and a name', () => {
    expect(mergeProblem(result, [0], 'Vulnerable')).toBe('Choose at least two segments to merge.');
    expect(mergeProblem(result, [0, 1], '')).toBe('The merged segment needs a name.');
    expect(mergeProblem(result, [0, 1], 'Vulnerable')).toBeNull();
  });
  it('may reuse a merged segment’s name but not another’s', () => {
    expect(mergeProblem(result, [0, 1], 'Top')).toBeNull();
    expect(mergeProblem(result, [0, 1], 'Rest')).toMatch(/not being merged/);
  });
  it('keeps the selection to segments that still exist, in table order', () => {
    expect(keepExistingSegments(result, [2, 7, 0])).toEqual([0, 2]);
    expect(toggleSegment([0, 2], 2)).toEqual([0]);
    expect(toggleSegment([0], 1)).toEqual([0, 1]);
  });
});

describe('segment model rows', () => {
  it('names each segment’s model, adds the pooled one and derives rate and dropout', () => {
    const rows = segmentModelRows(result);
    expect(rows.map((r) => r.name)).toEqual(['Top', 'Rest', 'All segments (pooled)']);
    expect(rows[0]).toMatchObject({ customers: 10, purchaseRate: 0.5, dropout: 0.25 });
    expect(rows[1]?.purchaseRate).toBeNull();
    expect(rows[2]).toMatchObject({ key: 'pooled', customers: 70, dropout: 0.5 }); // the pooled fit covers the two fitted segments only
  });

  it('names the segments without a model of their own, with why; none in a result kept without the list', () => {
    expect(segmentModelsNotFitted(result)).toEqual([{ key: '1', name: 'Middle', customers: 30, problem: { code: 'no-repeat-buyers' } }]);
    expect(segmentModelsNotFitted({ ...result, segmentModelsNotFitted: undefined })).toEqual([]);
  });
});
