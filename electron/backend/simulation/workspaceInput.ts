import { createHash } from 'node:crypto';
import { BackendError } from '../../../shared/contract/errors';
import type { SegmentRequest } from '../../../shared/contract/segmentSchemas';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import { DAYS_PER_UNIT } from '../../../shared/domain/timeUnits';
import { Stream } from '../../../shared/random/stream';
import type { SegmentModel, SpendModel } from '../../../shared/simulation/population';
import { BLOCK_SIZE, type BlockSpec, type RunSegment } from '../../../shared/simulation/runSimulation';
import type { ReadableDB } from '../db/types';
import { lastTransactionDate } from '../queries/customerSummary';
import { loadModelData, modelDataKeys, type ModelData } from '../queries/modelData';
import { segmentLabelsByKey } from '../queries/segmentLabels';
import { readInSnapshot } from '../queries/slicedRead';
import type { WorkerPool } from '../workers/workerPool';

/**
 * The workspace's customers as a simulation sees them: by the current segmentation's segments,
 * each with its fitted BG/NBD (converted to weeks) and the Gamma-Gamma spend model, each
 * customer's history up to the segmentation's calibration end, cut into blocks. Without a
 * segmentation the base is one segment with models fitted here.
 */
export interface WorkspaceBase {
  segments: RunSegment[];
  blocks: BlockSpec[];
  calibrationEnd: string;
  /** A digest of every input read from the workspace, for the run's inputs hash. */
  digest: string;
  warnings: string[];
}

const ALL_CUSTOMERS = 'All customers';

interface SegmentationRow {
  id: number;
  request: SegmentRequest;
  result: SegmentationResult;
}

function currentSegmentationRow(db: ReadableDB): SegmentationRow | null {
  const row = db.prepare('SELECT segmentation_id AS id, request_json AS request, result_json AS result FROM segmentations ORDER BY segmentation_id DESC LIMIT 1').get() as
    | { id: number; request: string; result: string }
    | undefined;
  return row ? { id: row.id, request: JSON.parse(row.request) as SegmentRequest, result: JSON.parse(row.result) as SegmentationResult } : null;
}

/** A BG/NBD fitted in `unit` expressed in weeks: lambda scales by 7/days, so alpha by days/7. */
function toWeeks(params: Record<string, number>, daysPerUnit: number): SegmentModel {
  return { r: params.r!, alpha: params.alpha! * (daysPerUnit / 7), a: params.a!, b: params.b! };
}

/** Picks `k` of `n` indices at random (seeded), in increasing order. */
function sampleIndices(n: number, k: number, seed: number, stream: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = new Stream(seed, stream);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng.next() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, k).sort((a, b) => a - b);
}

/** The event loop's turn, between slices of work on the main thread. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Each customer's segment in the segmentation, aligned with the model data: read by customer
 * key in slices off a snapshot (other requests answered meanwhile), or, for model data read
 * elsewhere (without its keys), by customer id at once.
 */
async function segmentLabelsOf(db: ReadableDB, segmentationId: number, data: ModelData, signal: AbortSignal | undefined): Promise<Int32Array> {
  const keys = modelDataKeys(data);
  if (keys) return readInSnapshot(db, signal, (snapshot) => segmentLabelsByKey(snapshot, segmentationId, keys));
  const index = new Map(data.customerIds.map((id, i) => [id, i]));
  const labels = new Int32Array(data.customerIds.length).fill(-1);
  const memberships = db.prepare('SELECT c.customer_id AS id, s.segment FROM customer_segments s JOIN customers c USING (customer_key) WHERE s.segmentation_id = ?');
  for (const r of memberships.iterate(segmentationId) as Iterable<{ id: string; segment: number }>) {
    const i = index.get(r.id);
    if (i !== undefined) labels[i] = r.segment;
  }
  return labels;
}

export async function readWorkspaceBase(db: ReadableDB, pool: WorkerPool, options: { seed: number; maxCustomers?: number; signal?: AbortSignal }): Promise<WorkspaceBase> {
  const warnings: string[] = [];
  const segmentation = currentSegmentationRow(db);
  const calibrationEnd = segmentation?.result.calibrationEnd ?? lastTransactionDate(db);
  if (!calibrationEnd) throw new BackendError('bad-input', 'The workspace has no transactions to simulate a plan on.', 'Import transactions (or open the sample) first.');
  const data = await loadModelData(db, calibrationEnd, 'week', { signal: options.signal });
  const n = data.customerIds.length;
  if (n === 0) throw new BackendError('bad-input', `No customer bought by ${calibrationEnd}.`, 'Import transactions first.');

  const labels = new Int32Array(n);
  let names: string[];
  let models: SegmentModel[];
  let spend: SpendModel | null;
  if (segmentation) {
    labels.set(await segmentLabelsOf(db, segmentation.id, data, options.signal));
    const segments = [...segmentation.result.segments].sort((a, b) => a.segment - b.segment);
    const position = new Map(segments.map((s, i) => [s.segment, i]));
    let unlabelled = 0;
    for (let i = 0; i < n; i++) {
      const p = position.get(labels[i]!);
      if (p === undefined) unlabelled++;
      labels[i] = p ?? -1;
    }
    if (unlabelled > 0) warnings.push(`${unlabelled} customers are not in the current segmentation (they arrived after it was made) and are left out; segment again to include them.`);
    names = segments.map((s) => s.name);
    // Every customer is drawn from the model fitted on all customers, updated by the customer's
    // own history. Models fitted per segment are not used: segments made by value select on the
    // very outcome the model describes (a "top" segment holds those who look alive), so their
    // fits say nobody ever lapses.
    const pooled = toWeeks(segmentation.result.valueModel.purchase, DAYS_PER_UNIT[segmentation.request.unit]);
    models = segments.map(() => pooled);
    spend = segmentation.result.valueModel.spend as SpendModel | null;
  } else {
    warnings.push('The customers are not segmented yet, so the plan runs on them as one segment ("All customers"); segment them on the Segments page to see results by segment.');
    names = [ALL_CUSTOMERS];
    const fit = await pool.run('fitModel', ['bgnbd', 'week', data.x, data.tx, data.T, data.meanRepeatSpend], options.signal);
    models = [toWeeks(fit.params as Record<string, number>, 7)];
    spend = null;
    if (data.x.some((x) => x > 0)) {
      const gg = await pool.run('fitModel', ['gg', 'week', data.x, data.tx, data.T, data.meanRepeatSpend], options.signal);
      spend = gg.params as unknown as SpendModel;
    }
  }
  if (!spend || !(spend.q > 1)) {
    // Without repeat buyers there is nothing to fit a spend model on: baskets keep each
    // customer's own average, with a moderate spread around it.
    let total = 0;
    for (let i = 0; i < n; i++) total += data.totalSpend[i]! / (data.x[i]! + 1);
    const mean = total / n;
    spend = { p: 4, q: 5, gamma: mean }; // mean basket p x gamma / (q - 1) = mean
    warnings.push('No spend model could be fitted (too few repeat purchases); baskets are drawn around the customers’ average purchase.');
  }

  // Stratified sample: each segment keeps its share of the sample, and each simulated customer
  // stands for base/sampled customers of its segment.
  const bySegment: number[][] = names.map(() => []);
  for (let i = 0; i < n; i++) if (labels[i]! >= 0) bySegment[labels[i]!]!.push(i);
  const inBase = bySegment.reduce((a, s) => a + s.length, 0);
  const cap = options.maxCustomers;
  const chosen = bySegment.map((rows, s) => {
    if (!cap || cap >= inBase) return rows;
    const k = Math.min(rows.length, Math.max(Math.min(rows.length, 50), Math.round((cap * rows.length) / inBase)));
    return sampleIndices(rows.length, k, options.seed, 0x5a3b1e + s).map((j) => rows[j]!);
  });
  if (cap && cap < inBase) warnings.push(`Simulated a stratified sample of ${chosen.reduce((a, c) => a + c.length, 0).toLocaleString('en')} of ${inBase.toLocaleString('en')} customers; figures are scaled up segment by segment.`);
  const order = chosen.flat().sort((a, b) => a - b);

  // Each segment's purchase rates as one Gamma, matched to the mean and variance of its
  // customers' posterior rates: what self-selection and the heavy-buyer scale are measured against.
  const rateMoments = names.map((_, s) => {
    const m = models[s]!;
    let mean = 0;
    let second = 0;
    for (const i of bySegment[s]!) {
      const shape = m.r + data.x[i]!;
      const rate = m.alpha + data.T[i]!;
      mean += shape / rate;
      second += (shape * (shape + 1)) / (rate * rate);
    }
    const n = Math.max(1, bySegment[s]!.length);
    mean /= n;
    const variance = Math.max(1e-12, second / n - mean * mean);
    return mean > 0 ? { r: (mean * mean) / variance, alphaWeeks: mean / variance } : { r: m.r, alphaWeeks: m.alpha };
  });
  const segments: RunSegment[] = names.map((name, s) => ({
    name,
    r: rateMoments[s]!.r,
    alphaWeeks: rateMoments[s]!.alphaWeeks,
    baseCustomers: bySegment[s]!.length,
    simulatedCustomers: chosen[s]!.length,
  }));
  // Blocks of about a 32nd of the customers (between 1,024 and BLOCK_SIZE): enough blocks to keep
  // every worker busy and to estimate the sampling error from their spread. The size depends on
  // the inputs only, never on the number of workers.
  const blockSize = Math.min(BLOCK_SIZE, Math.max(1024, Math.ceil(order.length / 32)));
  const blocks: BlockSpec[] = [];
  for (let first = 0; first < order.length; first += blockSize) {
    const rows = order.slice(first, first + blockSize);
    const pick = (a: Float64Array): Float64Array => Float64Array.from(rows, (i) => a[i]!);
    blocks.push({
      kind: 'history',
      first,
      models,
      spend,
      histories: { segment: Int32Array.from(rows, (i) => labels[i]!), x: pick(data.x), tx: pick(data.tx), T: pick(data.T), meanRepeatSpend: pick(data.meanRepeatSpend) },
    });
  }

  const hash = createHash('sha256');
  hash.update(JSON.stringify({ calibrationEnd, names, models, spend, segmentation: segmentation?.id ?? null }));
  for (const b of blocks) {
    if (b.kind !== 'history') continue;
    for (const a of [b.histories.segment, b.histories.x, b.histories.tx, b.histories.T, b.histories.meanRepeatSpend]) hash.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    // A million customers' histories are some 36 MB to hash: a block at a time, other requests between.
    await nextTurn();
  }
  return { segments, blocks, calibrationEnd, digest: hash.digest('hex'), warnings };
}
