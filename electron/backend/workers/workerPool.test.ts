import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { generateSampleChunk } from '../../../shared/sample/generateCustomers';
import { WorkerPool } from './workerPool';

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('WorkerPool', () => {
  it('runs the modeling core in worker threads with the same result as in-process', async () => {
    pool = new WorkerPool(2);
    const [a, b] = await Promise.all([
      pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 9, 0, 200]),
      pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 9, 200, 200]),
    ]);
    const local = generateSampleChunk(DEFAULT_SAMPLE_SPEC, 9, 0, 400);
    expect([...a.tx.amountCents, ...b.tx.amountCents]).toEqual(Array.from(local.tx.amountCents));
    expect(a.tx.amountCents).toBeInstanceOf(Int32Array);
  });

  it('warms every worker up with a small simulation of its own', async () => {
    pool = new WorkerPool(2);
    const ready = await pool.warmUp();
    expect(new Set(ready.map((r) => r.threadId)).size).toBe(2);
    for (const r of ready) expect(r.customers).toBeGreaterThan(0);
  });

  it('cancels a running task at once and keeps working afterwards', async () => {
    pool = new WorkerPool(1);
    const controller = new AbortController();
    const big = pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 1, 0, 2_000_000], controller.signal);
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    await expect(big).rejects.toMatchObject({ code: 'cancelled' });
    expect(Date.now() - started).toBeLessThan(5_000);
    const after = await pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 1, 0, 10]);
    expect(after.customerCount).toBe(10);
  });

  it('cancels queued tasks without running them', async () => {
    pool = new WorkerPool(1);
    const controller = new AbortController();
    const first = pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 1, 0, 50]);
    const queued = pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 1, 50, 50], controller.signal);
    controller.abort();
    await expect(queued).rejects.toMatchObject({ code: 'cancelled' });
    expect((await first).customerCount).toBe(50);
  });

  it('reports a failure inside the worker as a rejected task', async () => {
    pool = new WorkerPool(1);
    const bad = { ...DEFAULT_SAMPLE_SPEC, startDate: 'not a date' };
    await expect(pool.run('generateSampleChunk', [bad, 1, 0, 5])).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('sends a worker a second task only while more wait than there are workers, and takes it back unharmed when the first is cancelled', async () => {
    pool = new WorkerPool(1);
    const controller = new AbortController();
    const big = pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 1, 0, 2_000_000], controller.signal);
    const second = pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 1, 0, 40]);
    // One waiting for one worker: it stays in the queue, for whichever worker frees up first.
    expect(pool.pending()).toEqual({ queued: 1, inFlight: 1 });
    const third = pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 1, 40, 40]);
    expect(pool.pending()).toEqual({ queued: 1, inFlight: 2 });
    controller.abort();
    await expect(big).rejects.toMatchObject({ code: 'cancelled' });
    // The task that waited in the stopped worker runs again elsewhere, with the same result.
    const [a, b] = await Promise.all([second, third]);
    const local = generateSampleChunk(DEFAULT_SAMPLE_SPEC, 1, 0, 80);
    expect([...a.tx.amountCents, ...b.tx.amountCents]).toEqual(Array.from(local.tx.amountCents));
    expect(pool.pending()).toEqual({ queued: 0, inFlight: 0 });
  });

  it('cancels every task of a signal, in a worker or waiting, and keeps working afterwards', async () => {
    pool = new WorkerPool(1);
    const controller = new AbortController();
    const tasks = [0, 1, 2].map((k) => pool!.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 1, k * 1_000_000, 1_000_000], controller.signal));
    expect(pool.pending()).toEqual({ queued: 1, inFlight: 2 });
    controller.abort();
    for (const t of tasks) await expect(t).rejects.toMatchObject({ code: 'cancelled' });
    expect(pool.pending()).toEqual({ queued: 0, inFlight: 0 });
    expect((await pool.run('generateSampleChunk', [DEFAULT_SAMPLE_SPEC, 1, 0, 10])).customerCount).toBe(10);
  });
});
