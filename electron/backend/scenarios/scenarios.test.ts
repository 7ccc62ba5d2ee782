import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicPlan, fullPlan } from '../../../shared/plan/defaultPlans';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { createBackend } from '../backend';

const backend = createBackend({
  host: 'cli',
  version: '0.0.0-test',
  homeDir: mkdtempSync(join(tmpdir(), 'lw-scenarios-')),
  workerThreads: 2,
  sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 4_000 },
    runSampleScenarios: false,
});
afterAll(() => backend.close());

let basicId = 0;
let fullId = 0;
beforeAll(async () => {
  await backend.call('workspace.openDefault', {});
  await backend.call('segments.run', { method: 'tiers' });
  basicId = (await backend.call('plans.save', { plan: { ...basicPlan(), horizonWeeks: 52 } })).planId;
  fullId = (await backend.call('plans.save', { plan: { ...fullPlan(), horizonWeeks: 52 } })).planId;
}, 120_000);

describe('scenarios', () => {
  it('are created, named uniquely, duplicated with their own plan, run, compared and marked stale', async () => {
    const a = await backend.call('scenarios.create', { name: 'Plain 1%', planId: basicId, seed: 3, draws: 3 });
    const b = await backend.call('scenarios.create', { name: 'Everything on', planId: fullId, seed: 3 });
    await expect(backend.call('scenarios.create', { name: 'plain 1%', planId: basicId })).rejects.toMatchObject({ code: 'already-exists' });
    expect(a).toMatchObject({ lastRun: null, status: 'never-run', staleBecause: [], planName: 'Basic 1% plan' });

    const runA = await backend.call('scenarios.run', { scenarioId: a.scenarioId });
    await backend.call('scenarios.run', { scenarioId: b.scenarioId });
    const compared = await backend.call('scenarios.results', { scenarioIds: [b.scenarioId, a.scenarioId] });
    expect(compared.map((c) => c.scenario.name)).toEqual(['Everything on', 'Plain 1%']);
    expect(compared[1]!.run?.record.runId).toBe(runA.record.runId);
    expect(compared[1]!.run?.results.draws).toBe(3);

    const copy = await backend.call('scenarios.duplicate', { scenarioId: a.scenarioId, name: 'Plain, richer' });
    expect(copy.planId).not.toBe(a.planId);
    expect(copy).toMatchObject({ seed: 3, draws: 3, lastRun: null });
    // Changing the copy's plan leaves the original's alone; changing a scenario's seed makes its run stale.
    const plan = (await backend.call('plans.get', { planId: copy.planId })).plan;
    await backend.call('plans.save', { planId: copy.planId, plan: { ...plan, earning: { ...plan.earning, pointsPerCurrencyUnit: 2 } } });
    expect((await backend.call('plans.get', { planId: a.planId })).plan.earning.pointsPerCurrencyUnit).toBe(1);
    const changed = await backend.call('scenarios.update', { scenarioId: a.scenarioId, seed: 4 });
    expect(changed).toMatchObject({ status: 'stale', staleBecause: ['settings'] });
    expect((await backend.call('scenarios.list', {})).map((s) => s.name).slice(-3)).toEqual(['Plain 1%', 'Everything on', 'Plain, richer']);
  });

  it('sweeps every assumption for a tornado, widest swing first', async () => {
    const full = (await backend.call('scenarios.list', {})).find((s) => s.name === 'Everything on')!;
    const tornado = await backend.call('scenarios.sensitivity', { scenarioId: full.scenarioId, kpi: 'netIncrementalProfit', maxCustomers: 1_000 });
    expect(tornado.rows.length).toBeGreaterThan(10);
    const swing = (r: (typeof tornado.rows)[0]) => Math.abs(r.kpiAtHigh! - r.kpiAtLow!);
    for (let i = 1; i < tornado.rows.length; i++) expect(swing(tornado.rows[i - 1]!)).toBeGreaterThanOrEqual(swing(tornado.rows[i]!));
    const uplift = tornado.rows.find((r) => r.path === 'behaviour.membershipFrequencyUplift')!;
    expect(uplift.label).toMatch(/membership frequency uplift/i);
    // More frequency uplift, more profit.
    expect(uplift.kpiAtHigh!).toBeGreaterThan(uplift.kpiAtLow!);
    // A plan without tiers is not swept over the tiers' assumptions.
    const plain = (await backend.call('scenarios.list', {})).find((s) => s.name === 'Plain 1%')!;
    const plainTornado = await backend.call('scenarios.sensitivity', { scenarioId: plain.scenarioId, kpi: 'programmeCost', maxCustomers: 500 });
    expect(plainTornado.rows.some((r) => r.path.startsWith('tiers.'))).toBe(false);
    expect(plainTornado.rows.some((r) => r.path === 'behaviour.goalGradientUplift')).toBe(true);
  }, 180_000);

  it('seeks the earn rate that gives a 1.5% free-reward rate and warns when the budget breaks', async () => {
    const basic = (await backend.call('scenarios.list', {})).find((s) => s.name === 'Plain 1%')!;
    const found = await backend.call('scenarios.goalSeek', { scenarioId: basic.scenarioId, lever: 'pointsPerCurrencyUnit', target: 'freeRewardRateTotal', value: 0.015, budgetCapPerYear: 1, maxCustomers: 1_500 });
    expect(found.converged).toBe(true);
    expect(found.leverValue).toBeGreaterThan(1);
    expect(found.achieved.base!).toBeCloseTo(0.015, 3);
    expect(found.achieved.p10!).toBeLessThanOrEqual(found.achieved.p90!);
    expect(found.warnings.join(' ')).toMatch(/budget cap/);
  }, 180_000);
});
