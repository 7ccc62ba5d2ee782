import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VALUE_SETTINGS } from '../../../shared/contract/segmentSchemas';
import type { CustomerRow } from '../../../shared/domain/customers';
import { DAYS_PER_UNIT, type TimeUnit } from '../../../shared/domain/timeUnits';
import { bgnbdConditionalProbabilityOfPurchases } from '../../../shared/models/conditionalPurchaseCount';
import { duration } from '../../../shared/models/modelTime';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { assignLifecycleStages, explainLifecycle, LIFECYCLE_STAGE_LABELS, type LifecycleRules } from '../../../shared/segments/lifecycle';
import { strategicScores } from '../../../shared/value/strategicScore';
import { createBackend, type Backend } from '../backend';
import type { ReadableDB } from '../db/types';
import { valueCustomers } from '../models/valueCustomers';
import { isoDateSql } from '../queries/daySql';
import { modelDataKeys, readModelData } from '../queries/modelData';
import { drain } from '../queries/slicedRead';
import { readStrategicColumns, readStrategicInputs, STRATEGIC_SLICE_CUSTOMERS } from '../queries/strategicInputs';
import { readLifecycleRules, readScoreSettings } from '../queries/userSettingsInWorkspace';
import { readMeta } from '../queries/workspaceSummary';
import { DEFAULT_MARGIN, workspaceMargin } from '../queries/workspaceMargin';
import { valuationWritten } from './keptValuation';

/**
 * The value card and the lifecycle panel on a kept valuation, against what they computed on every
 * request before (the reference below is the handlers' code as it was): the same figures to the
 * last digit, the base valued once, reused after a restart, and made again exactly when what it
 * is of changes.
 */

const home = mkdtempSync(join(tmpdir(), 'lw-kept-valuation-'));
const options = { host: 'cli' as const, version: '0.0.0-test', homeDir: home, workerThreads: 2, sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 3_000 }, runSampleScenarios: false };
let backend: Backend = createBackend(options);
afterAll(() => backend.close());

/** Calls of the worker pool by method, from now on. */
function countPoolCalls(b: Backend): Map<string, number> {
  const calls = new Map<string, number>();
  const pool = b.context.pool;
  const run = pool.run.bind(pool);
  pool.run = ((method: string, args: never, signal?: AbortSignal) => {
    calls.set(method, (calls.get(method) ?? 0) + 1);
    return run(method as never, args, signal);
  }) as typeof pool.run;
  return calls;
}

const reader = (): ReadableDB => backend.context.session.require().reader;

/** The value card as the handler computed it before: the whole base valued on the click. */
function referenceCard(db: ReadableDB, customerId: string) {
  const row = db
    .prepare(
      `SELECT c.customer_id AS customerId, ${isoDateSql('s.first_purchase_day')} AS firstPurchase, ${isoDateSql('s.last_purchase_day')} AS lastPurchase,
              s.purchase_days AS purchaseDays, s.frequency, s.recency, s.age, s.total_spend AS totalSpend, s.average_spend AS averageSpend
         FROM customer_summary s JOIN customers c USING (customer_key) WHERE c.customer_id = ?`,
    )
    .get(customerId) as CustomerRow;
  const calibrationEnd = readMeta(db, 'summary.calibrationEnd')!;
  const unit = readMeta(db, 'summary.unit') as TimeUnit;
  const data = readModelData(db, calibrationEnd, unit);
  const i = data.customerIds.indexOf(customerId);
  const margin = workspaceMargin(db) ?? DEFAULT_MARGIN;
  const settings = { ...DEFAULT_VALUE_SETTINGS, margin };
  const values = valueCustomers(unit, data.x, data.tx, data.T, data.meanRepeatSpend, settings);
  const perUnit = DAYS_PER_UNIT[unit];
  const lifecycle = explainLifecycle(
    {
      daysSinceFirstPurchase: Math.round(row.age * perUnit),
      daysSinceLastPurchase: Math.round((row.age - row.recency) * perUnit),
      purchaseCount: row.purchaseDays,
      meanInterPurchaseDays: row.frequency > 0 ? (row.recency * perUnit) / row.frequency : NaN,
      probabilityAlive: values.probabilityAlive[i]!,
    },
    readLifecycleRules(db),
  );
  const fitted = { model: 'bg/nbd' as const, params: values.purchaseModel, timeUnit: unit };
  const customer = { frequency: row.frequency, recency: row.recency, age: Math.max(row.age, 1e-9), timeUnit: unit };
  const counts = [0, 1, 2, 3, 4].map((n) => bgnbdConditionalProbabilityOfPurchases(fitted, customer, duration(12, 'month'), n));
  const scoreSettings = readScoreSettings(db);
  const inputs = readStrategicInputs(db, data.customerIds, calibrationEnd, margin, scoreSettings.qualitative.map((q) => q.attribute));
  const scores = strategicScores({ lifetimeValue: values.clv, historicMargin: inputs.historicMargin, attributes: inputs.attributes }, scoreSettings);
  const attributes = db
    .prepare(
      `SELECT d.name, d.label, d.kind, coalesce(a.value_num, a.value_text) AS value
         FROM attribute_definitions d
         LEFT JOIN customer_attributes a ON a.name = d.name AND a.customer_key = (SELECT customer_key FROM customers WHERE customer_id = ?)
        ORDER BY CASE d.kind WHEN 'commercial' THEN 1 WHEN 'financial' THEN 2 WHEN 'quality' THEN 3 WHEN 'marketing' THEN 4 ELSE 5 END, d.name`,
    )
    .all(customerId);
  return {
    customer: row,
    unit,
    calibrationEnd,
    probabilityAlive: values.probabilityAlive[i]!,
    expectedPurchasesNextYear: values.expectedPurchasesYear[i]!,
    purchaseCountNextYear: [...counts, Math.max(0, 1 - counts.reduce((s, p) => s + p, 0))],
    expectedSpendPerPurchase: values.expectedSpend[i]!,
    lifetimeValue: values.clv[i]!,
    currencyCode: readMeta(db, 'currency') ?? 'EUR',
    settings,
    lifecycle: { stage: lifecycle.stage, label: LIFECYCLE_STAGE_LABELS[lifecycle.stage], explanation: lifecycle.explanation },
    strategicScore: {
      score: scores.score[i]!,
      prospective: scores.prospective[i]!,
      current: scores.current[i]!,
      qualitative: scores.qualitative[i]!,
      weights: scoreSettings.weights,
      qualitativeAttributes: scoreSettings.qualitative.map((q) => q.attribute).filter((a) => !scores.missingAttributes.includes(a)),
      missingAttributes: scores.missingAttributes,
    },
    attributes,
  };
}

/** The lifecycle panel as it computed its counts before. */
function referenceLifecycle(db: ReadableDB, rules: LifecycleRules) {
  const calibrationEnd = readMeta(db, 'summary.calibrationEnd')!;
  const unit = readMeta(db, 'summary.unit') as TimeUnit;
  const data = readModelData(db, calibrationEnd, unit);
  const perUnit = DAYS_PER_UNIT[unit];
  const values = valueCustomers(unit, data.x, data.tx, data.T, data.meanRepeatSpend, { ...DEFAULT_VALUE_SETTINGS, margin: DEFAULT_MARGIN });
  const assignment = assignLifecycleStages(
    {
      daysSinceFirstPurchase: Float64Array.from(data.T, (T) => Math.round(T * perUnit)),
      daysSinceLastPurchase: Float64Array.from(data.T, (T, i) => Math.round((T - data.tx[i]!) * perUnit)),
      purchaseCount: Float64Array.from(data.x, (x) => x + 1),
      meanInterPurchaseDays: Float64Array.from(data.x, (x, i) => (x > 0 ? (data.tx[i]! * perUnit) / x : NaN)),
      probabilityAlive: values.probabilityAlive,
    },
    rules,
  );
  return { calibrationEnd, rules, counts: assignment.counts };
}

let ids: string[] = [];

beforeAll(async () => {
  await backend.call('workspace.openDefault', {});
  const all = reader().prepare('SELECT customer_id FROM customer_summary JOIN customers USING (customer_key) ORDER BY customer_key').pluck().all() as string[];
  ids = [all[0]!, all[1234]!, all[all.length - 1]!];
}, 120_000);

describe('the score inputs read by key slices', () => {
  it('are those read by id at once, to the last digit (margins summed in the same order)', () => {
    const db = reader();
    const end = readMeta(db, 'summary.calibrationEnd')!;
    const data = readModelData(db, end, 'week');
    const names = ['satisfaction_score', 'incidents_last_year', 'gender', 'no_such_attribute', 'satisfaction_score'];
    const expected = readStrategicInputs(db, data.customerIds, end, 0.25, names);
    expect([...expected.attributes.keys()]).toEqual(['satisfaction_score', 'incidents_last_year']);
    expect(expected.historicMargin.some((m) => m % 1 !== 0)).toBe(true);
    const size = STRATEGIC_SLICE_CUSTOMERS.size;
    STRATEGIC_SLICE_CUSTOMERS.size = 97;
    const sliced = drain(readStrategicColumns(db, modelDataKeys(data)!, end, 0.25, names));
    STRATEGIC_SLICE_CUSTOMERS.size = size;
    const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytes(sliced.historicMargin).equals(bytes(expected.historicMargin))).toBe(true);
    expect([...sliced.attributes.keys()].sort()).toEqual([...expected.attributes.keys()].sort());
    for (const [name, values] of expected.attributes) expect(bytes(sliced.attributes.get(name)!).equals(bytes(values)), name).toBe(true);
  });
});

describe('the kept valuation', () => {
  it('values the base once, at the first card, and then reads the card from what it kept: the figures of before, to the last digit', async () => {
    const calls = countPoolCalls(backend);
    const first = await backend.call('customers.valueCard', { customerId: ids[0]! });
    expect(first).toEqual(referenceCard(reader(), ids[0]!));
    expect(Object.fromEntries(calls)).toEqual({ valueCardModels: 1, valueCardChunk: 1, strategicScores: 1 });
    for (const id of ids) expect(await backend.call('customers.valueCard', { customerId: id })).toEqual(referenceCard(reader(), id));
    expect(Object.fromEntries(calls)).toEqual({ valueCardModels: 1, valueCardChunk: 1, strategicScores: 1 });
    const jobs = (await backend.call('jobs.list', {})).filter((j) => j.label === 'Valuing the customers');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: 'done', total: 3_000 - 0, done: 3_000 });
  });

  it('gives the lifecycle panel its counts from the same valuation, under any rules', async () => {
    const calls = countPoolCalls(backend);
    const rules = readLifecycleRules(reader());
    expect(await backend.call('customers.lifecycle', {})).toEqual(referenceLifecycle(reader(), rules));
    const stricter = { ...rules, atRiskBelowProbabilityAlive: 0.7, newWithinDays: 60 };
    const applied = await backend.call('customers.lifecycle', { rules: stricter });
    expect(applied).toEqual(referenceLifecycle(reader(), readLifecycleRules(reader())));
    expect(applied.counts).not.toEqual(referenceLifecycle(reader(), rules).counts);
    expect(calls.size).toBe(0);
    // A card explains the stage by the rules now kept.
    expect(await backend.call('customers.valueCard', { customerId: ids[1]! })).toEqual(referenceCard(reader(), ids[1]!));
  });

  it('scores again, and only scores, when the score weights change', async () => {
    const calls = countPoolCalls(backend);
    const { settings } = await backend.call('value.scoreSettings', {});
    await backend.call('value.setScoreSettings', { settings: { ...settings, weights: { prospective: 10, current: 70, qualitative: 20 }, qualitative: settings.qualitative.slice(0, 2) } });
    const card = await backend.call('customers.valueCard', { customerId: ids[2]! });
    expect(card).toEqual(referenceCard(reader(), ids[2]!));
    expect(card.strategicScore.weights.current).toBe(70);
    expect(Object.fromEntries(calls)).toEqual({ strategicScores: 1 });
  });

  it('is kept in the workspace: after a restart a card and the panel read it, valuing nothing', async () => {
    await valuationWritten(reader());
    const n = (reader().prepare('SELECT count(*) FROM customer_summary').pluck().get() as number);
    expect(reader().prepare('SELECT count(*) FROM customer_values').pluck().get()).toBe(n);
    expect(reader().prepare('SELECT complete, score_hash IS NOT NULL AS scored, lifecycle_hash IS NOT NULL AS staged FROM customer_valuation').get()).toEqual({ complete: 1, scored: 1, staged: 1 });
    await backend.close();
    backend = createBackend(options);
    await backend.call('workspace.openDefault', {});
    const calls = countPoolCalls(backend);
    for (const id of ids) expect(await backend.call('customers.valueCard', { customerId: id })).toEqual(referenceCard(reader(), id));
    expect(await backend.call('customers.lifecycle', {})).toEqual(referenceLifecycle(reader(), readLifecycleRules(reader())));
    expect(calls.size).toBe(0);
    expect((await backend.call('jobs.list', {})).filter((j) => j.label === 'Valuing the customers')).toHaveLength(0);
  });

  it('values the base again after an import, which changes the transactions', async () => {
    const calls = countPoolCalls(backend);
    const end = readMeta(reader(), 'summary.calibrationEnd')!;
    const path = join(home, 'more.csv');
    writeFileSync(path, `customer,date,amount\n${ids[1]},${end},42.5\n`);
    await backend.call('import.transactions', {
      path,
      read: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso' },
      mapping: { customerId: 0, date: 1, amount: 2 },
      summary: { unit: 'week' },
    });
    // The lifecycle panel first: the base is valued without scoring it ...
    expect(await backend.call('customers.lifecycle', {})).toEqual(referenceLifecycle(reader(), readLifecycleRules(reader())));
    expect(Object.fromEntries(calls)).toEqual({ valueCardModels: 1, valueCardChunk: 1 });
    // ... which the card then scores, on the same values.
    const card = await backend.call('customers.valueCard', { customerId: ids[1]! });
    expect(card).toEqual(referenceCard(reader(), ids[1]!));
    expect(Object.fromEntries(calls)).toEqual({ valueCardModels: 1, valueCardChunk: 1, strategicScores: 1 });
  });

  it('values the base once for a card and the panel asked at once, each keeping its part', async () => {
    const end = readMeta(reader(), 'summary.calibrationEnd')!;
    const path = join(home, 'again.csv');
    writeFileSync(path, `customer,date,amount\n${ids[0]},${end},7.25\n`);
    await backend.call('import.transactions', {
      path,
      read: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso' },
      mapping: { customerId: 0, date: 1, amount: 2 },
      summary: { unit: 'week' },
    });
    const calls = countPoolCalls(backend);
    const [panel, card] = await Promise.all([backend.call('customers.lifecycle', {}), backend.call('customers.valueCard', { customerId: ids[0]! })]);
    expect(Object.fromEntries(calls)).toEqual({ valueCardModels: 1, valueCardChunk: 1, strategicScores: 1 });
    expect(panel).toEqual(referenceLifecycle(reader(), readLifecycleRules(reader())));
    expect(card).toEqual(referenceCard(reader(), ids[0]!));
    // Both parts kept: neither is made again.
    await backend.call('customers.lifecycle', {});
    await backend.call('customers.valueCard', { customerId: ids[2]! });
    expect(Object.fromEntries(calls)).toEqual({ valueCardModels: 1, valueCardChunk: 1, strategicScores: 1 });
    await valuationWritten(reader());
    expect(reader().prepare('SELECT complete, score_hash IS NOT NULL AS scored, lifecycle_hash IS NOT NULL AS staged FROM customer_valuation').get()).toEqual({ complete: 1, scored: 1, staged: 1 });
  });
});
