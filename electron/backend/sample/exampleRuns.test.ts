import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobSnapshot } from '../../../shared/domain/jobs';
import { basicPlan } from '../../../shared/plan/defaultPlans';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { createBackend, type Backend } from '../backend';
import { openSqlite } from '../db/sqlite';
import { EXAMPLES_TO_RUN } from './exampleRuns';

/** The sample's example scenarios run in the background once it is open (exampleRuns.ts). */

const backends: Backend[] = [];
afterAll(async () => {
  for (const b of backends) await b.close();
});

function backendIn(home: string): Backend {
  const backend = createBackend({ host: 'cli', version: '0.0.0-test', homeDir: home, workerThreads: 1, sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 1200 } });
  backends.push(backend);
  return backend;
}

const exampleJobs = async (backend: Backend): Promise<JobSnapshot[]> => (await backend.call('jobs.list', {})).filter((j) => j.label.startsWith('Running example scenario'));

async function until<T>(probe: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await probe();
    if (holds(value)) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const statuses = async (backend: Backend) => (await backend.call('scenarios.list', {})).map((s) => s.status);

describe('the example scenarios in the background', () => {
  it('leave the user working meanwhile, show as never run until each is stored, and end up current', async () => {
    const backend = backendIn(mkdtempSync(join(tmpdir(), 'lw-examples-')));
    const summary = await backend.call('workspace.openDefault', {});
    expect(summary.isSample).toBe(true);
    // Answered before the examples have run: the first is running, the others wait unrun.
    expect(await statuses(backend)).toEqual(['never-run', 'never-run', 'never-run']);
    expect((await exampleJobs(backend)).map((j) => j.state)).toEqual(['running']);

    // Work that holds the workspace goes ahead at once (it would be refused as busy under a lock).
    const plan = await backend.call('plans.save', { plan: { ...basicPlan(), name: 'Mine' } });
    const mine = await backend.call('scenarios.create', { name: 'Mine', planId: plan.planId, seed: 3, draws: 2 });
    await backend.call('scenarios.run', { scenarioId: mine.scenarioId });

    const jobs = await until(() => exampleJobs(backend), (j) => j.length === 3 && j.every((x) => x.state !== 'running'));
    expect(jobs.map((j) => j.state)).toEqual(['done', 'done', 'done']);
    expect(await statuses(backend)).toEqual(['up-to-date', 'up-to-date', 'up-to-date', 'up-to-date']);
  });

  it('give way to the user: one deleted while it runs is dropped, one the user ran first is not run again', async () => {
    const backend = backendIn(mkdtempSync(join(tmpdir(), 'lw-examples-')));
    await backend.call('workspace.openDefault', {});
    const [basic, richer] = await backend.call('scenarios.list', {});
    await backend.call('scenarios.delete', { scenarioId: basic!.scenarioId });
    await backend.call('scenarios.run', { scenarioId: richer!.scenarioId });
    const jobs = await until(() => exampleJobs(backend), (j) => j.some((x) => x.label.includes('Full programme') && x.state !== 'running'));
    const states = Object.fromEntries(jobs.map((j) => [j.label, j.state]));
    expect(states['Running example scenario "Basic 1%"']).toBe('cancelled');
    // Reached while the user's run was going (then given up once that run is stored), or after.
    expect([undefined, 'cancelled']).toContain(states['Running example scenario "2% with double points"']);
    expect(states['Running example scenario "Full programme"']).toBe('done');
    expect(await statuses(backend)).toEqual(['up-to-date', 'up-to-date']);
  });

  it('keep every run stored when the app closes meanwhile, and run the rest when the sample opens again', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-examples-'));
    const first = backendIn(home);
    await first.call('workspace.openDefault', {});
    const afterOne = await until(() => first.call('scenarios.list', {}), (list) => list.some((s) => s.lastRun !== null));
    const kept = afterOne.find((s) => s.lastRun !== null)!;
    await first.close();

    const list = await openSqlite(join(home, 'sample.lwb'), { readonly: true });
    expect(list.prepare('SELECT count(*) AS n FROM meta WHERE key = ?').get(EXAMPLES_TO_RUN)).toEqual({ n: 1 });
    list.close();

    const second = backendIn(home);
    await second.call('workspace.openDefault', {});
    await until(() => statuses(second), (s) => s.every((x) => x === 'up-to-date'));
    const again = await second.call('scenarios.list', {});
    // The run made before the close is the one kept: not run a second time.
    expect(again.find((s) => s.scenarioId === kept.scenarioId)?.lastRun?.runId).toBe(kept.lastRun!.runId);
    expect((await exampleJobs(second)).length).toBe(2);
  });

  it('stop when another workspace opens, and go on when the sample is back', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-examples-'));
    const backend = backendIn(home);
    await backend.call('workspace.openDefault', {});
    await backend.call('workspace.create', { path: join(home, 'client.lwb') });
    const stopped = await exampleJobs(backend);
    expect(stopped.every((j) => j.state !== 'running')).toBe(true);
    await backend.call('workspace.openSample', {});
    await until(() => statuses(backend), (s) => s.every((x) => x === 'up-to-date'));
  });

  it('never wait on a workspace another writer holds: the run is not kept, says why, and runs again next time', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-examples-'));
    const backend = backendIn(home);
    await backend.call('workspace.openDefault', {});
    // Another connection holds the write lock, as an import in its own thread does.
    const other = openSqlite(join(home, 'sample.lwb'));
    other.prepare('BEGIN IMMEDIATE').run();
    const jobs = await until(() => exampleJobs(backend), (j) => j.length > 0 && j.every((x) => x.state !== 'running'));
    other.prepare('ROLLBACK').run();
    other.close();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: 'failed', error: expect.stringMatching(/was not kept: .* was being written to/) });
    expect(await statuses(backend)).toEqual(['never-run', 'never-run', 'never-run']);

    await backend.call('workspace.create', { path: join(home, 'other.lwb') });
    await backend.call('workspace.openSample', {});
    await until(() => statuses(backend), (s) => s.every((x) => x === 'up-to-date'));
  });
});
