import { setMaxListeners } from 'node:events';
import type { RunHooks } from '../../../shared/simulation/runSimulation';
import { cancelledError, type WorkerPool } from '../workers/workerPool';

export interface Progress {
  signal?: AbortSignal;
  setTotal?(total: number): void;
  advance?(units: number): void;
}

/**
 * Runs a simulation's blocks in the worker pool. Every block is queued at once; the pool hands
 * them to free workers, and cancelling terminates the running ones (a tight loop has no other
 * way to stop), so a cancel takes effect within a block's time, well under a second.
 */
export function poolHooks(pool: WorkerPool, progress: Progress): RunHooks {
  // Each queued block listens for the job's cancel: dozens at once is by design, not a leak.
  if (progress.signal) setMaxListeners(0, progress.signal);
  let last = 0;
  return {
    runBlock: (paramsByDraw, block, seed) => pool.run('simulateBlock', [paramsByDraw, block, seed], progress.signal),
    onProgress: (done, total) => {
      if (last === 0) progress.setTotal?.(total);
      progress.advance?.(done - last);
      last = done;
    },
    checkCancelled: () => {
      if (progress.signal?.aborted) throw cancelledError();
    },
  };
}
