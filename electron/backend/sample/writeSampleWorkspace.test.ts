import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_SPEC, type SampleSpec } from '../../../shared/sample/sampleSpec';
import { openWorkspace } from '../db/openWorkspace';
import { readWorkspaceSummary } from '../queries/workspaceSummary';
import { WorkerPool } from '../workers/workerPool';
import { writeSampleWorkspace } from './writeSampleWorkspace';

const dir = mkdtempSync(join(tmpdir(), 'lw-sample-'));
const spec: SampleSpec = { ...DEFAULT_SAMPLE_SPEC, customers: 2500 };
const pools: WorkerPool[] = [];
const pool = (n: number) => {
  const p = new WorkerPool(n);
  pools.push(p);
  return p;
};
afterAll(async () => Promise.all(pools.map((p) => p.close())));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('writeSampleWorkspace', () => {
  it('writes the same file byte for byte for the same seed, on one worker or two', async () => {
    const a = join(dir, 'a.lwb');
    const b = join(dir, 'b.lwb');
    const c = join(dir, 'c.lwb');
    await writeSampleWorkspace({ outPath: a, seed: 5, spec, pool: pool(1) });
    await writeSampleWorkspace({ outPath: b, seed: 5, spec, pool: pool(2) });
    await writeSampleWorkspace({ outPath: c, seed: 6, spec, pool: pool(2) });
    expect(sha(a)).toBe(sha(b));
    expect(sha(a)).not.toBe(sha(c));
  });

  it('holds customers, transactions, attributes of the five kinds and the ground truth', async () => {
    const path = join(dir, 'full.lwb');
    await writeSampleWorkspace({ outPath: path, seed: 7, spec, pool: pool(2) });
    const db = openWorkspace(path);
    try {
      const s = readWorkspaceSummary(db, path);
      expect(s).toMatchObject({ isSample: true, sampleSeed: 7, currencyCode: 'EUR' });
      expect(s.counts.customers).toBe(2500);
      expect(s.counts.transactions).toBeGreaterThan(2500 * 4);
      expect(new Set(s.attributes.map((a) => a.kind))).toEqual(new Set(['commercial', 'financial', 'quality', 'marketing', 'demographic']));
      const truth = db.prepare('SELECT count(*) AS n FROM sample_customer_truth').get() as { n: number };
      expect(truth.n).toBe(2500);
      const orphan = db.prepare('SELECT count(*) AS n FROM transactions WHERE customer_key NOT IN (SELECT customer_key FROM customers)').get() as { n: number };
      expect(orphan.n).toBe(0);
      expect(s.firstTransactionDate! >= '2023-10-02').toBe(true);
      expect(s.lastTransactionDate! < '2026-09-28').toBe(true);
    } finally {
      db.close();
    }
  });

  it('leaves nothing behind when cancelled', async () => {
    const sub = mkdtempSync(join(dir, 'cancel-'));
    const path = join(sub, 'cancelled.lwb');
    const controller = new AbortController();
    const run = writeSampleWorkspace({
      outPath: path,
      seed: 8,
      spec: { ...DEFAULT_SAMPLE_SPEC, customers: 60_000 },
      pool: pool(1),
      job: { signal: controller.signal, setTotal: () => {}, advance: () => controller.abort() },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(sub)).toEqual([]);
  });

  it('refuses to overwrite an existing file', async () => {
    const path = join(dir, 'a.lwb');
    await expect(writeSampleWorkspace({ outPath: path, seed: 5, spec, pool: pool(1) })).rejects.toMatchObject({ code: 'already-exists' });
  });
});
