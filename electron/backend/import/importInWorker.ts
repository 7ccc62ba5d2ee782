import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BackendError, isErrorShape, type ErrorShape } from '../../../shared/contract/errors';
import type { AttributeImport, TransactionImport } from '../../../shared/contract/importSchemas';
import type { ImportReport } from '../../../shared/domain/imports';
import type { WritableDB } from '../db/types';
import { importAttributes } from './importAttributes';
import { importTransactions, type ImportHooks, type SummaryOptions } from './importTransactions';

/**
 * An import runs in a thread of its own, with its own connection to the workspace, so that the
 * thread that answers the app (and a Ctrl-C on the command line) is never held by it: reading,
 * parsing, writing, building the indexes and the customer summary all happen there. The
 * workspace stays consistent as before: the import is one transaction on that connection.
 */

export type ImportWork = { kind: 'transactions'; spec: TransactionImport; summary: SummaryOptions } | { kind: 'attributes'; spec: AttributeImport };

export interface ImportWorkerData {
  workspacePath: string;
  work: ImportWork;
  /** One Int32 set to 1 by a cancel: read by the import between its steps, even while its thread is too busy for messages. */
  cancel: SharedArrayBuffer;
}

export type FromImportWorker =
  | { kind: 'total'; n: number }
  | { kind: 'advance'; n: number }
  | { kind: 'detail'; detail: string | null }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; error: ErrorShape | null; message: string };

/** The import thread's script beside this file (from source under tsx, or built as importJobWorker.js); null when absent. */
export function importWorkerScript(): { file: string; execArgv: string[] } | null {
  const fromSource = join(__dirname, 'importJobWorker.ts');
  if (__filename.endsWith('.ts') && existsSync(fromSource)) return { file: fromSource, execArgv: ['--require', 'tsx/cjs'] };
  const built = join(__dirname, 'importJobWorker.js');
  return existsSync(built) ? { file: built, execArgv: [] } : null;
}

/** Runs the import here, on `db`: where the thread's script is not there. */
function importHere(db: WritableDB, work: ImportWork, hooks: ImportHooks): Promise<ImportReport> {
  return work.kind === 'transactions' ? importTransactions(db, work.spec, work.summary, hooks) : importAttributes(db, work.spec, hooks);
}

/**
 * Imports into the workspace at `workspacePath` (open here as `db`, which waits idle meanwhile)
 * in the import thread; settles with its report or its error, as importTransactions does.
 */
export function runImport(workspacePath: string, db: WritableDB, work: ImportWork, hooks: ImportHooks = {}): Promise<ImportReport> {
  const script = importWorkerScript();
  if (!script) return importHere(db, work, hooks);
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const workerData: ImportWorkerData = { workspacePath, work, cancel: cancel.buffer as SharedArrayBuffer };
  return new Promise<ImportReport>((resolve, reject) => {
    const worker = new Worker(script.file, { execArgv: script.execArgv, workerData });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      hooks.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => {
      Atomics.store(cancel, 0, 1);
      worker.postMessage('cancel');
    };
    if (hooks.signal?.aborted) onAbort();
    else hooks.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: FromImportWorker) => {
      switch (m.kind) {
        case 'total':
          return hooks.setTotal?.(m.n);
        case 'advance':
          return hooks.advance?.(m.n);
        case 'detail':
          return hooks.setDetail?.(m.detail);
        case 'done':
          return settle(() => resolve(m.report));
        case 'failed':
          return settle(() => reject(m.error && isErrorShape(m.error) ? BackendError.fromShape(m.error) : new Error(m.message)));
      }
    });
    worker.on('error', (e) => settle(() => reject(e)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The import's thread stopped unexpectedly (exit code ${code}); nothing was imported.`))));
  });
}
