import { parentPort, workerData } from 'node:worker_threads';
import { BackendError } from '../../../shared/contract/errors';
import { openWorkspaceConnection } from '../db/openWorkspace';
import { storageFailure } from '../db/storageFailures';
import { importAttributes } from './importAttributes';
import type { FromImportWorker, ImportWorkerData } from './importInWorker';
import { importTransactions, type ImportHooks } from './importTransactions';

/**
 * The import's thread (see runImport): opens its own connection to the workspace, runs the
 * import there and reports its progress and its end.
 */
if (!parentPort) throw new Error('importJobWorker must run in a worker thread.');
const port = parentPort;
const data = workerData as ImportWorkerData;
const cancel = new Int32Array(data.cancel);
const controller = new AbortController();
const post = (m: FromImportWorker) => port.postMessage(m);

// The cancel arrives both as a message (seen when this thread is idle) and as a shared flag,
// read between batches and before the commit, when it is not.
port.on('message', () => controller.abort());
const hooks: ImportHooks = {
  signal: controller.signal,
  pollCancel: () => {
    if (Atomics.load(cancel, 0) === 1 && !controller.signal.aborted) controller.abort();
  },
  setTotal: (n) => post({ kind: 'total', n }),
  advance: (n) => post({ kind: 'advance', n }),
  setDetail: (detail) => post({ kind: 'detail', detail }),
};

async function main(): Promise<void> {
  const db = openWorkspaceConnection(data.workspacePath);
  try {
    const { work } = data;
    const report = work.kind === 'transactions' ? await importTransactions(db, work.spec, work.summary, hooks) : await importAttributes(db, work.spec, hooks);
    post({ kind: 'done', report });
  } finally {
    db.close();
  }
}

main().catch((e: unknown) => {
  const known = e instanceof BackendError ? e : storageFailure(e, data.workspacePath);
  post({ kind: 'failed', error: known ? known.toShape() : null, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
});
