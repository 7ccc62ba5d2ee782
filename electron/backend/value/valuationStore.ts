import type { TimeUnit } from '../../../shared/domain/timeUnits';
import type { LifecycleRules, LifecycleStageCount } from '../../../shared/segments/lifecycle';
import type { ReadableDB, WritableDB } from '../db/types';
import type { ValueSettings } from '../models/valueCustomers';
import type { SlicedRead } from '../queries/slicedRead';
import type { CardModels, CardValueColumns } from './cardValuation';

/**
 * The kept valuation in the workspace (tables customer_valuation and customer_values, see
 * migration 11): written a slice at a time beside the app's other work, read back one customer
 * at a time (a value card) or whole (after a restart, when the scores or stages must be redone).
 */

/** What a valuation is of: when any of it changes, the valuation no longer stands. */
export interface ValuationBasis {
  /** Of the valuation's code: a change in how customers are valued makes older ones stale. */
  version: number;
  /** The customers' and transactions' input hashes (runInputs.ts). */
  inputs: { customers: string; transactions: string };
  calibrationEnd: string;
  unit: TimeUnit;
  model: 'bgnbd';
  horizonMonths: number;
  discountRatePerYear: number;
  /** The workspace's own margin over sales (or the default): derived from the transactions, so their hash covers it. */
  margin: 'workspace';
}

/** The strategic scores of a valuation, as the whole base's percentiles. */
export interface ValuationScores {
  hash: string;
  score: Float64Array;
  prospective: Float64Array;
  current: Float64Array;
  qualitative: Float64Array;
  /** The margin each customer has brought up to the calibration end (the score's current value). */
  historicMargin: Float64Array;
  missingAttributes: string[];
}

export interface ValuationLifecycle {
  hash: string;
  rules: LifecycleRules;
  /** Index into LIFECYCLE_STAGES per customer. */
  stage: Uint8Array;
  counts: LifecycleStageCount[];
}

/** A valuation of the whole base, in customer key order. */
export interface Valuation {
  basisHash: string;
  basis: ValuationBasis;
  margin: number;
  settings: ValueSettings;
  models: CardModels;
  keys: Float64Array;
  values: CardValueColumns;
  scores: ValuationScores | null;
  lifecycle: ValuationLifecycle | null;
}

/** What the stored valuation says of itself, without its rows. */
export interface StoredValuation {
  madeAt: string;
  basisHash: string;
  basis: ValuationBasis;
  margin: number;
  settings: ValueSettings;
  models: CardModels;
  customers: number;
  score: { hash: string; missingAttributes: string[] } | null;
  lifecycle: { hash: string; rules: LifecycleRules; counts: LifecycleStageCount[] } | null;
}

/** One customer's stored figures. */
export interface CustomerFigures {
  probabilityAlive: number;
  expectedPurchasesYear: number;
  expectedSpend: number;
  clv: number;
  /** Null while the scores are not valid for the stored valuation. */
  score: { score: number; prospective: number; current: number; qualitative: number } | null;
}

interface HeaderRow {
  made_at: string;
  basis_hash: string;
  basis_json: string;
  models_json: string;
  score_hash: string | null;
  score_json: string | null;
  lifecycle_hash: string | null;
  lifecycle_json: string | null;
}

/** The stored valuation, when every row of it was written; null otherwise. */
export function readStoredValuation(db: ReadableDB): StoredValuation | null {
  const row = db.prepare('SELECT * FROM customer_valuation WHERE id = 1 AND complete = 1').get() as HeaderRow | undefined;
  if (!row) return null;
  const models = JSON.parse(row.models_json) as { margin: number; settings: ValueSettings; models: CardModels; customers: number };
  return {
    madeAt: row.made_at,
    basisHash: row.basis_hash,
    basis: JSON.parse(row.basis_json) as ValuationBasis,
    ...models,
    score: row.score_hash !== null && row.score_json !== null ? { hash: row.score_hash, ...(JSON.parse(row.score_json) as { missingAttributes: string[] }) } : null,
    lifecycle:
      row.lifecycle_hash !== null && row.lifecycle_json !== null
        ? { hash: row.lifecycle_hash, ...(JSON.parse(row.lifecycle_json) as { rules: LifecycleRules; counts: LifecycleStageCount[] }) }
        : null,
  };
}

/** SQLite keeps NaN as NULL. */
const num = (v: number | null): number => (v === null ? NaN : v);

export function readCustomerFigures(db: ReadableDB, customerKey: number, withScore: boolean): CustomerFigures | null {
  const r = db
    .prepare(
      `SELECT probability_alive, expected_purchases, expected_spend, lifetime_value, score, score_prospective, score_current, score_qualitative
         FROM customer_values WHERE customer_key = ?`,
    )
    .raw()
    .get(customerKey) as (number | null)[] | undefined;
  if (!r) return null;
  return {
    probabilityAlive: num(r[0]!),
    expectedPurchasesYear: num(r[1]!),
    expectedSpend: num(r[2]!),
    clv: num(r[3]!),
    score: withScore ? { score: num(r[4]!), prospective: num(r[5]!), current: num(r[6]!), qualitative: num(r[7]!) } : null,
  };
}

/** Rows read per statement when the whole valuation is read back. */
const READ_SLICE_ROWS = 16_384;

/**
 * The stored valuation whole, as it was kept (its scores and stages only where their hashes say
 * they are complete), a slice at a time.
 */
export function* readStoredColumns(db: ReadableDB, stored: StoredValuation): SlicedRead<Valuation> {
  const n = stored.customers;
  const keys = new Float64Array(n);
  const values: CardValueColumns = { probabilityAlive: new Float64Array(n), expectedPurchasesYear: new Float64Array(n), expectedSpend: new Float64Array(n), clv: new Float64Array(n) };
  const withScores = stored.score !== null;
  const withStages = stored.lifecycle !== null;
  const scores = withScores ? { score: new Float64Array(n), prospective: new Float64Array(n), current: new Float64Array(n), qualitative: new Float64Array(n), historicMargin: new Float64Array(n) } : null;
  const stage = withStages ? new Uint8Array(n) : null;
  const slice = db
    .prepare(
      `SELECT customer_key, probability_alive, expected_purchases, expected_spend, lifetime_value,
              historic_margin, score, score_prospective, score_current, score_qualitative, lifecycle_stage
         FROM customer_values WHERE customer_key > ? ORDER BY customer_key LIMIT ?`,
    )
    .raw();
  let i = 0;
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = slice.all(after, READ_SLICE_ROWS) as (number | null)[][];
    if (i + rows.length > n) throw new Error(`The stored valuation has more rows than its ${n} customers.`);
    for (const r of rows) {
      keys[i] = r[0]!;
      values.probabilityAlive[i] = num(r[1]!);
      values.expectedPurchasesYear[i] = num(r[2]!);
      values.expectedSpend[i] = num(r[3]!);
      values.clv[i] = num(r[4]!);
      if (scores) {
        scores.historicMargin[i] = num(r[5]!);
        scores.score[i] = num(r[6]!);
        scores.prospective[i] = num(r[7]!);
        scores.current[i] = num(r[8]!);
        scores.qualitative[i] = num(r[9]!);
      }
      if (stage) stage[i] = r[10]!;
      i++;
    }
    if (rows.length < READ_SLICE_ROWS) break;
    after = rows[rows.length - 1]![0]!;
    yield;
  }
  if (i !== n) throw new Error(`The stored valuation has ${i} rows for its ${n} customers.`);
  return {
    basisHash: stored.basisHash,
    basis: stored.basis,
    margin: stored.margin,
    settings: stored.settings,
    models: stored.models,
    keys,
    values,
    scores: scores && stored.score ? { hash: stored.score.hash, missingAttributes: stored.score.missingAttributes, ...scores } : null,
    lifecycle: stage && stored.lifecycle ? { ...stored.lifecycle, stage } : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing. Each step is one short write transaction; between steps the app's other work goes on.

/** Rows written per step (a transaction): some tens of milliseconds. */
export const WRITE_SLICE_ROWS = { size: 8_192 };
/** Rows per INSERT statement: one statement per row costs more than the row itself. */
const INSERT_BATCH_ROWS = 64;
const COLUMNS = 11;

function modelsJson(v: Valuation): string {
  return JSON.stringify({ margin: v.margin, settings: v.settings, models: v.models, customers: v.keys.length });
}
const scoreJson = (s: ValuationScores) => JSON.stringify({ missingAttributes: s.missingAttributes });
const lifecycleJson = (l: ValuationLifecycle) => JSON.stringify({ rules: l.rules, counts: l.counts });

/**
 * The steps that write a valuation whole, replacing the one stored: the header first (marked
 * incomplete), the rows a slice at a time, then the header marked complete with the hashes of
 * the scores and stages written. `check` is asked in the last step and may refuse it (the
 * workspace changed meanwhile); a valuation left incomplete stands for nothing. Returns whether
 * it was written whole.
 */
export function* writeValuationSteps(db: WritableDB, v: Valuation, scores: ValuationScores | null, lifecycle: ValuationLifecycle | null, check: () => boolean): Generator<() => void, boolean, void> {
  yield () => {
    db.prepare('DELETE FROM customer_valuation').run();
    db.prepare('DELETE FROM customer_values').run();
    db.prepare('INSERT INTO customer_valuation(id, made_at, basis_hash, basis_json, models_json, complete) VALUES (1, ?, ?, ?, ?, 0)').run(new Date().toISOString(), v.basisHash, JSON.stringify(v.basis), modelsJson(v));
  };
  const insertSql = (rows: number) =>
    `INSERT INTO customer_values(customer_key, probability_alive, expected_purchases, expected_spend, lifetime_value, historic_margin,
                                 score, score_prospective, score_current, score_qualitative, lifecycle_stage)
     VALUES ${Array(rows).fill(`(${Array(COLUMNS).fill('?').join(',')})`).join(',')}`;
  const n = v.keys.length;
  for (let first = 0; first < n; first += WRITE_SLICE_ROWS.size) {
    const end = Math.min(n, first + WRITE_SLICE_ROWS.size);
    yield () => {
      const full = db.prepare(insertSql(INSERT_BATCH_ROWS));
      const batch: (number | null)[] = [];
      for (let i = first; i < end; i++) {
        batch.push(
          v.keys[i]!,
          v.values.probabilityAlive[i]!,
          v.values.expectedPurchasesYear[i]!,
          v.values.expectedSpend[i]!,
          v.values.clv[i]!,
          scores ? scores.historicMargin[i]! : null,
          scores ? scores.score[i]! : null,
          scores ? scores.prospective[i]! : null,
          scores ? scores.current[i]! : null,
          scores ? scores.qualitative[i]! : null,
          lifecycle ? lifecycle.stage[i]! : null,
        );
        if (batch.length === INSERT_BATCH_ROWS * COLUMNS) {
          full.run(batch);
          batch.length = 0;
        }
      }
      if (batch.length > 0) db.prepare(insertSql(batch.length / COLUMNS)).run(batch);
    };
  }
  // The check runs inside the last step's transaction, so nothing can commit between it and the write.
  let current = false;
  yield () => {
    current = check();
    if (!current) return;
    db.prepare('UPDATE customer_valuation SET complete = 1, score_hash = ?, score_json = ?, lifecycle_hash = ?, lifecycle_json = ? WHERE id = 1 AND basis_hash = ?').run(
      scores?.hash ?? null,
      scores ? scoreJson(scores) : null,
      lifecycle?.hash ?? null,
      lifecycle ? lifecycleJson(lifecycle) : null,
      v.basisHash,
    );
  };
  return current;
}

/**
 * The steps that rewrite the scores (with each customer's historic margin) or the stages of the
 * stored valuation, which must be `v`'s: their hash is cleared first, so that until the last
 * step the stored ones are not taken for valid, then set again.
 */
export function* rewriteValuationSteps(db: WritableDB, v: Valuation, part: { scores: ValuationScores } | { lifecycle: ValuationLifecycle }, check: () => boolean): Generator<() => void, boolean, void> {
  const isScores = 'scores' in part;
  let stored = false;
  yield () => {
    stored = (db.prepare('SELECT count(*) AS n FROM customer_valuation WHERE id = 1 AND complete = 1 AND basis_hash = ?').get(v.basisHash) as { n: number }).n === 1;
    if (stored) db.prepare(isScores ? 'UPDATE customer_valuation SET score_hash = NULL, score_json = NULL' : 'UPDATE customer_valuation SET lifecycle_hash = NULL, lifecycle_json = NULL').run();
  };
  if (!stored) return false;
  const n = v.keys.length;
  for (let first = 0; first < n; first += WRITE_SLICE_ROWS.size) {
    const end = Math.min(n, first + WRITE_SLICE_ROWS.size);
    yield () => {
      if ('scores' in part) {
        const s = part.scores;
        const update = db.prepare('UPDATE customer_values SET historic_margin = ?, score = ?, score_prospective = ?, score_current = ?, score_qualitative = ? WHERE customer_key = ?');
        for (let i = first; i < end; i++) update.run(s.historicMargin[i]!, s.score[i]!, s.prospective[i]!, s.current[i]!, s.qualitative[i]!, v.keys[i]!);
      } else {
        const update = db.prepare('UPDATE customer_values SET lifecycle_stage = ? WHERE customer_key = ?');
        for (let i = first; i < end; i++) update.run(part.lifecycle.stage[i]!, v.keys[i]!);
      }
    };
  }
  let current = false;
  yield () => {
    current = check();
    if (!current) return;
    if ('scores' in part) db.prepare('UPDATE customer_valuation SET score_hash = ?, score_json = ? WHERE id = 1 AND basis_hash = ?').run(part.scores.hash, scoreJson(part.scores), v.basisHash);
    else db.prepare('UPDATE customer_valuation SET lifecycle_hash = ?, lifecycle_json = ? WHERE id = 1 AND basis_hash = ?').run(part.lifecycle.hash, lifecycleJson(part.lifecycle), v.basisHash);
  };
  return current;
}
