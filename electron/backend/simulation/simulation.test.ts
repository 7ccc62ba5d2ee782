import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fullPlan } from '../../../shared/plan/defaultPlans';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { createBackend } from '../backend';

/** Two backends on identical sample workspaces, one with a single worker thread and one with two. */
function backendWith(workerThreads: number) {
  return createBackend({
    host: 'cli',
    version: '0.0.0-test',
    homeDir: mkdtempSync(join(tmpdir(), `lw-sim-${workerThreads}-`)),
    workerThreads,
    sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 40_000 },
    runSampleScenarios: false,
  });
}
const one = backendWith(1);
const two = backendWith(2);
afterAll(async () => {
  await one.close();
  await two.close();
});

describe('plans and simulation runs in a workspace', () => {
  it('keeps every saved version of a plan, and saves an unchanged plan only once', async () => {
    await one.call('workspace.openDefault', {});
    const plan = await one.call('plans.template', { template: 'basic' });
    const first = await one.call('plans.save', { plan });
    expect(first).toMatchObject({ version: 1, name: 'Basic 1% plan' });
    const again = await one.call('plans.save', { planId: first.planId, plan });
    expect(again.version).toBe(1);
    const changed = await one.call('plans.save', { planId: first.planId, plan: { ...plan, name: 'Basic, renamed', horizonWeeks: 104 } });
    expect(changed).toMatchObject({ version: 2, name: 'Basic, renamed' });
    expect((await one.call('plans.get', { planId: first.planId })).plan.horizonWeeks).toBe(104);
    expect((await one.call('plans.list', {})).find((p) => p.planId === first.planId)).toMatchObject({ version: 2 });
    await expect(one.call('plans.save', { plan: { ...plan, earning: { ...plan.earning, pointValueCurrency: -1 } } })).rejects.toMatchObject({ code: 'invalid-arguments' });
    expect(await one.call('plans.delete', { planId: first.planId })).toEqual({ deleted: true });
    expect((await one.call('plans.list', {})).some((p) => p.planId === first.planId)).toBe(false);
  });

  it('gives identical results on one worker thread and on two, and records the run', async () => {
    await two.call('workspace.openDefault', {});
    const runs = [];
    for (const backend of [one, two]) {
      await backend.call('segments.run', { method: 'tiers' });
      const saved = await backend.call('plans.save', { plan: fullPlan() });
      runs.push(await backend.call('simulation.run', { planId: saved.planId, seed: 11, draws: 3 }));
    }
    const [a, b] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(a.record.workers).toBe(1);
    expect(b.record.workers).toBe(2);
    expect(JSON.stringify(b.results)).toBe(JSON.stringify(a.results));
    expect(b.record.inputsHash).toBe(a.record.inputsHash);
    expect(a.record.planHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.results.segments.map((s) => s.segment)).toEqual(['Top 10%', 'Next 20%', 'Next 30%', 'Rest 40%']);
    expect(a.results.baseCustomers).toBeGreaterThan(39_000);
    const latest = await one.call('simulation.latest', { planId: (await one.call('plans.list', {})).find((p) => p.name === 'Full plan')!.planId });
    expect(latest?.record.runId).toBe(a.record.runId);
    expect(JSON.stringify(latest?.results)).toBe(JSON.stringify(a.results));
  });

  it('samples a large base by segment and scales the figures up', async () => {
    const planId = (await one.call('plans.list', {})).find((p) => p.name === 'Full plan')!.planId;
    const full = await one.call('simulation.latest', { planId });
    const sampled = await one.call('simulation.run', { planId, seed: 11, draws: 1, maxCustomers: 8_000 });
    expect(sampled.results.simulatedCustomers).toBeLessThan(8_200);
    expect(sampled.results.baseCustomers).toBe(full!.results.baseCustomers);
    expect(sampled.results.warnings.join(' ')).toMatch(/stratified sample/);
    expect(sampled.results.samplingRelativeError).toBeGreaterThan(0);
    expect(sampled.results.samplingRelativeError).toBeLessThan(0.5);
    expect(full!.results.samplingRelativeError).toBeNull();
    const revenue = (r: typeof sampled) => r.results.segments.reduce((a, s) => a + s.counterfactual.revenue.reduce((x, y) => x + y, 0), 0);
    expect(revenue(sampled) / revenue(full!)).toBeGreaterThan(0.9);
    expect(revenue(sampled) / revenue(full!)).toBeLessThan(1.1);
  });

  it('cancels a run at once and keeps nothing of it', async () => {
    const planId = (await one.call('plans.list', {})).find((p) => p.name === 'Full plan')!.planId;
    const before = await one.call('simulation.latest', { planId });
    const running = one.call('simulation.run', { planId, seed: 12, draws: 40 });
    await new Promise((r) => setTimeout(r, 300));
    const job = (await one.call('jobs.list', {})).find((j) => j.state === 'running');
    expect(job).toBeDefined();
    const asked = performance.now();
    await one.call('jobs.cancel', { jobId: job!.id });
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(performance.now() - asked).toBeLessThan(1000);
    expect((await one.call('simulation.latest', { planId }))?.record.runId).toBe(before?.record.runId);
  });
});
