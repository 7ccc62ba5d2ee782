import { argSchemas } from '../../../../shared/contract/schemas';
import type { SegmentationResult, SegmentModelProblem } from '../../../../shared/domain/segmentation';

/** The first problem with a new segment name (empty, too long, or another segment's name), or null. */
export function segmentNameProblem(result: SegmentationResult, segment: number, name: string): string | null {
  const parsed = argSchemas['segments.rename'].safeParse({ segment, name });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'That name cannot be used.';
  const wanted = parsed.data.name;
  const clash = result.segments.find((s) => s.segment !== segment && s.name === wanted);
  return clash ? `“${clash.name}” is already the name of another segment.` : null;
}

/** The first problem with a merge (fewer than two chosen, no name), or null. */
export function mergeProblem(result: SegmentationResult, segments: readonly number[], name: string): string | null {
  const parsed = argSchemas['segments.merge'].safeParse({ segments: [...segments], name });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'These segments cannot be merged.';
  const wanted = parsed.data.name;
  const clash = result.segments.find((s) => !segments.includes(s.segment) && s.name === wanted);
  return clash ? `“${clash.name}” is already the name of a segment that is not being merged.` : null;
}

/** The chosen segments that still exist in `result`, in table order. */
export function keepExistingSegments(result: SegmentationResult, chosen: readonly number[]): number[] {
  return result.segments.map((s) => s.segment).filter((s) => chosen.includes(s));
}

/** Flips one segment in or out of the selection. */
export function toggleSegment(chosen: readonly number[], segment: number): number[] {
  return chosen.includes(segment) ? chosen.filter((s) => s !== segment) : [...chosen, segment];
}

export const BGNBD_PARAMS = ['r', 'alpha', 'a', 'b'] as const;

export interface SegmentModelRow {
  key: string;
  name: string;
  customers: number | null;
  params: Record<(typeof BGNBD_PARAMS)[number], number | null>;
  /** Mean purchase rate while active, r/α per time unit. */
  purchaseRate: number | null;
  /** Mean chance of dropping out after a purchase, a/(a+b). */
  dropout: number | null;
}

function modelRow(key: string, name: string, customers: number | null, params: Record<string, number>): SegmentModelRow {
  const get = (p: string): number | null => (Number.isFinite(params[p]) ? (params[p] ?? null) : null);
  const [r, alpha, a, b] = BGNBD_PARAMS.map(get) as [number | null, number | null, number | null, number | null];
  return {
    key,
    name,
    customers,
    params: { r, alpha, a, b },
    purchaseRate: r !== null && alpha !== null && alpha > 0 ? r / alpha : null,
    dropout: a !== null && b !== null && a + b > 0 ? a / (a + b) : null,
  };
}

function segmentName(result: SegmentationResult, segment: number): string {
  return result.segments.find((s) => s.segment === segment)?.name ?? `Segment ${segment + 1}`;
}

/** One row per segment's own purchase model, named as in the profile, then the pooled model. */
export function segmentModelRows(result: SegmentationResult): SegmentModelRow[] {
  const rows = result.segmentModels.map((m) => modelRow(String(m.segment), segmentName(result, m.segment), m.customers, m.params));
  // The pooled model is fitted on the customers of the segments fitted on their own, no others.
  const pooledCustomers = result.segmentModels.reduce((sum, m) => sum + m.customers, 0);
  if (result.pooledModel) rows.push(modelRow('pooled', 'All segments (pooled)', pooledCustomers, result.pooledModel));
  return rows;
}

/** Segments without a purchase model of their own, named as in the profile, each with why (none in results kept from before this was recorded). */
export function segmentModelsNotFitted(result: SegmentationResult): { key: string; name: string; customers: number; problem: SegmentModelProblem }[] {
  return (result.segmentModelsNotFitted ?? []).map((m) => ({ key: String(m.segment), name: segmentName(result, m.segment), customers: m.customers, problem: m.problem }));
}
