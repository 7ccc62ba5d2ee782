import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventMessage } from '../../shared/contract/protocol';
import { DEFAULT_SAMPLE_SPEC } from '../../shared/sample/sampleSpec';
import { createBackend } from './backend';
import { openSqlite } from './db/sqlite';
import { LATEST_SCHEMA_VERSION } from './db/migrations';

const home = mkdtempSync(join(tmpdir(), 'lw-backend-'));
const backend = createBackend({
  host: 'cli',
  version: '0.0.0-test',
  homeDir: home,
  workerThreads: 2,
  sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 1500 },
});
const events: EventMessage[] = [];
backend.onEvent((m) => events.push(m));
afterAll(() => backend.close());

/** The example scenarios' background jobs, once none is running (they start as the sample opens). */
async function examplesFinished(): Promise<{ label: string; state: string }[]> {
  for (;;) {
    const examples = (await backend.call('jobs.list', {})).filter((j) => j.label.startsWith('Running example scenario'));
    if (examples.length === 3 && examples.every((j) => j.state !== 'running')) return examples;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the backend', () => {
  it('opens the sample on first start, generating it as a job with progress', async () => {
    const summary = await backend.call('workspace.openDefault', {});
    expect(summary).toMatchObject({ name: 'sample', isSample: true, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(summary.counts.customers).toBe(1500);
    expect(existsSync(join(home, 'sample.lwb'))).toBe(true);
    const jobEvents = events.filter((e) => e.event === 'jobs.changed').map((e) => e.payload as { state: string; done: number }[]);
    expect(jobEvents.at(-1)?.[0]).toMatchObject({ state: 'done', done: 1500 });
    expect(events.some((e) => e.event === 'workspace.changed')).toBe(true);
    // It comes with example scenarios, run in the background once the sample is open, so it
    // opens in seconds: listed at once, never run until each one's run is stored.
    const atOpen = await backend.call('scenarios.list', {});
    expect(atOpen.map((s) => s.name)).toEqual(['Basic 1%', '2% with double points', 'Full programme']);
    expect(atOpen.every((s) => s.status === 'never-run' || s.status === 'up-to-date')).toBe(true);
    const examples = await examplesFinished();
    expect(examples.map((j) => j.label)).toEqual(['Running example scenario "Basic 1%"', 'Running example scenario "2% with double points"', 'Running example scenario "Full programme"']);
    expect(examples.every((j) => j.state === 'done')).toBe(true);
    const scenarios = await backend.call('scenarios.list', {});
    expect(scenarios.every((s) => s.lastRun !== null && s.status === 'up-to-date')).toBe(true);
    // Once every example has its run, the workspace no longer asks for them.
    const db = openSqlite(join(home, 'sample.lwb'), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'sample.examplesToRun'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('summarises the customer base for the Data page', async () => {
    const overview = await backend.call('customers.overview', {});
    expect(overview.customers).toBe(1500);
    expect(overview.monthly.length).toBeGreaterThan(30);
    const binned = overview.purchasesPerCustomer.reduce((s, b) => s + b.customers, 0);
    expect(binned).toBe(1500);
    const monthlyRevenue = overview.monthly.reduce((s, m) => s + m.revenue, 0);
    expect(monthlyRevenue).toBeCloseTo(overview.revenue, 6);
    expect(overview.monthly.reduce((s, m) => s + m.newCustomers, 0)).toBe(1500);
  });

  it('saves as a new file, switches to it and lists it as recent', async () => {
    const copy = join(home, 'client copy.lwb');
    const saved = await backend.call('workspace.saveAs', { path: copy });
    expect(saved).toMatchObject({ path: copy, name: 'client copy' });
    expect(saved.counts.customers).toBe(1500);
    await expect(backend.call('workspace.saveAs', { path: join(home, 'sample.lwb') })).rejects.toMatchObject({ code: 'already-exists' });
    const recent = await backend.call('workspace.recent', {});
    expect(recent.map((r) => r.path).slice(0, 2)).toEqual([copy, join(home, 'sample.lwb')]);
  });

  it('refuses a newer workspace and keeps the open one', async () => {
    const future = join(home, 'future.lwb');
    await backend.call('workspace.create', { path: future });
    await backend.call('workspace.open', { path: join(home, 'sample.lwb') });
    const raw = openSqlite(future);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    await expect(backend.call('workspace.open', { path: future })).rejects.toMatchObject({ code: 'workspace-from-newer-version' });
    expect((await backend.call('workspace.current', {}))?.name).toBe('sample');
  });

  it('treats its caller as untrusted', async () => {
    await expect(backend.invoke('workspace.open', { path: 42 })).rejects.toMatchObject({ code: 'invalid-arguments' });
    await expect(backend.invoke('constructor', {})).rejects.toMatchObject({ code: 'unknown-method' });
    await expect(backend.invoke('__proto__', {})).rejects.toMatchObject({ code: 'unknown-method' });
    await expect(backend.invoke('workspace.open', { path: join(home, 'nowhere.lwb') })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the backend: importing and the customer base', () => {
  it('previews, imports as a job, pages, bins and lists imports', async () => {
    const { writeFileSync } = await import('node:fs');
    const csv = join(home, 'client.csv');
    writeFileSync(csv, 'Cliente;Fecha;Importe\nC1;25/03/2024;1.234,56\nC1;02/04/2024;12,50\nC2;13/04/2024;3,00\nC3;14/04/2024;-3,00\n');
    await backend.call('workspace.create', { path: join(home, 'client.lwb') });
    const preview = await backend.call('import.preview', { path: csv });
    expect(preview.read).toMatchObject({ delimiter: ';', hasHeader: true, decimalSeparator: ',', thousandsSeparator: '.', dateFormat: 'dd/mm/yyyy' });
    expect(preview.suggestion).toEqual({ customerId: 0, date: 1, amount: 2 });
    const mapping = { customerId: 0, date: 1, amount: 2 };
    const report = await backend.call('import.transactions', { path: csv, read: preview.read, mapping, onBadRows: 'stop', rules: { mergeSameDay: false, negativeAmounts: 'drop' }, summary: { unit: 'week' } });
    expect(report).toMatchObject({ rowsRead: 4, rowsImported: 3, customersAdded: 2 });

    const page = await backend.call('customers.page', { offset: 0, limit: 10, sortBy: 'totalSpend', sortDirection: 'desc' });
    expect(page.total).toBe(2);
    expect(page.rows[0]).toMatchObject({ customerId: 'C1', purchaseDays: 2, totalSpend: 1247.06 });
    expect((await backend.call('customers.page', { offset: 0, limit: 10, search: '2' })).rows.map((r) => r.customerId)).toEqual(['C2']);
    const dist = await backend.call('customers.distributions', {});
    expect(dist.frequency.reduce((s, b) => s + b.count, 0)).toBe(2);
    expect(await backend.call('customers.cohorts', {})).toEqual([
      { month: '2024-03', customers: 1, repeatCustomers: 1, averagePurchaseDays: 2, totalSpend: 1247.06 },
      { month: '2024-04', customers: 1, repeatCustomers: 0, averagePurchaseDays: 1, totalSpend: 3 },
    ]);
    const imports = await backend.call('imports.list', {});
    expect(imports[0]).toMatchObject({ fileName: 'client.csv', rowsImported: 3, dropped: [{ reason: 'negative amount (return)', rows: 1, lines: [5] }] });
    const jobs = await backend.call('jobs.list', {});
    expect(jobs.at(-1)).toMatchObject({ label: 'Importing client.csv', state: 'done', unit: 'bytes' });
  });

  it('refuses sort keys and page sizes outside the contract', async () => {
    await expect(backend.invoke('customers.page', { offset: 0, limit: 10_000 })).rejects.toMatchObject({ code: 'invalid-arguments' });
    await expect(backend.invoke('customers.page', { offset: 0, limit: 10, sortBy: 'customer_id; DROP TABLE customers' })).rejects.toMatchObject({ code: 'invalid-arguments' });
  });
});

describe('the backend: customer value and segments', () => {
  it('validates the models on a holdout, segments, and shows a customer’s value card', async () => {
    await backend.call('workspace.openSample', {});
    const validation = await backend.call('models.validate', { calibrationEnd: '2025-09-28', holdoutEnd: '2026-09-27', unit: 'week' });
    expect(validation.purchaseModels.map((m) => m.key)).toEqual(['bgnbd', 'mbgnbd', 'pnbd']);
    expect(validation.recommended).not.toBeNull();
    const bg = validation.purchaseModels[0]!;
    expect(bg.params.map((p) => p.name)).toEqual(['r', 'alpha', 'a', 'b']);
    expect(bg.tracking.length).toBeGreaterThan(100);
    // The model was fitted on the calibration period; over the holdout its total stays near what happened.
    expect(Math.abs(bg.holdout!.totalError)).toBeLessThan(0.25);
    expect(validation.spendModel?.key).toBe('gg');

    const segments = await backend.call('segments.run', { method: 'tiers' });
    expect(segments.segments.map((s) => s.name)).toEqual(['Top 10%', 'Next 20%', 'Next 30%', 'Rest 40%']);
    expect(segments.points.length).toBeGreaterThan(500);
    expect((await backend.call('segments.current', {}))?.segmentationId).toBe(segments.segmentationId);
    const renamed = await backend.call('segments.rename', { segment: 0, name: 'Loyal core' });
    expect(renamed.segments[0]!.name).toBe('Loyal core');
    await expect(backend.call('segments.rename', { segment: 1, name: 'Loyal core' })).rejects.toMatchObject({ code: 'invalid-arguments' });
    const merged = await backend.call('segments.merge', { segments: [2, 3], name: 'Vulnerable' });
    expect(merged.segments.map((s) => s.name)).toEqual(['Loyal core', 'Next 20%', 'Vulnerable']);
    expect(merged.segments[2]!.size).toBe(segments.segments[2]!.size + segments.segments[3]!.size);
    expect(merged.segmentationId).toBeGreaterThan(segments.segmentationId!);

    const lifecycle = await backend.call('customers.lifecycle', {});
    expect(lifecycle.counts.reduce((s, c) => s + c.count, 0)).toBe(1500);
    expect(lifecycle.counts.map((c) => c.stage)).toEqual(['acquisition', 'development', 'retention', 'at-risk', 'win-back']);
    const stricter = await backend.call('customers.lifecycle', { rules: { ...lifecycle.rules, lapsedAfterDays: 180 } });
    expect(stricter.counts.find((c) => c.stage === 'win-back')!.count).toBeGreaterThan(lifecycle.counts.find((c) => c.stage === 'win-back')!.count);
    // The applied rules are kept with the workspace.
    expect((await backend.call('customers.lifecycle', {})).rules.lapsedAfterDays).toBe(180);
    await backend.call('customers.lifecycle', { rules: lifecycle.rules });
    await expect(backend.invoke('customers.lifecycle', { rules: { newWithinDays: -3 } })).rejects.toMatchObject({ code: 'invalid-arguments' });

    const scoreSettings = await backend.call('value.scoreSettings', {});
    expect(scoreSettings.numericAttributes.map((a) => a.name)).toContain('satisfaction_score');
    const onlyValue = { weights: { prospective: 1, current: 0, qualitative: 0 }, qualitative: [] };
    await backend.call('value.setScoreSettings', { settings: onlyValue });
    expect((await backend.call('value.scoreSettings', {})).settings).toEqual(onlyValue);
    await expect(
      backend.call('value.setScoreSettings', { settings: { ...onlyValue, qualitative: [{ attribute: 'star_sign', direction: 'higher-is-better', weight: 1 }] } }),
    ).rejects.toMatchObject({ code: 'invalid-arguments' });
    const valueOnlyCard = await backend.call('customers.valueCard', { customerId: 'C000001' });
    expect(valueOnlyCard.strategicScore.score).toBeCloseTo(valueOnlyCard.strategicScore.prospective, 9);
    await backend.call('value.setScoreSettings', { settings: scoreSettings.settings });

    const card = await backend.call('customers.valueCard', { customerId: 'C000001' });
    expect(card.customer.customerId).toBe('C000001');
    expect(card.probabilityAlive).toBeGreaterThanOrEqual(0);
    expect(card.probabilityAlive).toBeLessThanOrEqual(1);
    expect(card.lifetimeValue).toBeGreaterThanOrEqual(0);
    expect(card.purchaseCountNextYear).toHaveLength(6);
    expect(card.purchaseCountNextYear.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
    expect(card.lifecycle.explanation.length).toBeGreaterThan(10);
    expect(card.strategicScore.score).toBeGreaterThanOrEqual(0);
    expect(card.strategicScore.score).toBeLessThanOrEqual(100);
    expect(card.strategicScore.qualitativeAttributes).toContain('satisfaction_score');
    expect(card.strategicScore.missingAttributes).toEqual([]);
    expect(card.attributes.map((a) => a.kind)).toContain('demographic');
    await expect(backend.call('customers.valueCard', { customerId: 'nobody' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
