import { describe, expect, it } from 'vitest';
import { basicPlan } from '../../../shared/plan/defaultPlans';
import { demoInput } from '../../../shared/simulation/demoPopulation';
import { DRAWS_PER_TASK, runSimulation } from '../../../shared/simulation/runSimulation';
import { WorkerPool } from '../workers/workerPool';
import { poolHooks } from './poolHooks';

describe('a simulation in the worker pool', () => {
  it('fails with the pool when it closes mid-run, two chunks of draws in flight, and leaves no unhandled rejection', async () => {
    const pool = new WorkerPool(1);
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      let closing: Promise<void> | null = null;
      // The pool closes on the first block's progress: the second chunk's tasks are still queued
      // (refused at once) while the first chunk's are running (refused when their worker stops).
      const run = runSimulation(demoInput(basicPlan(), 40_000, 3, DRAWS_PER_TASK * 2), {
        ...poolHooks(pool, {}),
        onProgress: () => {
          closing ??= pool.close();
        },
      });
      await expect(run).rejects.toThrow(/closed|stopped/);
      await closing;
      // Node reports an unhandled rejection after the turn it happened in.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
      await pool.close();
    }
  }, 60_000);
});
