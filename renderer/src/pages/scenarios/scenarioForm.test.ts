import { describe, expect, it } from 'vitest';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { analysisSample, checkCreate, checkUpdate, copyName, findNewJob, newScenarioForm, nextScenarioName } from './scenarioForm';

describe('checkCreate', () => {
  it('makes the request from a filled form, leaving out an empty sample size', () => {
    const checked = checkCreate({ ...newScenarioForm(4, 'Base plan'), seed: 9 });
    expect(checked).toEqual({ ok: true, request: { name: 'Base plan', planId: 4, seed: 9, draws: 20 } });
  });

  it('says what is wrong under each field', () => {
    const checked = checkCreate({ name: ' ', planId: null, seed: '', draws: 500, maxCustomers: 10 });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.name).toBe('A scenario needs a name.');
    expect(checked.errors.planId).toMatch(/Choose the plan/);
    expect(checked.errors.seed).toMatch(/Give a seed/);
    expect(checked.errors.draws).toBe('At most 200 draws.');
    expect(checked.errors.maxCustomers).toBe('Simulate at least 100 customers.');
  });
});

describe('checkUpdate', () => {
  it('sends an emptied sample size as every customer', () => {
    const checked = checkUpdate(3, { ...newScenarioForm(1, 'Renamed'), maxCustomers: '' });
    expect(checked).toEqual({ ok: true, request: { scenarioId: 3, name: 'Renamed', seed: 1, draws: 20, maxCustomers: null } });
  });
});

describe('names', () => {
  it('names a copy after its original, numbering further copies', () => {
    expect(copyName('Base plan', [])).toBe('Base plan (copy)');
    expect(copyName('Base plan', ['Base plan (copy)'])).toBe('Base plan (copy 2)');
    expect(copyName('Base plan (copy)', ['Base plan (copy)'])).toBe('Base plan (copy 2)');
  });

  it('offers a free name for a new scenario', () => {
    expect(nextScenarioName([])).toBe('Scenario 1');
    expect(nextScenarioName(['Scenario 2', 'Other'])).toBe('Scenario 3');
  });
});

describe('findNewJob', () => {
  const job = (id: string, label: string): DisplayedJob => ({ id, label, state: 'running', done: 0, total: 10, unit: 'runs', detail: null, secondsLeft: null, finishedSeenAtMs: null }) as unknown as DisplayedJob;

  it('finds the job started after the request, by its label', () => {
    const jobs = [job('1', 'Sensitivity of "A"'), job('2', 'Importing'), job('3', 'Sensitivity of "B"')];
    expect(findNewJob(jobs, new Set(['1']), /^Sensitivity/)?.id).toBe('3');
    expect(findNewJob(jobs, new Set(['1', '3']), /^Sensitivity/)).toBeNull();
  });
});

describe('analysisSample', () => {
  it('uses the scenario’s own sample when it is smaller than the analysis default', () => {
    expect(analysisSample({ maxCustomers: 5000 })).toEqual({ maxCustomers: 5000 });
    expect(analysisSample({ maxCustomers: 50_000 })).toEqual({});
    expect(analysisSample({ maxCustomers: null })).toEqual({});
    expect(analysisSample(undefined)).toEqual({});
  });
});
