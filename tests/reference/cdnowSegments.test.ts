import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/backend/db/openWorkspace';
import type { WritableDB } from '../../electron/backend/db/types';
import { lastTransactionDate } from '../../electron/backend/queries/customerSummary';
import { readModelData } from '../../electron/backend/queries/modelData';
import { DEFAULT_MARGIN, workspaceMargin } from '../../electron/backend/queries/workspaceMargin';
import { segmentFeatures } from '../../electron/backend/segments/segmentCustomers';
import { cardValueColumns, fitCardModels, valueCardRange } from '../../electron/backend/value/cardValuation';
import { runCli } from '../../electron/hosts/cli/lw';
import type { FeatureMatrix } from '../../shared/segments/features';
import { DEFAULT_KMEANS_SAMPLE_ROWS, kmeans } from '../../shared/segments/kmeans';
import { segmentQuality } from '../../shared/segments/quality';
import { adjustedRandIndex } from '../../shared/segments/stability';
import { referenceFile } from './sharedData';

const transactions = referenceFile('CDNOW_master.txt');

/**
 * k-means on the whole CDNOW base (23,570 customers, 69,659 purchases to 1998-06-30), on the
 * features the Segments page clusters: below the sample size the starts run on every customer,
 * exactly as before starts on a sample existed; and with the starts on a sample (forced here, as
 * a base of a million would have it) the segments are as good by every figure k-means is judged
 * by, and nearly the same customers.
 */
describe('k-means on CDNOW, as the Segments page segments it', () => {
  let db: WritableDB | null = null;
  let matrix: FeatureMatrix;
  beforeAll(async () => {
    if (!transactions.available) return;
    const workspace = join(mkdtempSync(join(tmpdir(), 'lw-cdnow-segments-')), 'cdnow.lwb');
    const code = await runCli(
      ['import', '--workspace', workspace, '--transactions', transactions.path, '--delimiter', 'whitespace', '--customer-col', 'customer_id', '--date-col', 'date', '--amount-col', 'dollar_value', '--date-format', 'yyyymmdd'],
      { stdout: () => undefined, stderr: () => undefined, interactive: false, env: {} },
    );
    expect(code).toBe(0);
    db = openWorkspace(workspace);
    const data = readModelData(db, lastTransactionDate(db)!, 'week');
    const models = fitCardModels('week', data);
    const values = cardValueColumns(data.x.length);
    const margin = workspaceMargin(db) ?? DEFAULT_MARGIN;
    valueCardRange(models, data, { horizonMonths: 36, discountRatePerYear: 0.1, margin }, 0, data.x.length, values);
    const daysSinceLastPurchase = Float64Array.from(data.T, (T, i) => Math.round((T - data.tx[i]!) * 7));
    matrix = segmentFeatures({ x: data.x, daysSinceLastPurchase, totalSpend: data.totalSpend, values: { ...values, models, margin } }).matrix;
  }, 60_000);
  afterAll(() => db?.close());

  it.skipIf(!transactions.available)('starts on every customer below the sample size: the segments of restarts on all rows, to the customer', () => {
    expect(matrix.rows).toBe(23_570);
    expect(matrix.rows).toBeLessThan(DEFAULT_KMEANS_SAMPLE_ROWS);
    for (const k of [3, 4]) {
      const fit = kmeans(matrix, { k, seed: 1 });
      const all = kmeans(matrix, { k, seed: 1, sampleRows: Infinity });
      expect(fit.startRows).toBe(matrix.rows);
      expect(Array.from(fit.labels)).toEqual(Array.from(all.labels));
      expect(fit.withinSS).toBe(all.withinSS);
    }
  });

  it.skipIf(!transactions.available)('with the starts on a sample of 5,000, no worse by the sum of squares, R², Calinski-Harabasz; nearly the same customers', () => {
    for (const k of [3, 4, 5, 6]) {
      const all = kmeans(matrix, { k, seed: 1, sampleRows: Infinity });
      const sampled = kmeans(matrix, { k, seed: 1, sampleRows: 5000 });
      expect(sampled.startRows).toBe(5000);
      const q = segmentQuality(matrix, sampled.labels, { seed: 1 });
      const qAll = segmentQuality(matrix, all.labels, { seed: 1 });
      expect(sampled.withinSS, `k = ${k}`).toBeLessThanOrEqual(all.withinSS * (1 + 1e-9));
      expect(q.rSquared, `k = ${k}`).toBeGreaterThanOrEqual(qAll.rSquared - 1e-9);
      expect(q.calinskiHarabasz, `k = ${k}`).toBeGreaterThanOrEqual(qAll.calinskiHarabasz * (1 - 1e-9));
      // Davies-Bouldin and the silhouette are not what k-means minimises: within a hair, either way.
      expect(Math.abs(q.daviesBouldin - qAll.daviesBouldin), `k = ${k}`).toBeLessThan(0.01);
      expect(Math.abs(q.silhouette.mean - qAll.silhouette.mean), `k = ${k}`).toBeLessThan(0.01);
      expect(adjustedRandIndex(sampled.labels, all.labels), `k = ${k}`).toBeGreaterThan(0.95);
    }
  });

  it.skipIf(transactions.available)(transactions.skipReason, () => {});
});
