import type { SegmentationResult } from '../../../shared/domain/segmentation';
import type { ReadableDB } from '../db/types';

export interface SegmentLabels {
  segmentationId: number;
  calibrationEnd: string;
  /** Segment names by segment number (a merged-away number has none). */
  names: ReadonlyMap<number, string>;
  /** Per customer, aligned with the ids given: the segment number, or -1 for a customer the segmentation did not place. */
  labels: Int32Array;
}

/**
 * Each customer's segment in the current (latest) segmentation, aligned with `customerIds`, or
 * null when the customers were never segmented.
 */
export function readCurrentSegmentLabels(db: ReadableDB, customerIds: readonly string[]): SegmentLabels | null {
  const row = db.prepare('SELECT segmentation_id AS id, result_json AS json FROM segmentations ORDER BY segmentation_id DESC LIMIT 1').get() as { id: number; json: string } | undefined;
  if (!row) return null;
  const result = JSON.parse(row.json) as SegmentationResult;
  const index = new Map(customerIds.map((id, i) => [id, i]));
  const labels = new Int32Array(customerIds.length).fill(-1);
  const rows = db.prepare('SELECT c.customer_id AS id, s.segment FROM customer_segments s JOIN customers c USING (customer_key) WHERE s.segmentation_id = ?').raw().iterate(row.id) as IterableIterator<[string, number]>;
  for (const [id, segment] of rows) {
    const i = index.get(id);
    if (i !== undefined) labels[i] = segment;
  }
  return { segmentationId: row.id, calibrationEnd: result.calibrationEnd, names: new Map(result.segments.map((s) => [s.segment, s.name])), labels };
}
