import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter';
import { BackendError } from '../../../shared/contract/errors';
import { raiseInliningBudget } from './v8Flags';
import type { ModelApi, ModelMethod } from './modelApi';

type Result<M extends ModelMethod> = Awaited<ReturnType<ModelApi[M]>>;

interface Slot {
  worker: Worker;
  remote: Remote<ModelApi>;
  /** The tasks sent to this worker and not yet settled, each with a way to take it back. */
  inFlight: Set<Running>;
}

interface Running {
  task: Task;
  /** Detaches the task from this worker unsettled (the worker is being stopped for another task). */
  withdraw: () => void;
}

/**
 * Tasks a worker may hold at once while more wait than there are workers: the next one is then
 * already in the worker's inbox when it finishes one, instead of a round trip through the main
 * thread later (which, with every core busy in the workers, waits for a time slice; a
 * simulation's dozens of blocks lost some 2 ms each).
 */
const PIPELINE_DEPTH = 2;

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
    // Before any worker compiles the engine (see v8Flags.ts).
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

  /** Tasks waiting in the queue, and sent to workers and not yet settled (for tests and diagnostics). */
  pending(): { queued: number; inFlight: number } {
    return { queued: this.queue.length, inFlight: this.slots.reduce((n, s) => n + (s?.inFlight.size ?? 0), 0) };
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
    return { worker, remote: wrap<ModelApi>(nodeEndpoint(worker)), inFlight: new Set() };
  }

  /**
   * Gives waiting tasks to workers: first one to every idle worker (starting it if need be), then,
   * while more tasks wait than there are workers, a second to each (see PIPELINE_DEPTH). The
   * last few tasks of a job thus go to whichever worker frees up first.
   */
  private dispatch(): void {
    // A signal's abort reaches the queued tasks' listeners after a running task's, which may
    // dispatch: those must not start.
    for (const task of this.queue.filter((t) => t.signal?.aborted)) this.abortQueued(task);
    for (let depth = 0; depth < PIPELINE_DEPTH; depth++) {
      for (let i = 0; i < this.slots.length && this.queue.length > 0; i++) {
        if (depth > 0 && this.queue.length <= this.slots.length) return;
        let slot = this.slots[i];
        if (slot && slot.inFlight.size > depth) continue;
        if (!slot) {
          slot = this.spawn();
          this.slots[i] = slot;
        }
        this.execute(i, slot, this.queue.shift()!);
      }
    }
  }

  private execute(index: number, slot: Slot, task: Task): void {
    task.signal?.removeEventListener('abort', task.onQueuedAbort);
    let settled = false;
    const detach = () => {
      settled = true;
      slot.inFlight.delete(running);
      task.signal?.removeEventListener('abort', onAbort);
      slot.worker.off('exit', onExit);
    };
    const finish = (fn: () => void) => {
      if (settled) return;
      detach();
      fn();
      this.dispatch();
    };
    const onAbort = () => {
      // Stop the computation now; the slot gets a fresh worker on the next dispatch. Another
      // task waiting in the same worker goes back to the front of the queue, untouched.
      if (this.slots[index] === slot) this.slots[index] = null;
      for (const other of [...slot.inFlight]) if (other !== running) other.withdraw();
      void slot.worker.terminate();
      finish(() => task.reject(cancelledError()));
    };
    const onExit = (code: number) => {
      if (this.slots[index] === slot) this.slots[index] = null;
      finish(() => task.reject(new Error(`A model worker stopped unexpectedly (exit code ${code}).`)));
    };
    const running: Running = {
      task,
      withdraw: () => {
        if (settled) return;
        detach();
        // Aborted by the same signal (whose other listeners this one may be running before).
        if (task.signal?.aborted) {
          task.reject(cancelledError());
          return;
        }
        this.queue.unshift(task);
        task.signal?.addEventListener('abort', task.onQueuedAbort, { once: true });
      },
    };
    slot.inFlight.add(running);
    task.signal?.addEventListener('abort', onAbort, { once: true });
    slot.worker.once('exit', onExit);
    task.run(slot).then(
      (value) => finish(() => task.resolve(value)),
      (error: unknown) => finish(() => task.reject(error)),
    );
  }
}
