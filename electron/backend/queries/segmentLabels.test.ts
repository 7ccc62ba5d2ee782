import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../db/openWorkspace';
import type { WritableDB } from '../db/types';
import { importPlainCsv } from '../import/testImports';
import { readModelData, modelDataKeys } from './modelData';
import { LABEL_SLICE_ROWS, readCurrentSegmentLabels, segmentLabelsByKey } from './segmentLabels';
import { drain } from './slicedRead';

const dir = mkdtempSync(join(tmpdir(), 'lw-labels-'));
let db: WritableDB;

beforeAll(async () => {
  db = createWorkspace(join(dir, 'labels.lwb'));
  // 300 customers with ids out of key order ("c10" before "c9"), two purchases each.
  const rows: string[] = [];
  for (let c = 1; c <= 300; c++) rows.push(`c${c},2024-01-0${1 + (c % 5)},${10 + c}`, `c${c},2024-02-1${c % 9},${5 + (c % 7)}`);
  const path = join(dir, 'tx.csv');
  writeFileSync(path, `customer,date,amount\n${rows.join('\n')}\n`);
  await importPlainCsv(db, path);
  // A segmentation that places every customer but every seventh, by key.
  const id = Number(db.prepare(`INSERT INTO segmentations(method, created_at, request_json, result_json) VALUES ('tiers', '2024-03-01', '{}', ?)`).run(JSON.stringify({ calibrationEnd: '2024-02-29', segments: [], valueModel: { purchase: { r: 1, alpha: 1, a: 1, b: 1 }, spend: null } })).lastInsertRowid);
  db.prepare('INSERT INTO customer_segments(segmentation_id, customer_key, segment) SELECT ?, customer_key, customer_key % 4 FROM customers WHERE customer_key % 7 <> 0').run(id);
});

afterEach(() => {
  LABEL_SLICE_ROWS.rows = 65_536;
});

describe('segment labels by customer key', () => {
  it('are each customer’s segment, aligned with the model data, -1 where unplaced, whatever the slice size', () => {
    const data = readModelData(db, '2024-02-29', 'week');
    const keys = modelDataKeys(data)!;
    expect(keys.length).toBe(300);
    const byId = readCurrentSegmentLabels(db, data.customerIds)!.labels;
    expect(byId.filter((l) => l === -1).length).toBe(42);
    expect(Array.from(readCurrentSegmentLabels(db, data.customerIds, keys)!.labels)).toEqual(Array.from(byId));
    for (const rows of [65_536, 17, 1]) {
      LABEL_SLICE_ROWS.rows = rows;
      const segmentationId = (db.prepare('SELECT max(segmentation_id) AS id FROM segmentations').get() as { id: number }).id;
      expect(Array.from(drain(segmentLabelsByKey(db, segmentationId, keys))), `slices of ${rows}`).toEqual(Array.from(byId));
    }
  });

  it('leave out memberships of customers the keys do not hold (a base read at an earlier end)', () => {
    const data = readModelData(db, '2024-02-29', 'week');
    const keys = modelDataKeys(data)!.filter((_, i) => i % 2 === 0);
    const segmentationId = (db.prepare('SELECT max(segmentation_id) AS id FROM segmentations').get() as { id: number }).id;
    const labels = drain(segmentLabelsByKey(db, segmentationId, keys));
    expect(labels.length).toBe(keys.length);
    keys.forEach((key, i) => expect(labels[i]).toBe(key % 7 === 0 ? -1 : key % 4));
  });
});
