import { existsSync, renameSync } from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { BackendError } from '../../../shared/contract/errors';
import { chunkRanges, sampleCustomerId, type SampleChunk } from '../../../shared/sample/generateCustomers';
import {
  CATEGORIES,
  CHANNELS,
  SAMPLE_NUMERIC_ATTRIBUTES,
  SAMPLE_TEXT_ATTRIBUTES,
  STORES,
  validateSampleSpec,
  type SampleSpec,
} from '../../../shared/sample/sampleSpec';
import { createWorkspace } from '../db/openWorkspace';
import { lastTransactionDate, storeCustomerSummary } from '../queries/customerSummary';
import { storeTransactionRange } from '../queries/transactionRange';
import { markExamplesToRun } from './exampleRuns';
import { insertSampleScenarios, runSampleScenarios } from './sampleScenarios';
import type { WritableDB } from '../db/types';
import type { JobHandle } from '../jobs/jobRegistry';
import type { WorkerPool } from '../workers/workerPool';
import { removeDatabaseFiles } from '../db/workspaceFile';
import { partialPath, removeStalePartials } from '../workspace/partialFiles';

/** Customers per worker task: small enough for smooth progress, large enough to amortise messages. */
const CHUNK_CUSTOMERS = 1000;
/** Bumped when the generator changes what a seed produces, so a stale sample can be recognised. */
export const SAMPLE_GENERATOR_VERSION = '1';
const SAMPLE_IMPORT_ID = 1;

export interface SampleWriteOptions {
  outPath: string;
  seed: number;
  spec: SampleSpec;
  pool: WorkerPool;
  job?: Pick<JobHandle, 'setTotal' | 'advance'> & { signal?: AbortSignal; setDetail?: (detail: string | null) => void };
  /**
   * Also run the example scenarios before the file is put in place (tests of the file's bytes do
   * not, as runs carry timings). Otherwise they are stored without runs and listed for the app to
   * run in the background once the workspace is open (exampleRuns.ts), so it opens in seconds.
   */
  runExampleScenarios?: { appVersion: string };
}

function writeHeader(db: WritableDB, spec: SampleSpec, seed: number): void {
  db.transaction(() => {
    const meta = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    meta.run('currency', spec.currencyCode);
    meta.run('sample.seed', String(seed));
    meta.run('sample.generator', SAMPLE_GENERATOR_VERSION);
    meta.run('sample.spec', JSON.stringify(spec));
    // The generated data is recorded as import 1, so the data-quality panel can say where it came from.
    db.prepare(
      `INSERT INTO imports(import_id, kind, file_name, file_bytes, imported_at, settings_json, rows_read, rows_imported, dropped_json, customers_added)
       VALUES (${SAMPLE_IMPORT_ID}, 'sample', ?, 0, ?, ?, 0, 0, '[]', 0)`,
    ).run(`Generated sample retailer (seed ${seed})`, spec.startDate, JSON.stringify({ seed, generator: SAMPLE_GENERATOR_VERSION }));
    const attr = db.prepare('INSERT INTO attribute_definitions(name, kind, value_type, label, unit) VALUES (?, ?, ?, ?, ?)');
    for (const a of [...SAMPLE_NUMERIC_ATTRIBUTES, ...SAMPLE_TEXT_ATTRIBUTES]) attr.run(a.name, a.kind, a.valueType, a.label, a.unit);
    const group = db.prepare(
      'INSERT INTO sample_groups(group_key, label, share, r, alpha_weeks, a, b, spend_p, spend_q, spend_gamma) VALUES (?,?,?,?,?,?,?,?,?,?)',
    );
    for (const g of spec.groups) {
      group.run(g.key, g.label, g.share, g.purchase.r, g.purchase.alphaWeeks, g.purchase.a, g.purchase.b, g.spend.p, g.spend.q, g.spend.gamma);
    }
  })();
}

function writeChunk(db: WritableDB, spec: SampleSpec, chunk: SampleChunk): void {
  const insertCustomer = db.prepare('INSERT INTO customers(customer_id) VALUES (?)');
  const insertTruth = db.prepare(
    'INSERT INTO sample_customer_truth(customer_key, group_key, lambda_per_week, dropout_probability, spend_nu, alive_at_end) VALUES (?,?,?,?,?,?)',
  );
  const insertTx = db.prepare(
    `INSERT INTO transactions(customer_key, day_number, amount, margin, quantity, channel, store, category, import_id) VALUES (?,?,?,?,?,?,?,?,${SAMPLE_IMPORT_ID})`,
  );
  const insertNum = db.prepare('INSERT INTO customer_attributes(customer_key, name, value_num) VALUES (?,?,?)');
  const insertText = db.prepare('INSERT INTO customer_attributes(customer_key, name, value_text) VALUES (?,?,?)');
  const nNum = SAMPLE_NUMERIC_ATTRIBUTES.length;
  const nText = SAMPLE_TEXT_ATTRIBUTES.length;
  // The workspace's key of each of the chunk's customers (the chunk's transactions are theirs).
  const keys = new Float64Array(chunk.customerCount);
  const keyOf = (customer: number): number => {
    const key = keys[customer - chunk.firstCustomer];
    if (key === undefined) throw new RangeError(`Sample customer ${customer} is not in the chunk from ${chunk.firstCustomer}.`);
    return key;
  };

  db.transaction(() => {
    for (let k = 0; k < chunk.customerCount; k++) {
      const key = Number(insertCustomer.run(sampleCustomerId(chunk.firstCustomer + k)).lastInsertRowid);
      keys[k] = key;
      insertTruth.run(
        key,
        spec.groups[chunk.group[k]!]!.key,
        chunk.lambdaPerWeek[k],
        chunk.dropoutProbability[k],
        chunk.spendNu[k],
        chunk.aliveAtEnd[k],
      );
      for (let a = 0; a < nNum; a++) insertNum.run(key, SAMPLE_NUMERIC_ATTRIBUTES[a]!.name, chunk.numericAttributes[k * nNum + a]);
      for (let a = 0; a < nText; a++) {
        const def = SAMPLE_TEXT_ATTRIBUTES[a]!;
        insertText.run(key, def.name, def.options[chunk.textAttributes[k * nText + a]!]);
      }
    }
    const t = chunk.tx;
    for (let i = 0; i < t.customer.length; i++) {
      insertTx.run(
        keyOf(t.customer[i]!),
        t.day[i],
        // Cents to currency units: the generator draws whole cents, so this division is exact
        // to the cent and nothing is rounded here.
        t.amountCents[i]! / 100,
        t.marginCents[i]! / 100,
        t.quantity[i],
        CHANNELS[t.channel[i]!],
        STORES[t.store[i]!],
        CATEGORIES[t.category[i]!],
      );
    }
  })();
}

function cancelledSample(): BackendError {
  return new BackendError('cancelled', 'Writing the sample workspace was cancelled; nothing was kept.');
}

/**
 * Generates the sample retailer into a new workspace file. The customers are drawn in the worker
 * pool, chunk by chunk, and written in customer order, so the file is the same byte for byte for
 * the same seed whatever the number of workers. The work goes to a temporary file that replaces
 * the target only when complete: a failed or cancelled run leaves nothing behind.
 */
export async function writeSampleWorkspace(options: SampleWriteOptions): Promise<void> {
  const { outPath, seed, spec, pool, job } = options;
  validateSampleSpec(spec);
  removeStalePartials(outPath);
  if (existsSync(outPath)) {
    throw new BackendError('already-exists', `A file already exists at ${outPath}.`, 'Choose another path, or remove the file first.');
  }
  const tmpPath = partialPath(outPath);
  removeDatabaseFiles(tmpPath);
  const ranges = chunkRanges(spec.customers, CHUNK_CUSTOMERS);
  job?.setTotal(spec.customers);

  let db: WritableDB | null = createWorkspace(tmpPath, spec.currencyCode);
  try {
    writeHeader(db, spec, seed);
    // A window of chunks is in flight, a few more than the pool has threads, so every thread
    // stays busy while memory stays bounded. Writing takes chunks in order, which keeps the
    // file independent of which worker finishes first.
    const window = pool.size + 2;
    const start = (i: number) => {
      const r = ranges[i]!;
      const p = pool.run('generateSampleChunk', [spec, seed, r.first, r.count], job?.signal);
      p.catch(() => undefined); // a failure is taken up when its turn to be written comes
      return p;
    };
    const inFlight = ranges.slice(0, window).map((_, i) => start(i));
    for (let i = 0; i < ranges.length; i++) {
      const chunk = await inFlight[i]!;
      // Back to the event loop between chunks: when the workers are ahead, awaiting their
      // settled results would never leave the microtask queue, and a cancel (Ctrl-C, the
      // status bar's button) or another request would wait for the whole file.
      await yieldToEventLoop();
      if (job?.signal?.aborted) throw cancelledSample();
      if (i + window < ranges.length) inFlight.push(start(i + window));
      writeChunk(db, spec, chunk);
      job?.advance(chunk.customerCount);
    }
    const lastDate = lastTransactionDate(db)!;
    const examples = insertSampleScenarios(db, `${lastDate}T00:00:00.000Z`);
    if (!options.runExampleScenarios) markExamplesToRun(db, examples);
    db.transaction(() => {
      storeCustomerSummary(db!, lastTransactionDate(db!)!, 'week');
      storeTransactionRange(db!);
      const counts = db!.prepare('SELECT (SELECT count(*) FROM transactions) AS tx, (SELECT count(*) FROM customers) AS customers').get() as { tx: number; customers: number };
      db!.prepare('UPDATE imports SET rows_read = ?, rows_imported = ?, customers_added = ? WHERE import_id = ?').run(counts.tx, counts.tx, counts.customers, SAMPLE_IMPORT_ID);
    })();
    if (options.runExampleScenarios) {
      job?.setDetail?.('running the example scenarios');
      await runSampleScenarios(db, pool, options.runExampleScenarios.appVersion, { ...(job?.signal ? { signal: job.signal } : {}) });
    }
    db.pragma('optimize');
    db.close();
    db = null;
    // The last moment a cancel can still be honoured: after the rename the workspace exists.
    if (job?.signal?.aborted) throw cancelledSample();
    renameSync(tmpPath, outPath);
  } catch (e) {
    db?.close();
    removeDatabaseFiles(tmpPath);
    throw e;
  }
}
