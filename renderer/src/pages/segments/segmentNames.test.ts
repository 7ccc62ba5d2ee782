import { describe, expect, it } from 'vitest';
import type { SegmentationResult, SegmentSummary } from '../../../../shared/domain/segmentation';
import { namesOf, renamedSegments, segmentNameProblems, segmentNamesDraftName } from './segmentNames';

const summary = (segment: number, name: string, size: number): SegmentSummary => ({ segment, name, size, share: size / 100, features: [] });
const result = { segmentationId: 4, segments: [summary(0, 'Top', 10), summary(1, 'Middle', 30), summary(2, 'Rest', 60)] } as unknown as SegmentationResult;

describe('a draft of segment names', () => {
  it('holds the names by segment and lists the renamed ones', () => {
    const names = { ...namesOf(result), '0': ' Champions ', '2': 'Rest' };
    expect(renamedSegments(result, names)).toEqual([{ segment: 0, name: 'Champions' }]);
  });

  it('judges each new name against the other names as drafted', () => {
    expect(segmentNameProblems(result, { ...namesOf(result), '0': 'Middle' })).toEqual({ 0: expect.stringMatching(/already the name/) });
    // Middle becomes Core, so Top may take the name Middle.
    expect(segmentNameProblems(result, { ...namesOf(result), '0': 'Middle', '1': 'Core' })).toEqual({});
    expect(segmentNameProblems(result, { ...namesOf(result), '1': ' ' })).toEqual({ 1: 'A segment needs a name.' });
  });

  it('belongs to one segmentation as it stands: a merge or a new run starts another', () => {
    const merged = { ...result, segments: [summary(0, 'Top', 40), summary(1, 'Rest', 60)] } as unknown as SegmentationResult;
    expect(segmentNamesDraftName(result)).not.toBe(segmentNamesDraftName(merged));
    expect(segmentNamesDraftName({ ...result, segmentationId: null })).toBeNull();
  });
});
