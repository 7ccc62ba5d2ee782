import type { SegmentationResult } from '../../../shared/domain/segmentation';
import type { ReadableDB } from '../db/types';
import { drain, type SlicedRead } from './slicedRead';

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
 * null when the customers were never segmented. With the customers' keys (model data's, see
 * modelDataKeys) the memberships are merged by key rather than looked up by id.
 */
export function readCurrentSegmentLabels(db: ReadableDB, customerIds: readonly string[], keys?: Float64Array): SegmentLabels | null {
  const row = db.prepare('SELECT segmentation_id AS id, result_json AS json FROM segmentations ORDER BY segmentation_id DESC LIMIT 1').get() as { id: number; json: string } | undefined;
  if (!row) return null;
  const result = JSON.parse(row.json) as SegmentationResult;
  const names = new Map(result.segments.map((s) => [s.segment, s.name]));
  if (keys) return { segmentationId: row.id, calibrationEnd: result.calibrationEnd, names, labels: drain(segmentLabelsByKey(db, row.id, keys)) };
  const index = new Map(customerIds.map((id, i) => [id, i]));
  const labels = new Int32Array(customerIds.length).fill(-1);
  const rows = db.prepare('SELECT c.customer_id AS id, s.segment FROM customer_segments s JOIN customers c USING (customer_key) WHERE s.segmentation_id = ?').raw().iterate(row.id) as IterableIterator<[string, number]>;
  for (const [id, segment] of rows) {
    const i = index.get(id);
    if (i !== undefined) labels[i] = segment;
  }
  return { segmentationId: row.id, calibrationEnd: result.calibrationEnd, names, labels };
}

/** Memberships read per statement by segmentLabelsByKey (tests make it small). */
export const LABEL_SLICE_ROWS = { rows: 65_536 };

/**
 * Each customer's segment in segmentation `segmentationId`, aligned with `keys` (customer keys in
 * ascending order, as model data holds them: modelDataKeys), -1 for a customer it did not place.
 * Read in key order off the memberships' primary key and merged with `keys`, a slice of rows per
 * step (see slicedRead.ts): no look-up of a million customer ids through a map.
 */
export function* segmentLabelsByKey(db: ReadableDB, segmentationId: number, keys: Float64Array): SlicedRead<Int32Array> {
  const labels = new Int32Array(keys.length).fill(-1);
  const slice = db.prepare('SELECT customer_key, segment FROM customer_segments WHERE segmentation_id = ? AND customer_key > ? ORDER BY customer_key LIMIT ?').raw();
  let after = Number.MIN_SAFE_INTEGER;
  let i = 0;
  for (;;) {
    const rows = slice.all(segmentationId, after, LABEL_SLICE_ROWS.rows) as [number, number][];
    for (const [key, segment] of rows) {
      while (i < keys.length && keys[i]! < key) i++;
      if (i < keys.length && keys[i] === key) labels[i] = segment;
    }
    if (rows.length < LABEL_SLICE_ROWS.rows) return labels;
    after = rows[rows.length - 1]![0];
    yield;
  }
}
