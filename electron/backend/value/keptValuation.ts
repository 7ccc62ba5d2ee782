import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { BackendError } from '../../../shared/contract/errors';
import { DEFAULT_VALUE_SETTINGS } from '../../../shared/contract/segmentSchemas';
import { DAYS_PER_UNIT, type TimeUnit } from '../../../shared/domain/timeUnits';
import { isFitFailure } from '../../../shared/models/fitResult';
import { assignLifecycleStages, LIFECYCLE_STAGE_LABELS, LIFECYCLE_STAGES, type LifecycleRules, type LifecycleStageCount } from '../../../shared/segments/lifecycle';
import type { StrategicScoreSettings } from '../../../shared/value/strategicScore';
import type { ReadableDB, WritableDB } from '../db/types';
import type { JobHandle, JobRegistry } from '../jobs/jobRegistry';
import type { ValueSettings } from '../models/valueCustomers';
import { lastTransactionDate } from '../queries/customerSummary';
import { loadModelData, modelDataKeys, type ModelData } from '../queries/modelData';
import { SharedWork } from '../queries/sharedWork';
import { readInSnapshot, type SlicedRead } from '../queries/slicedRead';
import { indexOfKey, readStrategicColumns } from '../queries/strategicInputs';
import { writeWithoutWaiting } from '../queries/writeWithoutWaiting';
import { readLifecycleRules, readScoreSettings } from '../queries/userSettingsInWorkspace';
import { readMeta } from '../queries/workspaceSummary';
import { DEFAULT_MARGIN, workspaceMargin } from '../queries/workspaceMargin';
import { canonicalJson } from '../simulation/planStore';
import { workspaceInputHashes } from '../simulation/runInputs';
import type { WorkerPool } from '../workers/workerPool';
import type { OpenedWorkspace, WorkspaceSession } from '../workspace/workspaceSession';
import type { CardModels, CardValueColumns } from './cardValuation';
import {
  readCustomerFigures,
  readStoredColumns,
  readStoredValuation,
  rewriteValuationSteps,
  writeValuationSteps,
  type CustomerFigures,
  type Valuation,
  type ValuationBasis,
  type ValuationLifecycle,
  type ValuationScores,
} from './valuationStore';

/**
 * The valuation of the whole customer base behind the value card and the Segments page's
 * lifecycle panel: made once for what it is of (the customers and transactions, the summary's
 * calibration end and unit, the model and value settings), then kept — in memory for the open
 * workspace and in the workspace itself (valuationStore.ts), so it survives a restart — and
 * reused until any of that changes. A value card reads one customer's kept figures and the kept
 * models; it never refits nor values the base on a click. The first need after an import values
 * the base as a job (progress, cancel) in the worker pool; callers meanwhile wait for that one.
 *
 * Its scores (which also depend on the score weights and the CRM attributes) and its lifecycle
 * stages (on the lifecycle rules) are redone alone when only those change.
 *
 * The figures are number for number those of models/valueCustomers.ts (see cardValuation.ts),
 * which the card and the panel computed on every request before.
 */

/** Bumped when how customers are valued changes, so that valuations kept by an older version are made again. */
const VALUATION_VERSION = 1;

/** Customers valued by one task of the worker pool. */
const CHUNK = 8_192;
/** Customers given a lifecycle stage per slice on this thread. */
const STAGE_SLICE = 32_768;

export interface ValuationContext {
  session: WorkspaceSession;
  jobs: JobRegistry;
  pool: WorkerPool;
}

/** What the workspace's valuation would be of now: a few indexed look-ups and small rows. */
export interface CurrentBasis {
  basis: ValuationBasis;
  basisHash: string;
  scoreSettings: StrategicScoreSettings;
  scoreHash: string;
  rules: LifecycleRules;
  lifecycleHash: string;
}

const hashOf = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32);

export function currentBasis(db: ReadableDB): CurrentBasis {
  const calibrationEnd = readMeta(db, 'summary.calibrationEnd') ?? lastTransactionDate(db);
  if (!calibrationEnd) throw new BackendError('bad-input', 'The workspace has no transactions yet.', 'Import transactions first.');
  const unit = (readMeta(db, 'summary.unit') as TimeUnit | null) ?? 'week';
  const hashes = workspaceInputHashes(db);
  const basis: ValuationBasis = {
    version: VALUATION_VERSION,
    inputs: { customers: hashes.customers, transactions: hashes.transactions },
    calibrationEnd,
    unit,
    model: 'bgnbd',
    horizonMonths: DEFAULT_VALUE_SETTINGS.horizonMonths,
    discountRatePerYear: DEFAULT_VALUE_SETTINGS.discountRatePerYear,
    margin: 'workspace',
  };
  const basisHash = hashOf(basis);
  const scoreSettings = readScoreSettings(db);
  const rules = readLifecycleRules(db);
  return {
    basis,
    basisHash,
    scoreSettings,
    // The scores depend on the values (so on the basis), the weights and the attributes.
    scoreHash: hashOf({ basisHash, settings: scoreSettings, attributes: hashes.attributes }),
    rules,
    lifecycleHash: hashOf({ basisHash, rules }),
  };
}

/** What a value card shows of the valuation besides the customer's own figures. */
export interface ValuationSummary {
  calibrationEnd: string;
  unit: TimeUnit;
  settings: ValueSettings;
  models: CardModels;
  scoreSettings: StrategicScoreSettings;
  missingAttributes: string[];
}

interface ConnectionState {
  /** The last valuation made or read back for this connection's workspace. */
  valuation: Valuation | null;
  /** What the workspace holds, as far as this connection knows: the basis of the valuation written whole, and of its scores and stages. */
  stored: { basisHash: string | null; scoreHash: string | null; lifecycleHash: string | null };
  work: SharedWork;
  writing: Promise<void> | null;
  writeAgain: boolean;
  margin: { transactions: string; value: number | null } | null;
}

const states = new WeakMap<ReadableDB, ConnectionState>();

function stateOf(db: ReadableDB): ConnectionState {
  let state = states.get(db);
  if (!state) {
    state = { valuation: null, stored: { basisHash: null, scoreHash: null, lifecycleHash: null }, work: new SharedWork(), writing: null, writeAgain: false, margin: null };
    states.set(db, state);
  }
  return state;
}

/**
 * One customer's figures by the kept valuation (with the scores), valuing the base first when
 * nothing kept stands for the workspace as it is. Null when the customer is not in it (no
 * purchase by the calibration end).
 */
export async function customerValue(ctx: ValuationContext, customerKey: number): Promise<{ figures: CustomerFigures; summary: ValuationSummary } | null> {
  const opened = ctx.session.require();
  const { reader } = opened;
  const now = currentBasis(reader);
  const state = stateOf(reader);
  const kept = state.valuation;
  if (kept?.basisHash === now.basisHash && kept.scores?.hash === now.scoreHash) {
    keepInWorkspace(ctx, opened, state);
    return figuresOf(kept, now, customerKey);
  }
  const stored = readStoredValuation(reader);
  if (stored?.basisHash === now.basisHash && stored.score?.hash === now.scoreHash) {
    const figures = readCustomerFigures(reader, customerKey, true);
    return figures && { figures, summary: { calibrationEnd: stored.basis.calibrationEnd, unit: stored.basis.unit, settings: stored.settings, models: stored.models, scoreSettings: now.scoreSettings, missingAttributes: stored.score.missingAttributes } };
  }
  return figuresOf(await ensureValuation(ctx, opened, now, { scores: true, lifecycle: false }), now, customerKey);
}

/** The lifecycle stages' counts under the workspace's rules, by the kept valuation's probability alive. */
export async function lifecycleCounts(ctx: ValuationContext): Promise<{ calibrationEnd: string; counts: LifecycleStageCount[] }> {
  const opened = ctx.session.require();
  const { reader } = opened;
  const now = currentBasis(reader);
  const state = stateOf(reader);
  const kept = state.valuation;
  if (kept?.basisHash === now.basisHash && kept.lifecycle?.hash === now.lifecycleHash) {
    keepInWorkspace(ctx, opened, state);
    return { calibrationEnd: kept.basis.calibrationEnd, counts: kept.lifecycle.counts };
  }
  const stored = readStoredValuation(reader);
  if (stored?.basisHash === now.basisHash && stored.lifecycle?.hash === now.lifecycleHash) return { calibrationEnd: stored.basis.calibrationEnd, counts: stored.lifecycle.counts };
  const valuation = await ensureValuation(ctx, opened, now, { scores: false, lifecycle: true });
  return { calibrationEnd: valuation.basis.calibrationEnd, counts: valuation.lifecycle!.counts };
}

/** Resolves once what is being written of the kept valuation is written (tests, benchmarks). */
export async function valuationWritten(db: ReadableDB): Promise<void> {
  const state = states.get(db);
  while (state?.writing) await state.writing;
}

function figuresOf(v: Valuation, now: CurrentBasis, customerKey: number): { figures: CustomerFigures; summary: ValuationSummary } | null {
  const i = indexOfKey(v.keys, customerKey);
  if (i < 0) return null;
  const s = v.scores!;
  return {
    figures: {
      probabilityAlive: v.values.probabilityAlive[i]!,
      expectedPurchasesYear: v.values.expectedPurchasesYear[i]!,
      expectedSpend: v.values.expectedSpend[i]!,
      clv: v.values.clv[i]!,
      score: { score: s.score[i]!, prospective: s.prospective[i]!, current: s.current[i]!, qualitative: s.qualitative[i]! },
    },
    summary: { calibrationEnd: v.basis.calibrationEnd, unit: v.basis.unit, settings: v.settings, models: v.models, scoreSettings: now.scoreSettings, missingAttributes: s.missingAttributes },
  };
}

/**
 * The valuation for `now` with what is needed of it, made (or its missing parts made) as one job
 * that every caller asking meanwhile waits for.
 */
async function ensureValuation(ctx: ValuationContext, opened: OpenedWorkspace, now: CurrentBasis, need: { scores: boolean; lifecycle: boolean }): Promise<Valuation> {
  const state = stateOf(opened.reader);
  const name = [now.basisHash, need.scores ? now.scoreHash : '', need.lifecycle ? now.lifecycleHash : ''].join(' ');
  return state.work.run(name, () =>
    ctx.jobs.run('Valuing the customers', 'customers', async (job) => {
      const valuation = await makeValuation(ctx, opened, now, need, job);
      // An import committed meanwhile would leave what was read part old, part new: keep none of
      // it. (Imports only add, so an unchanged basis means nothing was committed in between.)
      if (currentBasis(opened.reader).basisHash !== now.basisHash) {
        throw new BackendError('busy', 'The workspace changed while its customers were being valued (an import?).', 'Open the card again.');
      }
      if (ctx.session.opened === opened) {
        // Another job may have kept another part of the same valuation meanwhile (the panel's
        // stages while a card scored): the part this job was asked for is its own, the rest kept.
        const current = state.valuation?.basisHash === valuation.basisHash ? state.valuation : null;
        state.valuation = {
          ...valuation,
          scores: need.scores ? valuation.scores : (current?.scores ?? valuation.scores),
          lifecycle: need.lifecycle ? valuation.lifecycle : (current?.lifecycle ?? valuation.lifecycle),
        };
        keepInWorkspace(ctx, opened, state);
      }
      return valuation;
    }),
  );
}

async function makeValuation(ctx: ValuationContext, opened: OpenedWorkspace, now: CurrentBasis, need: { scores: boolean; lifecycle: boolean }, job: JobHandle): Promise<Valuation> {
  const { reader } = opened;
  const state = stateOf(reader);
  // The values themselves are made once for every job that needs them (a card's and the panel's at once).
  const v = state.valuation?.basisHash === now.basisHash ? state.valuation : await state.work.run(`values ${now.basisHash}`, () => baseValues(ctx, reader, now, job));
  let { scores, lifecycle } = v;
  if (need.scores && scores?.hash !== now.scoreHash) scores = await scoreBase(ctx, reader, v, now, job);
  if (need.lifecycle && lifecycle?.hash !== now.lifecycleHash) lifecycle = await stageBase(reader, v, now, job);
  // A new object: a valuation being written keeps the parts it started with.
  return { ...v, scores, lifecycle };
}

/** The base's values: read back from the workspace when kept there (made before a restart), made otherwise. */
async function baseValues(ctx: ValuationContext, reader: ReadableDB, now: CurrentBasis, job: JobHandle): Promise<Valuation> {
  const state = stateOf(reader);
  const stored = readStoredValuation(reader);
  if (stored?.basisHash !== now.basisHash) return valueBase(ctx, reader, now, job);
  job.setDetail('Reading the kept values…');
  const v = await readInSnapshot(reader, job.signal, (snapshot) => readStoredColumns(snapshot, stored));
  state.stored = { basisHash: v.basisHash, scoreHash: v.scores?.hash ?? null, lifecycleHash: v.lifecycle?.hash ?? null };
  job.setDetail(null);
  return v;
}

/** The workspace's margin over sales, or the default: a scan of the transactions, so kept until they change. */
function marginOf(db: ReadableDB, state: ConnectionState, now: CurrentBasis): number {
  if (state.margin?.transactions !== now.basis.inputs.transactions) state.margin = { transactions: now.basis.inputs.transactions, value: workspaceMargin(db) };
  return state.margin.value ?? DEFAULT_MARGIN;
}

/** Fits the models once and values every customer, a chunk per task of the worker pool. */
async function valueBase(ctx: ValuationContext, reader: ReadableDB, now: CurrentBasis, job: JobHandle): Promise<Valuation> {
  const { calibrationEnd, unit } = now.basis;
  job.setDetail('Reading the customers…');
  const data = await loadModelData(reader, calibrationEnd, unit, { signal: job.signal });
  const n = data.customerIds.length;
  if (n === 0) throw new BackendError('bad-input', `No customer bought on or before ${calibrationEnd}, so there is no one to value.`, 'Import transactions first.');
  const settings: ValueSettings = { horizonMonths: now.basis.horizonMonths, discountRatePerYear: now.basis.discountRatePerYear, margin: marginOf(reader, stateOf(reader), now) };
  job.setDetail('Fitting the models…');
  job.setTotal(n);
  const input = { x: data.x, tx: data.tx, T: data.T, meanRepeatSpend: data.meanRepeatSpend };
  let models: CardModels;
  try {
    models = await ctx.pool.run('valueCardModels', [unit, input], job.signal);
  } catch (e) {
    // Data no model can fit are the user's to change, and said so; a cancel or a fault goes up as it is.
    if (e instanceof BackendError || !isFitFailure(e)) throw e;
    throw new BackendError('bad-input', `The customer-value models could not be fitted: ${e.message}`, 'Choose a later calibration end, with more repeat purchases before it.');
  }
  job.setDetail('Valuing the customers…');
  const values: CardValueColumns = { probabilityAlive: new Float64Array(n), expectedPurchasesYear: new Float64Array(n), expectedSpend: new Float64Array(n), clv: new Float64Array(n) };
  const chunks: Promise<void>[] = [];
  // Each queued chunk listens for the job's cancel: a hundred at once is by design, not a leak.
  setMaxListeners(0, job.signal);
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    // Copies (a view would send its whole buffer to the worker).
    const slice = { x: data.x.slice(from, to), tx: data.tx.slice(from, to), T: data.T.slice(from, to), meanRepeatSpend: data.meanRepeatSpend.slice(from, to) };
    chunks.push(
      ctx.pool.run('valueCardChunk', [models, slice, settings], job.signal).then((chunk) => {
        values.probabilityAlive.set(chunk.probabilityAlive, from);
        values.expectedPurchasesYear.set(chunk.expectedPurchasesYear, from);
        values.expectedSpend.set(chunk.expectedSpend, from);
        values.clv.set(chunk.clv, from);
        job.advance(to - from);
      }),
    );
  }
  await Promise.all(chunks);
  job.setDetail(null);
  return { basisHash: now.basisHash, basis: now.basis, margin: settings.margin, settings, models, keys: keysOf(data), values, scores: null, lifecycle: null };
}

function keysOf(data: ModelData): Float64Array {
  const keys = modelDataKeys(data);
  if (!keys) throw new Error('Model data without customer keys.');
  return keys;
}

/** The strategic scores: each customer's historic margin and attributes read by key slices, the percentiles in a worker. */
async function scoreBase(ctx: ValuationContext, reader: ReadableDB, v: Valuation, now: CurrentBasis, job: JobHandle): Promise<ValuationScores> {
  job.setDetail('Scoring the customers…');
  const settings = now.scoreSettings;
  const inputs = await readInSnapshot(reader, job.signal, (snapshot) =>
    readStrategicColumns(
      snapshot,
      v.keys,
      v.basis.calibrationEnd,
      v.margin,
      settings.qualitative.map((q) => q.attribute),
    ),
  );
  const scores = await ctx.pool.run('strategicScores', [{ lifetimeValue: v.values.clv, historicMargin: inputs.historicMargin, attributes: inputs.attributes }, settings], job.signal);
  job.setDetail(null);
  return { hash: now.scoreHash, ...scores, historicMargin: inputs.historicMargin };
}

/** The lifecycle stages under the workspace's rules, a slice of customers at a time on this thread. */
async function stageBase(reader: ReadableDB, v: Valuation, now: CurrentBasis, job: JobHandle): Promise<ValuationLifecycle> {
  job.setDetail('Placing the customers in their lifecycle stages…');
  const data = await loadModelData(reader, v.basis.calibrationEnd, v.basis.unit, { signal: job.signal });
  if (data.x.length !== v.keys.length) throw new Error(`The model data (${data.x.length} customers) and the valuation (${v.keys.length}) differ.`);
  const steps = assignStages(data, v.values.probabilityAlive, now.rules);
  for (;;) {
    job.throwIfCancelled();
    const step = steps.next();
    if (step.done) {
      job.setDetail(null);
      return { hash: now.lifecycleHash, rules: now.rules, ...step.value };
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * assignLifecycleStages over the whole base, a slice at a time: the same facts per customer as
 * the lifecycle panel always built (days since the first and the last purchase, purchases, the
 * mean gap), the same stages, the counts added up across slices.
 */
export function* assignStages(data: Pick<ModelData, 'x' | 'tx' | 'T' | 'unit'>, probabilityAlive: Float64Array, rules: LifecycleRules): SlicedRead<{ stage: Uint8Array; counts: LifecycleStageCount[] }> {
  const n = data.x.length;
  const perUnit = DAYS_PER_UNIT[data.unit];
  const stage = new Uint8Array(n);
  const counts = new Array<number>(LIFECYCLE_STAGES.length).fill(0);
  for (let first = 0; first < n; first += STAGE_SLICE) {
    const end = Math.min(n, first + STAGE_SLICE);
    const T = data.T.subarray(first, end);
    const tx = data.tx.subarray(first, end);
    const x = data.x.subarray(first, end);
    const assignment = assignLifecycleStages(
      {
        daysSinceFirstPurchase: Float64Array.from(T, (t) => Math.round(t * perUnit)),
        daysSinceLastPurchase: Float64Array.from(T, (t, i) => Math.round((t - tx[i]!) * perUnit)),
        purchaseCount: Float64Array.from(x, (xi) => xi + 1),
        meanInterPurchaseDays: Float64Array.from(x, (xi, i) => (xi > 0 ? (tx[i]! * perUnit) / xi : NaN)),
        probabilityAlive: probabilityAlive.subarray(first, end),
      },
      rules,
    );
    stage.set(assignment.stage, first);
    assignment.counts.forEach((c, j) => (counts[j]! += c.count));
    if (end < n) yield;
  }
  return { stage, counts: LIFECYCLE_STAGES.map((s, j) => ({ stage: s, label: LIFECYCLE_STAGE_LABELS[s], count: counts[j]!, share: n > 0 ? counts[j]! / n : 0 })) };
}

// ---------------------------------------------------------------------------------------------
// Keeping the valuation in the workspace: in the background, a slice per step, through the
// workspace's writing connection, while it stays open and the valuation stays the current one.
// A step that meets another writer (an import in its own thread) stops the writing; the next
// need writes what is missing.

function keepInWorkspace(ctx: ValuationContext, opened: OpenedWorkspace, state: ConnectionState): void {
  if (!lacksWrite(state)) return;
  if (state.writing) {
    state.writeAgain = true;
    return;
  }
  state.writing = (async () => {
    for (;;) {
      state.writeAgain = false;
      const written = await writeOnce(ctx, opened, state);
      // Asked again meanwhile (a newer valuation), or more to write: go on; stopped (another writer, a closed workspace): leave it for the next need.
      if (!state.writeAgain && (!written || !lacksWrite(state))) break;
    }
  })()
    .catch((e: unknown) => console.error('[valuation] keeping the customer valuation in the workspace failed:', e))
    .finally(() => {
      state.writing = null;
    });
}

/** Whether the workspace lacks part of the current valuation. */
function lacksWrite(state: ConnectionState): boolean {
  const v = state.valuation;
  if (!v) return false;
  const { stored } = state;
  return stored.basisHash !== v.basisHash || (v.scores !== null && stored.scoreHash !== v.scores.hash) || (v.lifecycle !== null && stored.lifecycleHash !== v.lifecycle.hash);
}

/** Writes what the workspace lacks of the current valuation; false when it had to stop. */
async function writeOnce(ctx: ValuationContext, opened: OpenedWorkspace, state: ConnectionState): Promise<boolean> {
  const v = state.valuation;
  if (!v) return true;
  const { db } = opened;
  const current = () => ctx.session.opened === opened && state.valuation?.basisHash === v.basisHash;
  const sameBasis = () => currentBasis(db).basisHash === v.basisHash;
  if (state.stored.basisHash !== v.basisHash) {
    const { scores, lifecycle } = v;
    // Its first step empties the stored valuation.
    state.stored = { basisHash: null, scoreHash: null, lifecycleHash: null };
    if (!(await runSteps(db, current, writeValuationSteps(db, v, scores, lifecycle, sameBasis)))) return false;
    state.stored = { basisHash: v.basisHash, scoreHash: scores?.hash ?? null, lifecycleHash: lifecycle?.hash ?? null };
    return true;
  }
  if (v.scores && state.stored.scoreHash !== v.scores.hash) {
    const scores = v.scores;
    state.stored.scoreHash = null;
    if (!(await runSteps(db, current, rewriteValuationSteps(db, v, { scores }, sameBasis)))) return false;
    state.stored.scoreHash = scores.hash;
  }
  if (v.lifecycle && state.stored.lifecycleHash !== v.lifecycle.hash) {
    const lifecycle = v.lifecycle;
    state.stored.lifecycleHash = null;
    if (!(await runSteps(db, current, rewriteValuationSteps(db, v, { lifecycle }, sameBasis)))) return false;
    state.stored.lifecycleHash = lifecycle.hash;
  }
  return true;
}

/** Runs write steps one transaction each, letting the event loop in between; false when one could not run or the last refused. */
async function runSteps(db: WritableDB, current: () => boolean, steps: Generator<() => void, boolean, void>): Promise<boolean> {
  for (;;) {
    if (!current()) return false;
    const step = steps.next();
    if (step.done) return step.value;
    if (writeWithoutWaiting(db, step.value) === 'busy') return false;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
