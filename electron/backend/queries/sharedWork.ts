import { cancelledError } from '../workers/workerPool';

interface Running {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers waiting that can still cancel; the work stops when the last of them does. */
  cancellable: number;
  /** Callers waiting that cannot cancel (no signal): the work then runs to its end. */
  committed: number;
}

/**
 * Work done once for everyone who asks for it while it runs: callers asking under the same name
 * wait for the same work instead of starting it again. Each caller may cancel through its own
 * signal, which rejects that caller at once; the work itself stops only when every caller
 * waiting for it has cancelled (one caller's cancel must not fail another's request).
 */
export class SharedWork {
  private readonly running = new Map<string, Running>();

  run<T>(name: string, work: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(cancelledError());
    let entry = this.running.get(name);
    if (!entry) {
      const controller = new AbortController();
      const started: Running = { promise: Promise.resolve(), controller, cancellable: 0, committed: 0 };
      started.promise = work(controller.signal).finally(() => {
        if (this.running.get(name) === started) this.running.delete(name);
      });
      this.running.set(name, started);
      entry = started;
    }
    const joined = entry;
    const promise = joined.promise as Promise<T>;
    if (!signal) {
      joined.committed++;
      return promise;
    }
    joined.cancellable++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        joined.cancellable--;
        if (joined.cancellable === 0 && joined.committed === 0) {
          joined.controller.abort();
          // A later caller starts afresh rather than joining work that is stopping.
          if (this.running.get(name) === joined) this.running.delete(name);
        }
        reject(cancelledError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }
}
