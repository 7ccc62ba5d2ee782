import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { createBackend, type Backend } from '../backend';
import type { ReadableDB } from '../db/types';
import { valuationWritten } from '../value/keptValuation';

/**
 * The Segments page's runs through the backend: a job whose steps move, and the customers valued
 * once for the value cards and lifecycle panel reused by a segmentation at the same settings
 * (the same segments and figures, to the last digit, with nothing valued again).
 */
const home = mkdtempSync(join(tmpdir(), 'lw-segments-kept-'));
const backend: Backend = createBackend({ host: 'cli', version: '0.0.0-test', homeDir: home, workerThreads: 1, sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 2_000 }, runSampleScenarios: false });
afterAll(() => backend.close());
beforeAll(async () => {
  await backend.call('workspace.openDefault', {});
}, 120_000);

const reader = (): ReadableDB => backend.context.session.require().reader;

function countPoolCalls(): Map<string, number> {
  const calls = new Map<string, number>();
  const pool = backend.context.pool;
  const run = pool.run.bind(pool);
  pool.run = ((method: string, args: never, signal?: AbortSignal) => {
    calls.set(method, (calls.get(method) ?? 0) + 1);
    return run(method as never, args, signal);
  }) as typeof pool.run;
  return calls;
}

describe('segments.run', () => {
  it('reports its steps to the status bar, not "0 of 1"', async () => {
    await backend.call('segments.run', { method: 'rfm' });
    const job = (await backend.call('jobs.list', {})).find((j) => j.label.startsWith('Segmenting customers (rfm)'))!;
    expect(job.state).toBe('done');
    expect(job.unit).toBe('steps');
    expect(job.total).toBeGreaterThan(10);
    expect(job.done).toBe(job.total);
  }, 60_000);

  it('reuses the kept valuation at its settings: the same result, nothing valued again', async () => {
    const first = countPoolCalls();
    const valuedHere = await backend.call('segments.run', { method: 'tiers' });
    expect(first.get('valueCardModels')).toBe(1);

    await backend.call('customers.lifecycle', {});
    await valuationWritten(reader());
    const calls = countPoolCalls();
    const onKept = await backend.call('segments.run', { method: 'tiers' });
    expect(calls.get('valueCardModels')).toBeUndefined();
    expect(calls.get('valueCardChunk')).toBeUndefined();
    expect({ ...onKept, segmentationId: null }).toEqual({ ...valuedHere, segmentationId: null });

    // Another margin is another valuation: valued here.
    const other = countPoolCalls();
    const atMargin = await backend.call('segments.run', { method: 'tiers', value: { horizonMonths: 36, discountRatePerYear: 0.1, margin: 0.5 } });
    expect(other.get('valueCardModels')).toBe(1);
    expect(atMargin.valueModel.margin).toBe(0.5);
  }, 120_000);
});
