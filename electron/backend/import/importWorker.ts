import { parentPort, workerData } from 'node:worker_threads';
import { RowBatcher, type RowBatch } from './rowBatches';
import type { FromParseWorker, ParseWorkerData, ToParseWorker } from './rowParsers';
import { readTextRecords, skippingHeader } from './textRecords';

/**
 * The import's parsing worker: reads and parses a transactions file and sends the rows to the
 * writer in batches, keeping at most a few in flight; then, on request, the customer summary it
 * folded from them. See parseInWorker.
 */
if (!parentPort) throw new Error('importWorker must run in a worker thread.');
const port = parentPort;
const data = workerData as ParseWorkerData;
const credits = new Int32Array(data.credits);
const batcher = new RowBatcher(data.spec, data.fold, data.batchRows);

function send(batch: RowBatch): void {
  // Blocks this thread (never the writer's) until the writer has taken an earlier batch.
  for (;;) {
    const available = Atomics.load(credits, 0);
    if (available > 0) {
      Atomics.sub(credits, 0, 1);
      break;
    }
    Atomics.wait(credits, 0, available);
  }
  const message: FromParseWorker = { kind: 'batch', batch };
  // The batch's typed arrays are its own (RowBatcher.take), so they move rather than copy.
  const texts = Object.values(batch.texts).map((t) => t.codes.buffer as ArrayBuffer);
  port.postMessage(message, [batch.customers.buffer as ArrayBuffer, batch.days.buffer as ArrayBuffer, batch.amounts.buffer as ArrayBuffer, ...texts]);
}

async function main(): Promise<void> {
  let bytes = 0;
  const { read } = data.spec;
  // Text files only (spreadsheets are parsed in the importing thread): reading them directly
  // rather than through openRowSource keeps the spreadsheet library out of this thread's start-up.
  await readTextRecords(
    data.path,
    {
      encoding: read.encoding,
      delimiter: read.delimiter,
      onProgress: (b) => {
        bytes = b;
        send(batcher.take(bytes));
      },
      onPlainRecord: (text, from, to) => {
        if (!batcher.addPlain(text, from, to)) return false;
        if (batcher.full) send(batcher.take(bytes));
        return true;
      },
    },
    skippingHeader(read.hasHeader, (fields, line) => {
      batcher.add(fields, line);
      if (batcher.full) send(batcher.take(bytes));
    }),
  );
  if (batcher.pending > 0) send(batcher.take(bytes));
  port.postMessage({ kind: 'read' } satisfies FromParseWorker);
}

port.on('message', (message: ToParseWorker) => {
  if (message.kind !== 'summarise') return;
  const summary = batcher.summarise(message.calibrationEnd, message.unit);
  const buffers = summary ? Object.values(summary).flatMap((v: unknown) => (ArrayBuffer.isView(v) ? [v.buffer] : [])) : [];
  port.postMessage({ kind: 'summary', summary } satisfies FromParseWorker, buffers as ArrayBuffer[]);
});

main().catch((e: unknown) => port.postMessage({ kind: 'failed', message: e instanceof Error ? e.message : String(e) } satisfies FromParseWorker));
