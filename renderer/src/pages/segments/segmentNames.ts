import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import { segmentNameProblem } from './segmentEdits';

/** The segments' names as a draft holds them: by segment number. */
export type SegmentNames = Readonly<Record<string, string>>;

export function namesOf(result: SegmentationResult): SegmentNames {
  return Object.fromEntries(result.segments.map((s) => [String(s.segment), s.name]));
}

/**
 * Which segmentation a names draft belongs to: its number and its segments' sizes. A merge keeps
 * the number but changes the segments, and names by segment number would then land on other
 * segments; so a merge (or a new run) starts a new draft instead.
 */
export function segmentNamesDraftName(result: SegmentationResult): string | null {
  if (result.segmentationId === null) return null;
  return `segment-names:${result.segmentationId}:${result.segments.map((s) => `${s.segment}=${s.size}`).join(',')}`;
}

/** The segments whose draft name differs from the saved one, in table order, with the name to save. */
export function renamedSegments(result: SegmentationResult, names: SegmentNames): { segment: number; name: string }[] {
  return result.segments.flatMap((s) => {
    const name = names[String(s.segment)];
    return name !== undefined && name.trim() !== s.name ? [{ segment: s.segment, name: name.trim() }] : [];
  });
}

/**
 * The first problem of each renamed segment's name (empty, too long, another segment's name),
 * judged against the other names as the draft has them, so two renames cannot collide.
 */
export function segmentNameProblems(result: SegmentationResult, names: SegmentNames): Record<number, string> {
  const drafted: SegmentationResult = { ...result, segments: result.segments.map((s) => ({ ...s, name: (names[String(s.segment)] ?? s.name).trim() })) };
  const problems: Record<number, string> = {};
  for (const { segment, name } of renamedSegments(result, names)) {
    const problem = segmentNameProblem(drafted, segment, name);
    if (problem) problems[segment] = problem;
  }
  return problems;
}
