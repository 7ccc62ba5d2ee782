import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter';
import { BackendError } from '../../../shared/contract/errors';
import { raiseInliningBudget } from './inliningBudget';
import type { ModelApi, ModelMethod } from './modelApi';

type Result<M extends ModelMethod> = Awaited<ReturnType<ModelApi[M]>>;

interface Slot {
  worker: Worker;
  remote: Remote<ModelApi>;
  busy: boolean;
}

interface Task {
  run: (slot: Slot) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  /** Listener that drops the task while it waits in the queue; removed once it runs. */
  onQueuedAbort: () => void;
}

/**
 * Where the worker script is: beside this file when running from source under tsx (tests, the
 * command line, browser mode), or as out/main/modelWorker.js in the built desktop app.
 */
function workerScript(): { file: string; execArgv: string[] } {
  const fromSource = join(__dirname, 'modelWorker.ts');
  if (__filename.endsWith('.ts') && existsSync(fromSource)) {
    return { file: fromSource, execArgv: ['--require', 'tsx/cjs'] };
  }
  return { file: join(__dirname, 'modelWorker.js'), execArgv: [] };
}

export const cancelledError = () => new BackendError('cancelled', 'The job was cancelled; nothing it started was kept.');

/** The default size: every core but one for the UI and the database, and at least one. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism() - 1));
}

/**
 * A fixed number of worker threads, each running the modeling core behind comlink. Tasks queue
 * until a worker is free. Cancelling a running task terminates its worker (the only way to stop
 * a tight numeric loop at once) and a fresh one takes its place on the next task.
 */
export class WorkerPool {
  private readonly slots: (Slot | null)[];
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(readonly size: number = defaultWorkerCount()) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`A worker pool needs at least one thread (got ${size}).`);
    this.slots = new Array<Slot | null>(size).fill(null);
    // Before any worker compiles the engine (see inliningBudget.ts).
    raiseInliningBudget();
  }

  run<M extends ModelMethod>(method: M, args: Parameters<ModelApi[M]>, signal?: AbortSignal): Promise<Result<M>> {
    if (this.closed) return Promise.reject(new Error('The worker pool is closed.'));
    if (signal?.aborted) return Promise.reject(cancelledError());
    return new Promise<Result<M>>((resolve, reject) => {
      const task: Task = {
        run: (slot) => (slot.remote[method] as (...a: unknown[]) => Promise<unknown>)(...args),
        resolve: resolve as (v: unknown) => void,
        reject,
        signal,
        onQueuedAbort: () => this.abortQueued(task),
      };
      this.queue.push(task);
      signal?.addEventListener('abort', task.onQueuedAbort, { once: true });
      this.dispatch();
    });
  }

  /**
   * Starts every worker and has each compile the simulation engine (a small run of its own), so
   * the first real run goes at full speed. Resolves when all are ready; optional, as tasks start
   * workers on demand. Returns what each worker reported (its thread and the customers it ran).
   */
  warmUp(): Promise<{ threadId: number; customers: number }[]> {
    return Promise.all(Array.from({ length: this.size }, () => this.run('warmUp', [])));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('The worker pool was closed.'));
    await Promise.all(this.slots.map((s) => s?.worker.terminate()));
    this.slots.fill(null);
  }

  private abortQueued(task: Task): void {
    const i = this.queue.indexOf(task);
    if (i >= 0) {
      this.queue.splice(i, 1);
      task.reject(cancelledError());
    }
  }

  private spawn(): Slot {
    const { file, execArgv } = workerScript();
    const worker = new Worker(file, { execArgv });
    worker.unref();
    return { worker, remote: wrap<ModelApi>(nodeEndpoint(worker)), busy: false };
  }

  private dispatch(): void {
    for (let i = 0; i < this.slots.length && this.queue.length > 0; i++) {
      let slot = this.slots[i];
      if (slot?.busy) continue;
      if (!slot) {
        slot = this.spawn();
        this.slots[i] = slot;
      }
      const task = this.queue.shift()!;
      this.execute(i, slot, task);
    }
  }

  private execute(index: number, slot: Slot, task: Task): void {
    slot.busy = true;
    task.signal?.removeEventListener('abort', task.onQueuedAbort);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      task.signal?.removeEventListener('abort', onAbort);
      fn();
      this.dispatch();
    };
    const onAbort = () => {
      // Stop the computation now; the slot gets a fresh worker on the next dispatch.
      this.slots[index] = null;
      void slot.worker.terminate();
      finish(() => task.reject(cancelledError()));
    };
    const onExit = (code: number) => {
      if (this.slots[index] === slot) this.slots[index] = null;
      finish(() => task.reject(new Error(`A model worker stopped unexpectedly (exit code ${code}).`)));
    };
    task.signal?.addEventListener('abort', onAbort, { once: true });
    slot.worker.once('exit', onExit);
    task.run(slot).then(
      (value) => {
        slot.worker.off('exit', onExit);
        slot.busy = false;
        finish(() => task.resolve(value));
      },
      (error: unknown) => {
        slot.worker.off('exit', onExit);
        slot.busy = false;
        finish(() => task.reject(error));
      },
    );
  }
}
