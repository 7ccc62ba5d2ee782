import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentRequest } from '../../../shared/contract/segmentSchemas';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { openWorkspace } from '../db/openWorkspace';
import { openSqlite } from '../db/sqlite';
import type { ReadableDB, WritableDB } from '../db/types';
import { lastTransactionDate } from '../queries/customerSummary';
import { readModelData } from '../queries/modelData';
import { writeSampleWorkspace } from '../sample/writeSampleWorkspace';
import { cardValueColumns, fitCardModels, valueCardRange } from '../value/cardValuation';
import { WorkerPool } from '../workers/workerPool';
import { DEFAULT_MARGIN, workspaceMargin } from '../queries/workspaceMargin';
import { mergeCurrentSegments, runSegmentation, STORE_SLICE, VALUE_CHUNK } from './runSegmentation';
import { segmentCustomers } from './segmentCustomers';

const CUSTOMERS = 3000;
const dir = mkdtempSync(join(tmpdir(), 'lw-segment-run-'));
const path = join(dir, 'sample.lwb');
const pools: WorkerPool[] = [];
const pool = (n: number) => {
  const p = new WorkerPool(n);
  pools.push(p);
  return p;
};
let writer: WritableDB;
/** The app's read-only connection beside the writer, as the backend has it. */
let reader: ReadableDB;

beforeAll(async () => {
  await writeSampleWorkspace({ outPath: path, seed: 11, spec: { ...DEFAULT_SAMPLE_SPEC, customers: CUSTOMERS }, pool: pool(2) });
  writer = openWorkspace(path);
  reader = openSqlite(path, { readonly: true, fileMustExist: true }) as ReadableDB;
}, 60_000);
afterAll(async () => {
  reader.close();
  writer.close();
  await Promise.all(pools.map((p) => p.close()));
});
const defaults = { valueChunk: VALUE_CHUNK.customers, storeRows: STORE_SLICE.rows };
afterEach(() => {
  VALUE_CHUNK.customers = defaults.valueChunk;
  STORE_SLICE.rows = defaults.storeRows;
});

const request = (method: SegmentRequest['method'], k?: number): SegmentRequest => ({ method, seed: 1, unit: 'week', value: { horizonMonths: 36, discountRatePerYear: 0.1 }, ...(k ? { k } : {}) });

/** A job's progress as the status bar sees it: each total set, and steps done after each advance. */
function recorder(signal?: AbortSignal, onAdvance?: (done: number, total: number) => void) {
  const rec = { totals: [] as number[], trail: [] as number[], done: 0, signal };
  return {
    rec,
    progress: {
      ...(signal ? { signal } : {}),
      setTotal: (total: number) => rec.totals.push(total),
      advance: (units: number) => {
        rec.done += units;
        rec.trail.push(rec.done);
        onAdvance?.(rec.done, rec.totals.at(-1) ?? 0);
      },
    },
  };
}

/** The same segmentation made in this thread from the same inputs: what must be stored. */
function segmentHere(r: SegmentRequest) {
  const calibrationEnd = lastTransactionDate(reader)!;
  const data = readModelData(reader, calibrationEnd, r.unit);
  const n = data.x.length;
  const models = fitCardModels(r.unit, data);
  const margin = workspaceMargin(reader) ?? DEFAULT_MARGIN;
  const columns = cardValueColumns(n);
  valueCardRange(models, data, { ...r.value, margin }, 0, n, columns);
  const daysSinceLastPurchase = Float64Array.from(data.T, (T, i) => Math.round((T - data.tx[i]!) * 7));
  const values = { clv: columns.clv, probabilityAlive: columns.probabilityAlive, expectedSpend: columns.expectedSpend, models, margin };
  const input = { calibrationEnd, x: data.x, tx: data.tx, T: data.T, meanRepeatSpend: data.meanRepeatSpend, totalSpend: data.totalSpend, daysSinceLastPurchase, values };
  return { data, ...segmentCustomers(input, { ...r, calibrationEnd }) };
}

function storedSegments(segmentationId: number): Map<string, number> {
  const rows = reader.prepare('SELECT c.customer_id AS id, s.segment FROM customer_segments s JOIN customers c USING (customer_key) WHERE s.segmentation_id = ?').all(segmentationId) as { id: string; segment: number }[];
  return new Map(rows.map((r) => [r.id, r.segment]));
}

const count = (table: string) => (reader.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('runSegmentation', () => {
  it('stores every customer’s segment under its key, as made from the same inputs, with progress moving from start to end', async () => {
    VALUE_CHUNK.customers = 700;
    STORE_SLICE.rows = 1000;
    const { rec, progress } = recorder();
    const result = await runSegmentation({ reader, writer }, pool(1), request('tiers'), progress);

    const here = segmentHere(request('tiers'));
    const stored = storedSegments(result.segmentationId!);
    expect(stored.size).toBe(here.data.customerIds.length);
    here.data.customerIds.forEach((id, i) => expect(stored.get(id), id).toBe(here.labels[i]));
    expect({ ...result, segmentationId: null, warnings: [] }).toEqual({ ...here.result, warnings: [] });

    // Reading, the models and 5 chunks of valuation, the worker's steps, 3 slices and the record stored.
    expect(rec.totals.at(-1)).toBe(rec.done);
    expect(rec.trail.length).toBeGreaterThanOrEqual(1 + 1 + 5 + 3 + 1);
    expect(rec.trail.every((d, i) => i === 0 || d > rec.trail[i - 1]!)).toBe(true);
    const saved = reader.prepare('SELECT result_json AS json FROM segmentations WHERE segmentation_id = ?').get(result.segmentationId) as { json: string };
    expect(JSON.parse(saved.json)).toEqual(result);
  }, 60_000);

  it('makes the same k-means segments on one worker or two', async () => {
    VALUE_CHUNK.customers = 400;
    const one = await runSegmentation({ reader, writer }, pool(1), request('kmeans', 4));
    const two = await runSegmentation({ reader, writer }, pool(2), request('kmeans', 4));
    expect({ ...two, segmentationId: null }).toEqual({ ...one, segmentationId: null });
    expect(storedSegments(two.segmentationId!)).toEqual(storedSegments(one.segmentationId!));
  }, 60_000);

  it('keeps nothing when cancelled while storing, and rolls the transaction back', async () => {
    STORE_SLICE.rows = 300;
    const before = { segmentations: count('segmentations'), memberships: count('customer_segments'), kept: count('analysis_results') };
    const controller = new AbortController();
    const storeSteps = Math.ceil(CUSTOMERS / 300) + 1;
    // Cancel once the first slice of segments is written (slices are told one at a time).
    const { progress } = recorder(controller.signal, (done, total) => {
      if (done === total - storeSteps + 1) controller.abort();
    });
    await expect(runSegmentation({ reader, writer }, pool(1), request('rfm'), progress)).rejects.toMatchObject({ code: 'cancelled' });
    expect({ segmentations: count('segmentations'), memberships: count('customer_segments'), kept: count('analysis_results') }).toEqual(before);
    expect(writer.inTransaction).toBe(false);
  }, 60_000);

  it('stops within a second when cancelled while the worker segments', async () => {
    const before = count('segmentations');
    const controller = new AbortController();
    let abortedAt = 0;
    // Steps past reading and valuing are the worker's (read a few times a second, so several may come at once).
    const valueSteps = 1 + Math.ceil(CUSTOMERS / VALUE_CHUNK.customers);
    const { progress } = recorder(controller.signal, (done) => {
      if (done > 1 + valueSteps && abortedAt === 0) {
        abortedAt = performance.now();
        controller.abort();
      }
    });
    const run = runSegmentation({ reader, writer }, pool(1), request('kmeans'), progress);
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(abortedAt).toBeGreaterThan(0);
    expect(performance.now() - abortedAt).toBeLessThan(1000);
    expect(count('segmentations')).toBe(before);
  }, 60_000);

  it('merges segments of the current segmentation, the customers of both in the merged one', async () => {
    const tiers = await runSegmentation({ reader, writer }, pool(1), request('tiers'));
    const merged = await mergeCurrentSegments({ reader, writer }, pool(1), [2, 3], 'Lower 70%');
    expect(merged.segments.map((s) => s.name)).toEqual(['Top 10%', 'Next 20%', 'Lower 70%']);
    expect(merged.segments[2]!.size).toBe(tiers.segments[2]!.size + tiers.segments[3]!.size);
    const before = storedSegments(tiers.segmentationId!);
    const after = storedSegments(merged.segmentationId!);
    for (const [id, segment] of before) expect(after.get(id)).toBe(Math.min(segment, 2));
  }, 60_000);

  // Last: it adds a transaction to the workspace.
  it('keeps the workspace margin until the transactions change', () => {
    const direct = () => {
      const r = reader.prepare('SELECT total(margin) AS margin, total(amount) AS sales FROM transactions WHERE margin IS NOT NULL').get() as { margin: number; sales: number };
      return r.sales > 0 ? r.margin / r.sales : null;
    };
    const first = workspaceMargin(reader);
    expect(first).toBe(direct());
    expect(workspaceMargin(reader)).toBe(first);
    // An import of one purchase with a margin far above the rest.
    writer.transaction(() => {
      const id = Number(
        writer
          .prepare("INSERT INTO imports(kind, file_name, file_bytes, imported_at, settings_json, rows_read, rows_imported, dropped_json, customers_added) VALUES ('transactions', 'one.csv', 1, '2026-12-08', '{}', 1, 1, '[]', 0)")
          .run().lastInsertRowid,
      );
      writer.prepare('INSERT INTO transactions(customer_key, day_number, amount, margin, import_id) SELECT min(customer_key), 1, 1e6, 1e6, ? FROM customers').run(id);
    })();
    const second = workspaceMargin(reader);
    expect(second).toBe(direct());
    expect(second).not.toBe(first);
  });
});
