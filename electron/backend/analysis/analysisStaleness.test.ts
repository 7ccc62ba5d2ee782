import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisQuery } from '../../../shared/contract/analysisSchemas';
import type { KeptAnalysis } from '../../../shared/domain/analysisResults';
import type { StaleReason } from '../../../shared/domain/scenarios';
import { basicPlan } from '../../../shared/plan/defaultPlans';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { DEFAULT_LIFECYCLE_RULES } from '../../../shared/segments/lifecycle';
import { createBackend, type Backend } from '../backend';
import { runSegmentation } from '../segments/runSegmentation';

/**
 * The kept results of a small sample workspace, of every kind, after each kind of change: each
 * result says "current" only while what it read is unchanged, and otherwise names what changed.
 * The steps build on each other; each one says what every kept result should say after it.
 */
const home = mkdtempSync(join(tmpdir(), 'lw-analysis-'));
const options = { host: 'cli', version: '0.0.0-test', homeDir: home, workerThreads: 2, sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 1_500 }, runSampleScenarios: false } as const;
let backend: Backend = createBackend(options);
afterAll(() => backend.close());

let planId = 0;
let scenarioId = 0;
let fitRequest = { calibrationEnd: '', holdoutEnd: '', unit: 'week' as const };
const SAMPLE = 300;

const queries = (): Record<string, AnalysisQuery> => ({
  fit: { kind: 'fit' },
  tiers: { kind: 'segmentation', method: 'tiers' },
  kmeans: { kind: 'segmentation', method: 'kmeans' },
  simulation: { kind: 'simulation', planId },
  sensitivity: { kind: 'sensitivity', scenarioId },
  goalSeek: { kind: 'goalSeek', scenarioId },
});

/** Each kept result in a word: absent (null), 'current', or the reasons it is stale. */
const said = (kept: KeptAnalysis | null): null | 'current' | StaleReason[] => (kept === null ? null : kept.status === 'up-to-date' ? 'current' : kept.staleBecause);

async function everything(): Promise<Record<string, KeptAnalysis | null>> {
  const out: Record<string, KeptAnalysis | null> = {};
  for (const [name, query] of Object.entries(queries())) out[name] = await backend.call('analysis.latest', query);
  return out;
}
async function statuses(): Promise<Record<string, null | 'current' | StaleReason[]>> {
  return Object.fromEntries(Object.entries(await everything()).map(([name, kept]) => [name, said(kept)]));
}

const ALL_CURRENT = { fit: 'current', tiers: 'current', kmeans: 'current', simulation: 'current', sensitivity: 'current', goalSeek: 'current' };
const RUN_BASED = ['simulation', 'sensitivity', 'goalSeek'] as const;
const runBased = (reasons: StaleReason[]) => Object.fromEntries(RUN_BASED.map((name) => [name, reasons]));

const simulate = () => backend.call('simulation.run', { planId, draws: 1, maxCustomers: SAMPLE });
const sensitivity = () => backend.call('scenarios.sensitivity', { scenarioId, kpi: 'programmeCost', maxCustomers: SAMPLE });
const goalSeek = () => backend.call('scenarios.goalSeek', { scenarioId, lever: 'pointsPerCurrencyUnit', target: 'freeRewardRateTotal', value: 0.02, maxCustomers: SAMPLE });
async function rerunScenarioBased(): Promise<void> {
  await simulate();
  await sensitivity();
  await goalSeek();
  expect(await statuses()).toEqual(ALL_CURRENT);
}

const daysBefore = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const csv = (name: string, text: string): string => {
  const path = join(home, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(async () => {
  const summary = await backend.call('workspace.openDefault', {});
  fitRequest = { calibrationEnd: daysBefore(summary.lastTransactionDate!, 365), holdoutEnd: summary.lastTransactionDate!, unit: 'week' };
  planId = (await backend.call('plans.save', { plan: { ...basicPlan(), name: 'Kept results plan', horizonWeeks: 26 } })).planId;
  scenarioId = (await backend.call('scenarios.create', { name: 'Kept results', planId, seed: 5, draws: 1, maxCustomers: SAMPLE })).scenarioId;
}, 120_000);

describe('kept analysis results', () => {
  it('are absent until made, then kept with their request, time and status', async () => {
    expect(await statuses()).toEqual({ fit: null, tiers: null, kmeans: null, simulation: null, sensitivity: null, goalSeek: null });
    const before = new Date().toISOString();
    const fit = await backend.call('models.validate', fitRequest);
    await backend.call('segments.run', { method: 'tiers' });
    await backend.call('segments.run', { method: 'kmeans', k: 3 });
    await simulate();
    const tornado = await sensitivity();
    const sought = await goalSeek();
    expect(await statuses()).toEqual(ALL_CURRENT);

    const kept = await everything();
    expect(kept.fit).toMatchObject({ kind: 'fit', request: fitRequest, result: { calibrationEnd: fit.calibrationEnd, recommended: fit.recommended } });
    expect(kept.fit!.madeAt >= before).toBe(true);
    expect(kept.sensitivity).toMatchObject({ request: { scenarioId, kpi: 'programmeCost', maxCustomers: SAMPLE }, result: { rows: tornado.rows } });
    expect(kept.goalSeek).toMatchObject({ request: { lever: 'pointsPerCurrencyUnit', value: 0.02 }, result: { leverValue: sought.leverValue } });
    // The last of each method is kept; only the latest is in use (renamed, merged, simulated).
    expect(kept.tiers).toMatchObject({ inUse: false, result: { method: 'tiers' } });
    expect(kept.kmeans).toMatchObject({ inUse: true, result: { method: 'kmeans', k: 3 } });
  }, 240_000);

  it('after a re-segmentation: runs and their analyses are stale on the segmentation, the fit and the other method stay current', async () => {
    await backend.call('segments.run', { method: 'kmeans', k: 4 });
    expect(await statuses()).toEqual({ ...ALL_CURRENT, ...runBased(['segmentation']) });
    expect(await backend.call('analysis.latest', { kind: 'segmentation', method: 'kmeans' })).toMatchObject({ inUse: true, result: { k: 4 } });
    await rerunScenarioBased();
  }, 240_000);

  it('after a segment is renamed: the same, and the renamed segmentation itself stays current', async () => {
    const current = (await backend.call('segments.current', {}))!;
    await backend.call('segments.rename', { segment: current.segments[0]!.segment, name: 'Renamed to test' });
    expect(await statuses()).toEqual({ ...ALL_CURRENT, ...runBased(['segmentation']) });
    await rerunScenarioBased();
  }, 240_000);

  it('after the scenario’s settings change: its sensitivity and goal seek are stale on the settings, nothing else', async () => {
    await backend.call('scenarios.update', { scenarioId, seed: 6 });
    expect(await statuses()).toEqual({ ...ALL_CURRENT, sensitivity: ['settings'], goalSeek: ['settings'] });
    await sensitivity();
    await goalSeek();
    expect(await statuses()).toEqual(ALL_CURRENT);
  }, 240_000);

  it('after the lifecycle rules or the plan change: the run-based results say which', async () => {
    await backend.call('customers.lifecycle', { rules: { ...DEFAULT_LIFECYCLE_RULES, lapsedAfterDays: 400 } });
    expect(await statuses()).toEqual({ ...ALL_CURRENT, ...runBased(['lifecycle']) });
    await rerunScenarioBased();
    const plan = (await backend.call('plans.get', { planId })).plan;
    await backend.call('plans.save', { planId, plan: { ...plan, earning: { ...plan.earning, pointsPerCurrencyUnit: 3 } } });
    expect(await statuses()).toEqual({ ...ALL_CURRENT, ...runBased(['plan']) });
    await rerunScenarioBased();
  }, 240_000);

  it('after imports: attributes leave the fit current; transactions with a new customer reach everything', async () => {
    const known = (await backend.call('customers.page', { offset: 0, limit: 1, sortBy: 'totalSpend', sortDirection: 'desc' })).rows[0]!.customerId;
    const attributes = csv('attributes.csv', `customer,complaints\n${known},3\n`);
    await backend.call('import.attributes', {
      path: attributes,
      read: (await backend.call('import.preview', { path: attributes })).read,
      customerId: 0,
      attributes: [{ column: 1, name: 'complaints_kept_test', kind: 'quality', valueType: 'number' }],
    });
    expect(await statuses()).toEqual({ fit: 'current', tiers: ['attributes'], kmeans: ['attributes'], ...runBased(['attributes']) });

    const transactions = csv('new.csv', `customer,date,amount\nNEW-CUSTOMER-KEPT,2020-01-03,30\n`);
    await backend.call('import.transactions', {
      path: transactions,
      read: (await backend.call('import.preview', { path: transactions })).read,
      mapping: { customerId: 0, date: 1, amount: 2 },
      summary: { unit: 'week' },
    });
    const all: StaleReason[] = ['customers', 'transactions', 'attributes'];
    expect(await statuses()).toEqual({ fit: ['customers', 'transactions'], tiers: all, kmeans: all, ...runBased(all) });
  }, 240_000);

  it('a fit made again replaces the kept one, with its own settings', async () => {
    const other = { ...fitRequest, calibrationEnd: daysBefore(fitRequest.calibrationEnd, 90) };
    await backend.call('models.validate', other);
    expect(await backend.call('analysis.latest', { kind: 'fit' })).toMatchObject({ status: 'up-to-date', request: other, result: { calibrationEnd: other.calibrationEnd } });
  }, 120_000);

  it('stay in the workspace across a restart', async () => {
    const before = await everything();
    await backend.close();
    backend = createBackend(options);
    await backend.call('workspace.openDefault', {});
    const after = await everything();
    for (const name of Object.keys(before)) {
      expect(after[name]?.madeAt).toBe(before[name]?.madeAt);
      expect(said(after[name] ?? null)).toEqual(said(before[name] ?? null));
    }
  }, 120_000);

  it('records a segmentation made outside the page (lw segment) with it, and says one that recorded nothing (an earlier version) is not current', async () => {
    const { reader, db } = backend.context.session.require();
    await runSegmentation({ reader, writer: db }, backend.context.pool, { method: 'rfm', seed: 1, unit: 'week', value: { horizonMonths: 36, discountRatePerYear: 0.1 } });
    expect(await backend.call('analysis.latest', { kind: 'segmentation', method: 'rfm' })).toMatchObject({ status: 'up-to-date', inUse: true });
    // As a workspace from before the record was kept.
    db.prepare("DELETE FROM analysis_results WHERE kind = 'segmentation' AND key = 'rfm'").run();
    expect(await backend.call('analysis.latest', { kind: 'segmentation', method: 'rfm' })).toMatchObject({ status: 'stale', staleBecause: ['unrecorded'], inUse: true });
  }, 120_000);

  it('go with their scenario: a scenario made after a deletion never shows the deleted one’s', async () => {
    expect(await backend.call('analysis.latest', { kind: 'sensitivity', scenarioId })).not.toBeNull();
    await backend.call('scenarios.delete', { scenarioId });
    expect(await backend.call('analysis.latest', { kind: 'sensitivity', scenarioId })).toBeNull();
    const again = await backend.call('scenarios.create', { name: 'Made after', planId, seed: 5, draws: 1 });
    expect(await backend.call('analysis.latest', { kind: 'sensitivity', scenarioId: again.scenarioId })).toBeNull();
    expect(await backend.call('analysis.latest', { kind: 'goalSeek', scenarioId: again.scenarioId })).toBeNull();
  }, 60_000);
});
