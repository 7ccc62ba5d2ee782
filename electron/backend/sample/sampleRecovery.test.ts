import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compressRfm, compressSpend } from '../../../shared/models/compress';
import { fitBgNbd } from '../../../shared/models/bgnbd';
import type { FitResult } from '../../../shared/models/fitResult';
import { fitGammaGamma } from '../../../shared/models/gammaGamma';
import { DEFAULT_SAMPLE_SEED, DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { openWorkspace } from '../db/openWorkspace';
import { readModelData } from '../queries/modelData';
import { WorkerPool } from '../workers/workerPool';
import { writeSampleWorkspace } from './writeSampleWorkspace';

const pool = new WorkerPool(2);
afterAll(() => pool.close());

/**
 * The sample retailer is drawn from known BG/NBD and Gamma-Gamma parameters per customer group,
 * so the models must find them again: fitted group by group on the sample's own transactions
 * (through the same path the app uses), the true values should sit inside the 95% intervals.
 * Out of 35 intervals about 1.75 miss by chance, and a group's a and b tend to miss together
 * (they are strongly correlated); more than four misses happens by chance about 3% of the time.
 * The seed is fixed, so the test cannot flicker. The quantities the simulation leans on — the
 * mean purchase rate r/alpha, the mean dropout a/(a+b), the mean spend p·gamma/(q-1) — must be
 * within 15% of the truth for every group (the mean dropout of a group of a few thousand
 * customers is known far less precisely than its purchase rate).
 */
describe('the sample workspace', () => {
  it('gives back the parameters its customers were drawn from', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lw-recover-')), 'sample.lwb');
    await writeSampleWorkspace({ outPath: path, seed: DEFAULT_SAMPLE_SEED, spec: DEFAULT_SAMPLE_SPEC, pool });
    const db = openWorkspace(path);
    const data = readModelData(db, '2026-09-27', 'week');
    const groupOf = new Map((db.prepare('SELECT customer_id AS id, group_key AS g FROM sample_customer_truth JOIN customers USING (customer_key)').all() as { id: string; g: string }[]).map((r) => [r.id, r.g]));
    db.close();

    const checks: { what: string; inside: boolean }[] = [];
    const means: string[] = [];
    const near = (group: string, what: string, fitted: number, truth: number) => {
      if (Math.abs(fitted / truth - 1) > 0.15) means.push(`${group} ${what}: ${fitted.toFixed(4)} vs ${truth.toFixed(4)}`);
    };
    const check = (group: string, fit: FitResult<string>, truth: Record<string, number>) => {
      for (const [name, value] of Object.entries(truth)) {
        const ci = fit.ci95[name]!;
        checks.push({ what: `${group} ${name} = ${value} in [${ci.lower.toFixed(3)}, ${ci.upper.toFixed(3)}]`, inside: value >= ci.lower && value <= ci.upper });
      }
    };
    for (const g of DEFAULT_SAMPLE_SPEC.groups) {
      const rows: number[] = [];
      data.customerIds.forEach((id, i) => {
        if (groupOf.get(id) === g.key && data.T[i]! > 0) rows.push(i);
      });
      const pick = (a: Float64Array) => Float64Array.from(rows, (i) => a[i]!);
      const purchase = fitBgNbd(compressRfm('week', pick(data.x), pick(data.tx), pick(data.T)));
      const spend = fitGammaGamma(compressSpend(pick(data.x), pick(data.meanRepeatSpend)));
      check(g.key, purchase, { r: g.purchase.r, alpha: g.purchase.alphaWeeks, a: g.purchase.a, b: g.purchase.b });
      check(g.key, spend, g.spend);
      const p = purchase.params;
      const sp = spend.params;
      near(g.key, 'purchase rate r/alpha', p.r / p.alpha, g.purchase.r / g.purchase.alphaWeeks);
      near(g.key, 'dropout a/(a+b)', p.a / (p.a + p.b), g.purchase.a / (g.purchase.a + g.purchase.b));
      near(g.key, 'mean spend', (sp.p * sp.gamma) / (sp.q - 1), (g.spend.p * g.spend.gamma) / (g.spend.q - 1));
    }
    const misses = checks.filter((c) => !c.inside).map((c) => c.what);
    expect(checks).toHaveLength(35);
    expect(misses.length, `outside their 95% intervals: ${misses.join('; ')}`).toBeLessThanOrEqual(4);
    expect(means, 'group means more than 15% off').toEqual([]);
  });
});
