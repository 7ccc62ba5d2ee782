import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { ScenarioSummary, StaleReason } from '../../../shared/domain/scenarios';
import { basicPlan } from '../../../shared/plan/defaultPlans';
import { DEFAULT_LIFECYCLE_RULES } from '../../../shared/segments/lifecycle';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { createBackend } from '../backend';

/**
 * Staleness on a real workspace (the sample, small): after each kind of change a scenario's run
 * goes from up to date to stale with the code of that change, and back after running it again.
 */
const home = mkdtempSync(join(tmpdir(), 'lw-staleness-'));
const backend = createBackend({ host: 'cli', version: '0.0.0-test', homeDir: home, workerThreads: 2, sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 1_500 }, runSampleScenarios: false });
afterAll(() => backend.close());

let scenarioId = 0;
let planId = 0;

const current = async (): Promise<ScenarioSummary> => (await backend.call('scenarios.list', {})).find((s) => s.scenarioId === scenarioId)!;

/** The change leaves the scenario stale for exactly these reasons; running it again makes it fresh. */
async function expectStaleThenFresh(reasons: StaleReason[]): Promise<void> {
  expect(await current()).toMatchObject({ status: 'stale', staleBecause: reasons });
  await backend.call('scenarios.run', { scenarioId });
  expect(await current()).toMatchObject({ status: 'up-to-date', staleBecause: [] });
}

const csv = (name: string, text: string): string => {
  const path = join(home, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(async () => {
  await backend.call('workspace.openDefault', {});
  planId = (await backend.call('plans.save', { plan: { ...basicPlan(), name: 'Staleness plan', horizonWeeks: 26 } })).planId;
  scenarioId = (await backend.call('scenarios.create', { name: 'Watched', planId, seed: 5, draws: 1 })).scenarioId;
}, 120_000);

describe('a scenario’s status', () => {
  it('is never-run until it runs, then up to date', async () => {
    expect(await current()).toMatchObject({ status: 'never-run', staleBecause: [], lastRun: null });
    await backend.call('scenarios.run', { scenarioId });
    expect(await current()).toMatchObject({ status: 'up-to-date', staleBecause: [] });
  });

  it('turns stale when the customers are segmented for the first time (the run fitted its own models on one segment)', async () => {
    await backend.call('segments.run', { method: 'tiers' });
    await expectStaleThenFresh(['models', 'segmentation']);
  });

  it('turns stale on segmentation alone when they are segmented again by k-means (same models, same calibration)', async () => {
    await backend.call('segments.run', { method: 'kmeans', k: 3 });
    await expectStaleThenFresh(['segmentation']);
  });

  it('turns stale when a segment is renamed', async () => {
    const segmentation = (await backend.call('segments.current', {}))!;
    await backend.call('segments.rename', { segment: segmentation.segments[0]!.segment, name: 'Renamed for the test' });
    await expectStaleThenFresh(['segmentation']);
  });

  it('turns stale on the models when they are fitted again to another calibration end', async () => {
    const segmentation = (await backend.call('segments.current', {}))!;
    const earlier = new Date((isoToDayNumber(segmentation.calibrationEnd) - 60) * 86_400_000).toISOString().slice(0, 10);
    await backend.call('segments.run', { method: 'kmeans', k: 3, calibrationEnd: earlier });
    await expectStaleThenFresh(['models', 'segmentation']);
  });

  it('turns stale when the lifecycle rules change, and not when the same rules are saved again', async () => {
    await backend.call('customers.lifecycle', { rules: DEFAULT_LIFECYCLE_RULES });
    expect(await current()).toMatchObject({ status: 'up-to-date' });
    await backend.call('customers.lifecycle', { rules: { ...DEFAULT_LIFECYCLE_RULES, lapsedAfterDays: 400 } });
    await expectStaleThenFresh(['lifecycle']);
  });

  it('turns stale when the plan is edited (a new version), including its horizon', async () => {
    const plan = (await backend.call('plans.get', { planId })).plan;
    await backend.call('plans.save', { planId, plan: { ...plan, earning: { ...plan.earning, pointsPerCurrencyUnit: 3 } } });
    await expectStaleThenFresh(['plan']);
    await backend.call('plans.save', { planId, plan: { ...plan, earning: { ...plan.earning, pointsPerCurrencyUnit: 3 }, horizonWeeks: 30 } });
    await expectStaleThenFresh(['plan']);
  });

  it('turns stale when the scenario’s seed, draws or sample change, and not when it is only renamed', async () => {
    await backend.call('scenarios.update', { scenarioId, name: 'Watched, renamed' });
    expect(await current()).toMatchObject({ status: 'up-to-date' });
    await backend.call('scenarios.update', { scenarioId, seed: 6 });
    await expectStaleThenFresh(['settings']);
    await backend.call('scenarios.update', { scenarioId, draws: 2 });
    await expectStaleThenFresh(['settings']);
    await backend.call('scenarios.update', { scenarioId, maxCustomers: 500 });
    await expectStaleThenFresh(['settings']);
  });

  it('turns stale when transactions are imported, and on the customers too when the import brings new ones', async () => {
    const known = (await backend.call('customers.page', { offset: 0, limit: 1, sortBy: 'totalSpend', sortDirection: 'desc' })).rows[0]!.customerId;
    const read = async (path: string) => (await backend.call('import.preview', { path })).read;
    const old = csv('old.csv', `customer,date,amount\n${known},2020-01-02,12.50\n`);
    await backend.call('import.transactions', { path: old, read: await read(old), mapping: { customerId: 0, date: 1, amount: 2 }, summary: { unit: 'week' } });
    await expectStaleThenFresh(['transactions']);
    const fresh = csv('new.csv', `customer,date,amount\nNEW-CUSTOMER-1,2020-01-03,30\n`);
    await backend.call('import.transactions', { path: fresh, read: await read(fresh), mapping: { customerId: 0, date: 1, amount: 2 }, summary: { unit: 'week' } });
    await expectStaleThenFresh(['customers', 'transactions']);
  });

  it('turns stale when CRM attributes are imported', async () => {
    const known = (await backend.call('customers.page', { offset: 0, limit: 1, sortBy: 'totalSpend', sortDirection: 'desc' })).rows[0]!.customerId;
    const path = csv('attributes.csv', `customer,complaints\n${known},3\n`);
    const read = (await backend.call('import.preview', { path })).read;
    await backend.call('import.attributes', { path, read, customerId: 0, attributes: [{ column: 1, name: 'complaints_test', kind: 'quality', valueType: 'number' }] });
    await expectStaleThenFresh(['attributes']);
  });

  it('says so on the first page of a stale run’s reports, in the report’s language', async () => {
    await backend.call('scenarios.update', { scenarioId, seed: 7 });
    const xlsx = await backend.call('reports.export', { scenarioId, format: 'xlsx', locale: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(String(book.worksheets[0]!.getCell(1, 1).value)).toMatch(/^OUT OF DATE: Since this run, the scenario’s settings changed/);
    const deck = await JSZip.loadAsync(Buffer.from((await backend.call('reports.export', { scenarioId, format: 'pptx', locale: 'es' })).base64, 'base64'));
    const titleSlide = await deck.file('ppt/slides/slide1.xml')!.async('string');
    expect(titleSlide).toContain('DESACTUALIZADO');
    expect(titleSlide).toContain('cambió la configuración del escenario');
    // Fresh again: the notice goes.
    await backend.call('scenarios.run', { scenarioId });
    const again = await JSZip.loadAsync(Buffer.from((await backend.call('reports.export', { scenarioId, format: 'pptx', locale: 'es' })).base64, 'base64'));
    expect(await again.file('ppt/slides/slide1.xml')!.async('string')).not.toContain('DESACTUALIZADO');
  });
});
