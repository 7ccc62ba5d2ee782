import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventMessage } from '../../../shared/contract/protocol';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { basicPlan } from '../../../shared/plan/defaultPlans';
import { fixedCostsPerYear } from '../../../shared/plan/derivedFigures';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { createBackend } from '../backend';
import { openSqlite } from '../db/sqlite';
import type { ReadableDB } from '../db/types';
import { readBaseFigures } from '../queries/baseFigures';

const home = mkdtempSync(join(tmpdir(), 'lw-settings-'));
const backend = createBackend({ host: 'cli', version: '0.0.0-test', homeDir: home, workerThreads: 2, sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 1_500 }, runSampleScenarios: false });
const changes: (WorkspaceSummary | null)[] = [];
backend.onEvent((m: EventMessage) => {
  if (m.event === 'workspace.changed') changes.push(m.payload as WorkspaceSummary | null);
});
afterAll(() => backend.close());

describe('a workspace currency and locale', () => {
  it('is chosen at creation, and defaults to EUR with figures in the interface language', async () => {
    const us = await backend.call('workspace.create', { path: join(home, 'us.lwb'), currencyCode: 'usd', locale: 'en-us' });
    expect(us).toMatchObject({ currencyCode: 'USD', locale: 'en-US' });
    const plain = await backend.call('workspace.create', { path: join(home, 'plain.lwb') });
    expect(plain).toMatchObject({ currencyCode: 'EUR', locale: null });
    await expect(backend.invoke('workspace.create', { path: join(home, 'bad.lwb'), currencyCode: 'PESOS' })).rejects.toMatchObject({ code: 'invalid-arguments' });
    expect((await backend.call('workspace.open', { path: join(home, 'us.lwb') })).locale).toBe('en-US');
  });

  it('is changed in settings, which name the plans a new currency would leave behind, and every window hears of it', async () => {
    await backend.call('workspace.openSample', {});
    const before = await backend.call('workspace.settings', {});
    expect(before).toMatchObject({ currencyCode: 'EUR', locale: null });
    expect(before.transactions).toBeGreaterThan(0);
    expect(before.plans.length).toBeGreaterThan(0);
    expect(before.plans.every((p) => p.currency === 'EUR')).toBe(true);

    const changed = await backend.call('workspace.setSettings', { currencyCode: 'MXN', locale: 'es-MX' });
    expect(changed).toMatchObject({ currencyCode: 'MXN', locale: 'es-MX', isSample: true });
    expect(changes.at(-1)).toMatchObject({ currencyCode: 'MXN', locale: 'es-MX' });
    // One setting at a time leaves the other as it was.
    expect(await backend.call('workspace.setSettings', { locale: 'es-ES' })).toMatchObject({ currencyCode: 'MXN', locale: 'es-ES' });
    expect((await backend.call('customers.overview', {})).currencyCode).toBe('MXN');
    await expect(backend.invoke('workspace.setSettings', {})).rejects.toMatchObject({ code: 'invalid-arguments' });
    await expect(backend.invoke('workspace.setSettings', { currencyCode: 'XYZ' })).rejects.toMatchObject({ code: 'invalid-arguments' });
  });

  it('refuses to run a plan in another currency, naming both and the fixes', async () => {
    const scenario = (await backend.call('scenarios.list', {}))[0]!;
    const refused = backend.call('scenarios.run', { scenarioId: scenario.scenarioId });
    await expect(refused).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/is in EUR, but this workspace's sales are in MXN/) });
    await expect(refused).rejects.toMatchObject({ hint: expect.stringMatching(/Change the plan's currency to MXN in the General section of the Plan page/) });
    const saved = await backend.call('plans.save', { plan: basicPlan() });
    await expect(backend.call('simulation.run', { planId: saved.planId, draws: 1 })).rejects.toMatchObject({ code: 'bad-input' });
    await backend.call('plans.delete', { planId: saved.planId });
  });

  it("makes a template in the workspace currency, its fixed costs sized to the base's sales", async () => {
    const plan = await backend.call('plans.template', { template: 'basic' });
    expect(plan.currency).toBe('MXN');
    const reader = openSqlite(join(home, 'sample.lwb'), { readonly: true }) as ReadableDB;
    const base = readBaseFigures(reader);
    reader.close();
    expect(base.customers).toBe(1_500);
    // Launch 0.5% of a year's sales, platform and staff 0.25% and 0.15%: 0.57% a year over three years.
    expect(plan.costs.launchCurrency / base.yearlySalesCurrency!).toBeCloseTo(0.005, 4);
    expect(fixedCostsPerYear(plan) / base.yearlySalesCurrency!).toBeCloseTo(0.005 / 3 + 0.004, 4);
    expect(plan.description).toMatch(/^Fixed costs sized to this base \(1,500 customers/);
  });

  it('runs a plan in the workspace currency, and warns when its break-even lift is beyond reach', async () => {
    await backend.call('workspace.setSettings', { currencyCode: 'EUR' });
    const template = await backend.call('plans.template', { template: 'basic' });
    // The template's old fixed costs, fifty times over, on a 1,500-customer base.
    const saved = await backend.call('plans.save', { plan: { ...template, name: 'Out of scale', costs: { launchCurrency: 2_500_000, platformPerMonthCurrency: 200_000, staffPerYearCurrency: 3_000_000 } } });
    const run = await backend.call('simulation.run', { planId: saved.planId, draws: 1, seed: 3 });
    expect(run.results.currency).toBe('EUR');
    expect(run.results.warnings.join(' ')).toMatch(/To pay for itself the plan needs sales to rise by [\d,]+%/);
    const sized = await backend.call('plans.save', { plan: { ...template, name: 'Sized' } });
    const fine = await backend.call('simulation.run', { planId: sized.planId, draws: 1, seed: 3 });
    expect(fine.results.warnings.join(' ')).not.toMatch(/To pay for itself/);
  });
});
