import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dayNumberToIso, isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { DAYS_PER_UNIT } from '../../../shared/domain/timeUnits';
import { exponential, gamma } from '../../../shared/random/distributions';
import { createRng } from '../../../shared/random/rng';
import { createWorkspace, openWorkspace } from '../db/openWorkspace';
import { openSqlite } from '../db/sqlite';
import type { ReadableDB, WritableDB } from '../db/types';
import { importPlainCsv } from '../import/testImports';
import { iterateCustomerSummary, storeCustomerSummary } from './customerSummary';
import { forgetModelData, loadModelData, MODEL_DATA_SLICES, modelDataKeys, readModelData, readModelDataBy, type ModelData } from './modelData';

const dir = mkdtempSync(join(tmpdir(), 'lw-model-data-'));
const FIRST_DAY = isoToDayNumber('2022-01-03');
const LAST_DAY = FIRST_DAY + 2 * 365;
const SUMMARY_END = dayNumberToIso(LAST_DAY);

/**
 * A generated retailer: customers arriving over two years with heterogeneous purchase rates and
 * lifetimes, amounts in cents (so sums depend on their order), several purchases on the same day
 * now and then, and the file in shuffled order (so the import's fold must sort as the index does).
 */
function transactionsFile(customers: number, seed: number): string {
  const rng = createRng(seed);
  const rows: string[] = [];
  for (let c = 0; c < customers; c++) {
    const id = `C${String(c).padStart(6, '0')}`;
    const first = FIRST_DAY + Math.floor(rng.next() * 700);
    const perDay = gamma(rng, 0.8, 60);
    const end = first + exponential(rng, gamma(rng, 1, 300));
    const basket = 5 + 80 * rng.next();
    for (let day = first; day <= Math.min(LAST_DAY, end); day += Math.max(1, Math.round(exponential(rng, perDay)))) {
      const lines = rng.next() < 0.15 ? 2 + Math.floor(rng.next() * 3) : 1;
      for (let k = 0; k < lines; k++) rows.push(`${id},${dayNumberToIso(day)},${(basket * (0.3 + 1.4 * rng.next())).toFixed(2)}`);
    }
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  const path = join(dir, `transactions-${seed}.csv`);
  writeFileSync(path, `customer,date,amount\n${rows.join('\n')}\n`);
  return path;
}

async function importInto(db: WritableDB, path: string): Promise<void> {
  await importPlainCsv(db, path);
}

/** readModelData as it was before the stored summary and the cache: the fold of every purchase, customer by customer, by id. */
function reference(db: ReadableDB, calibrationEnd: string, unit: TimeUnit, holdoutEnd?: string): ModelData {
  const ids: string[] = [];
  const columns: number[][] = [[], [], [], [], []];
  for (const r of iterateCustomerSummary(db, calibrationEnd, unit)) {
    ids.push(r.customerId);
    [r.frequency, r.recency, r.age, r.repeatAverageSpend, r.totalSpend].forEach((v, k) => columns[k]!.push(v));
  }
  let holdout: ModelData['holdout'] = null;
  if (holdoutEnd) {
    const index = new Map(ids.map((id, i) => [id, i]));
    const purchases = new Float64Array(ids.length);
    const rows = db
      .prepare(
        `SELECT c.customer_id AS id, t.n FROM customers c
           JOIN (SELECT customer_key, count(DISTINCT day_number) AS n FROM transactions WHERE day_number > ? AND day_number <= ? GROUP BY customer_key) t USING (customer_key)`,
      )
      .all(isoToDayNumber(calibrationEnd), isoToDayNumber(holdoutEnd)) as { id: string; n: number }[];
    for (const r of rows) {
      const i = index.get(r.id);
      if (i !== undefined) purchases[i] = r.n;
    }
    holdout = { end: holdoutEnd, lengthUnits: (isoToDayNumber(holdoutEnd) - isoToDayNumber(calibrationEnd)) / DAYS_PER_UNIT[unit], purchases };
  }
  const [x, tx, T, meanRepeatSpend, totalSpend] = columns.map((c) => Float64Array.from(c)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  return { calibrationEnd, unit, customerIds: ids, x, tx, T, meanRepeatSpend, totalSpend, holdout };
}

/** Bit for bit: every column's bytes, the ids and the rest. */
function expectIdentical(actual: ModelData, expected: ModelData): void {
  const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  expect(actual.calibrationEnd).toBe(expected.calibrationEnd);
  expect(actual.unit).toBe(expected.unit);
  expect(actual.customerIds).toEqual(expected.customerIds);
  for (const k of ['x', 'tx', 'T', 'meanRepeatSpend', 'totalSpend'] as const) {
    expect(actual[k].length, k).toBe(expected[k].length);
    expect(bytes(actual[k]).equals(bytes(expected[k])), k).toBe(true);
  }
  expect(actual.holdout === null).toBe(expected.holdout === null);
  if (actual.holdout && expected.holdout) {
    expect(actual.holdout.end).toBe(expected.holdout.end);
    expect(actual.holdout.lengthUnits).toBe(expected.holdout.lengthUnits);
    expect(bytes(actual.holdout.purchases).equals(bytes(expected.holdout.purchases))).toBe(true);
  }
}

describe('model data', () => {
  let path: string;
  const slices = { ...MODEL_DATA_SLICES };
  afterEach(() => Object.assign(MODEL_DATA_SLICES, slices));

  beforeAll(async () => {
    path = join(dir, 'retailer.lwb');
    const db = createWorkspace(path);
    // Imported into an empty workspace, so the stored summary is folded as the file is read.
    await importInto(db, transactionsFile(6000, 7));
    db.close();
  });

  it('reads the stored summary at its own calibration end: the same model data, bit for bit, as folding the transactions', async () => {
    const db = openWorkspace(path);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'summary.calibrationEnd'").pluck().get()).toBe(SUMMARY_END);
    const expected = reference(db, SUMMARY_END, 'week');
    expect(expected.customerIds.length).toBeGreaterThan(5000);
    expect(expected.x.some((x) => x > 10)).toBe(true);
    expectIdentical(readModelDataBy(db, 'summary', SUMMARY_END, 'week'), expected);
    expectIdentical(readModelDataBy(db, 'transactions', SUMMARY_END, 'week'), expected);
    // In many small slices, as the app reads a large base.
    Object.assign(MODEL_DATA_SLICES, { summaryRows: 500, foldCustomers: 300, holdoutCustomers: 700 });
    expectIdentical(readModelDataBy(db, 'summary', SUMMARY_END, 'week'), expected);
    expectIdentical(readModelDataBy(db, 'transactions', SUMMARY_END, 'week'), expected);
    expectIdentical(readModelData(db, SUMMARY_END, 'week'), expected);
    forgetModelData(db);
    expectIdentical(await loadModelData(db, SUMMARY_END, 'week'), expected);
    db.close();
  });

  it('folds the transactions at any other calibration end or unit, with the holdout, as before', async () => {
    const db = openWorkspace(path);
    Object.assign(MODEL_DATA_SLICES, { summaryRows: 500, foldCustomers: 300, holdoutCustomers: 700 });
    const end = dayNumberToIso(LAST_DAY - 200);
    for (const unit of ['week', 'day', 'month'] as const) {
      expectIdentical(readModelData(db, end, unit), reference(db, end, unit));
      expectIdentical(readModelData(db, end, unit, SUMMARY_END), reference(db, end, unit, SUMMARY_END));
      forgetModelData(db);
      expectIdentical(await loadModelData(db, end, unit, { holdoutEnd: SUMMARY_END }), reference(db, end, unit, SUMMARY_END));
    }
    // The summary recomputed for another end and unit (the Data page) is read as it is, and agrees.
    const copy = join(dir, 'recomputed.lwb');
    copyFileSync(path, copy);
    const other = openWorkspace(copy);
    other.transaction(() => storeCustomerSummary(other, end, 'month'))();
    expectIdentical(readModelDataBy(other, 'summary', end, 'month'), reference(other, end, 'month'));
    other.close();
    db.close();
  });

  it('keeps what it read until the transactions change, read-only, and reads again what a caller changed', async () => {
    const copy = join(dir, 'kept.lwb');
    copyFileSync(path, copy);
    const db = openWorkspace(copy);
    const first = readModelData(db, SUMMARY_END, 'week');
    expect(readModelData(db, SUMMARY_END, 'week')).toBe(first);
    expect(await loadModelData(db, SUMMARY_END, 'week')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.customerIds)).toBe(true);
    expect(() => first.customerIds.push('extra')).toThrow(TypeError);
    expect(modelDataKeys(first)).toHaveLength(first.customerIds.length);
    // The holdout is kept beside the same columns.
    const end = dayNumberToIso(LAST_DAY - 100);
    const withHoldout = readModelData(db, end, 'week', SUMMARY_END);
    expect(readModelData(db, end, 'week', SUMMARY_END).holdout).toBe(withHoldout.holdout);
    expect(readModelData(db, end, 'week').x).toBe(withHoldout.x);

    // A caller that writes into the arrays gets its change noticed: the next caller reads afresh.
    const x0 = first.x[0]!;
    first.x[0] = x0 + 1;
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const reread = readModelData(db, SUMMARY_END, 'week');
    console.error = consoleError;
    expect(errors).toHaveLength(1);
    expect(reread).not.toBe(first);
    expect(reread.x[0]).toBe(x0);

    // An import changes the transactions' input hash: the next read sees the new purchases.
    const more = join(dir, 'more.csv');
    writeFileSync(more, `customer,date,amount\nC000001,${SUMMARY_END},12.34\nNEW1,${SUMMARY_END},5.00\n`);
    await importInto(db, more);
    const after = readModelData(db, SUMMARY_END, 'week');
    expect(after).not.toBe(reread);
    expect(after.customerIds.length).toBe(reread.customerIds.length + 1);
    expectIdentical(after, reference(db, SUMMARY_END, 'week'));
    db.close();
  });

  it('reads in slices from a snapshot, letting other work in, shared by callers who ask meanwhile, and stops on cancel', async () => {
    const db = openSqlite(path, { readonly: true }) as ReadableDB;
    Object.assign(MODEL_DATA_SLICES, { summaryRows: 200, foldCustomers: 100 });
    const end = dayNumberToIso(LAST_DAY - 50);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const [a, b] = await Promise.all([loadModelData(db, end, 'week'), loadModelData(db, end, 'week')]);
    clearInterval(ticker);
    expect(b).toBe(a);
    expect(ticks).toBeGreaterThan(0);
    expectIdentical(a, reference(db, end, 'week'));

    const controller = new AbortController();
    const other = dayNumberToIso(LAST_DAY - 60);
    const cancelled = loadModelData(db, other, 'week', { signal: controller.signal });
    const kept = loadModelData(db, other, 'week');
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    // The other caller, who did not cancel, still gets its data.
    expectIdentical(await kept, reference(db, other, 'week'));
    const alone = new AbortController();
    const stopped = loadModelData(db, dayNumberToIso(LAST_DAY - 70), 'week', { signal: alone.signal });
    alone.abort();
    await expect(stopped).rejects.toMatchObject({ code: 'cancelled' });
    db.close();
  });
});
