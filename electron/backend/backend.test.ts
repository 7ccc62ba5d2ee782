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

describe('the backend', () => {
  it('opens the sample on first start, generating it as a job with progress', async () => {
    const summary = await backend.call('workspace.openDefault', {});
    expect(summary).toMatchObject({ name: 'sample', isSample: true, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(summary.counts.customers).toBe(1500);
    expect(existsSync(join(home, 'sample.lwb'))).toBe(true);
    const jobEvents = events.filter((e) => e.event === 'jobs.changed').map((e) => e.payload as { state: string; done: number }[]);
    expect(jobEvents.at(-1)?.[0]).toMatchObject({ state: 'done', done: 1500 });
    expect(events.some((e) => e.event === 'workspace.changed')).toBe(true);
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
