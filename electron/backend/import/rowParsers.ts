import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { RowBatcher, type FoldedSummary, type FoldOptions, type ParseSpec, type RowBatch } from './rowBatches';
import type { RowSource } from './rowSource';

/**
 * Reads a transactions file into batches of parsed rows for the importer's writer: in a worker
 * thread (reading and parsing then run beside the database writes), or in the writer's own
 * thread (spreadsheets, small files, and where the worker's script is not there).
 */
export interface RowParser {
  /**
   * Reads the whole file, handing over batches in file order. Resolves once the file is read, or
   * early when the signal aborts (the caller checks it); rejects when reading fails or `onBatch`
   * throws.
   */
  read(onBatch: (batch: RowBatch) => void, signal?: AbortSignal): Promise<void>;
  /** The summary folded while reading; null when it was not kept (see RowBatcher.summarise). */
  summarise(calibrationEnd: number | undefined, unit: TimeUnit): Promise<FoldedSummary | null>;
  close(): Promise<void>;
}

/** Rows per batch: large enough that handing one over costs little per row, small enough to stream. */
const BATCH_ROWS = 8192;

export function parseInThread(source: RowSource, spec: ParseSpec, fold: FoldOptions | null): RowParser {
  const batcher = new RowBatcher(spec, fold, BATCH_ROWS);
  return {
    read: async (onBatch, signal) => {
      let bytes = 0;
      await source.read(
        (fields, line) => {
          batcher.add(fields, line);
          if (batcher.full) onBatch(batcher.take(bytes));
        },
        {
          ...(signal ? { signal } : {}),
          onProgress: (b) => {
            bytes = b;
            onBatch(batcher.take(bytes));
          },
          onPlainRecord: (text, from, to) => {
            if (!batcher.addPlain(text, from, to)) return false;
            if (batcher.full) onBatch(batcher.take(bytes));
            return true;
          },
        },
      );
      if (batcher.pending > 0) onBatch(batcher.take(bytes));
    },
    summarise: (calibrationEnd, unit) => Promise.resolve(batcher.summarise(calibrationEnd, unit)),
    close: () => Promise.resolve(),
  };
}

/** What the importer's worker is started with. */
export interface ParseWorkerData {
  path: string;
  spec: ParseSpec;
  fold: FoldOptions | null;
  batchRows: number;
  /** One Int32: batches the worker may send before the writer has taken them (back-pressure). */
  credits: SharedArrayBuffer;
}

export type FromParseWorker =
  | { kind: 'batch'; batch: RowBatch }
  | { kind: 'read' }
  | { kind: 'summary'; summary: FoldedSummary | null }
  | { kind: 'failed'; message: string };

export type ToParseWorker = { kind: 'summarise'; calibrationEnd: number | undefined; unit: TimeUnit };

/**
 * Batches in flight between the worker and the writer. Bounded, so a parser faster than the
 * database does not pile the file up in memory; a few, so the writer never waits on the parser.
 */
const CREDITS = 4;

/**
 * The worker's script: beside this file when running from source under tsx (tests, the command
 * line, browser mode), or as importWorker.js beside the bundle in the built app. Null when it is
 * not there, so the import parses in its own thread.
 */
export function parseWorkerScript(): { file: string; execArgv: string[] } | null {
  const fromSource = join(__dirname, 'importWorker.ts');
  if (__filename.endsWith('.ts') && existsSync(fromSource)) return { file: fromSource, execArgv: ['--require', 'tsx/cjs'] };
  const built = join(__dirname, 'importWorker.js');
  return existsSync(built) ? { file: built, execArgv: [] } : null;
}

export function parseInWorker(script: { file: string; execArgv: string[] }, path: string, spec: ParseSpec, fold: FoldOptions | null): RowParser {
  const credits = new Int32Array(new SharedArrayBuffer(4));
  credits[0] = CREDITS;
  const workerData: ParseWorkerData = { path, spec, fold, batchRows: BATCH_ROWS, credits: credits.buffer as SharedArrayBuffer };
  const worker = new Worker(script.file, { execArgv: script.execArgv, workerData });
  let exited = false;
  worker.once('exit', () => (exited = true));

  /** Listens to the worker until `handle` settles the returned promise (true) or it fails. */
  const listen = <T>(handle: (message: FromParseWorker, settle: (value: T) => void) => void, signal?: AbortSignal, onAbort?: () => T) =>
    new Promise<T>((resolve, reject) => {
      const finish = (fn: () => void) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', aborted);
        fn();
      };
      const onMessage = (message: FromParseWorker) => {
        if (message.kind === 'failed') return finish(() => reject(new Error(message.message)));
        try {
          handle(message, (value) => finish(() => resolve(value)));
        } catch (e) {
          finish(() => reject(e as Error));
        }
      };
      const onError = (e: Error) => finish(() => reject(e));
      const onExit = (code: number) => finish(() => reject(new Error(`The import's parsing worker stopped unexpectedly (exit code ${code}).`)));
      const aborted = () => {
        void worker.terminate();
        finish(() => resolve(onAbort!()));
      };
      if (exited) return reject(new Error("The import's parsing worker has stopped."));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      if (signal && onAbort) {
        if (signal.aborted) return aborted();
        signal.addEventListener('abort', aborted, { once: true });
      }
    });

  return {
    read: (onBatch, signal) =>
      listen<void>(
        (message, settle) => {
          if (message.kind === 'read') return settle();
          if (message.kind !== 'batch') return;
          onBatch(message.batch);
          Atomics.add(credits, 0, 1);
          Atomics.notify(credits, 0);
        },
        signal,
        () => undefined,
      ),
    summarise: (calibrationEnd, unit) => {
      const reply = listen<FoldedSummary | null>((message, settle) => {
        if (message.kind === 'summary') settle(message.summary);
      });
      worker.postMessage({ kind: 'summarise', calibrationEnd, unit } satisfies ToParseWorker);
      return reply;
    },
    close: async () => {
      if (!exited) await worker.terminate();
    },
  };
}
