import { describe, expect, it } from 'vitest';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { checkRunForm, DEFAULT_RUN_FORM, findRunJob } from './runForm';

describe('checkRunForm', () => {
  it('sends the plan, seed and draws, and a sample size only when one is given', () => {
    expect(checkRunForm({ ...DEFAULT_RUN_FORM, planId: 3 })).toEqual({ ok: true, request: { planId: 3, seed: 1, draws: 40 } });
    expect(checkRunForm({ planId: 3, seed: 7, draws: 1, maxCustomers: 5000 })).toEqual({ ok: true, request: { planId: 3, seed: 7, draws: 1, maxCustomers: 5000 } });
  });

  it('asks for a plan and the required numbers', () => {
    const checked = checkRunForm({ planId: null, seed: '', draws: '', maxCustomers: '' });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors).sort()).toEqual(['draws', 'planId', 'seed']);
  });

  it('keeps to the engine limits, in the contract’s words', () => {
    const checked = checkRunForm({ planId: 1, seed: 1.5, draws: 201, maxCustomers: 50 });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors.seed).toBe('The seed must be a whole number.');
      expect(checked.errors.draws).toBe('At most 200 draws.');
      expect(checked.errors.maxCustomers).toBe('Simulate at least 100 customers.');
    }
  });
});

describe('findRunJob', () => {
  const job = (id: string, label: string) => ({ id, label, state: 'running', done: 0, total: 0, unit: 'draws', startedAtMs: 0, secondsLeft: null, detail: null, error: null, finishedSeenAtMs: null }) as DisplayedJob;

  it('picks the job that started with the run, preferring a simulation', () => {
    const jobs = [job('old', 'Simulating Old plan'), job('imp', 'Importing x.csv'), job('sim', 'Simulating Everyday rewards')];
    expect(findRunJob(jobs, new Set(['old']))?.id).toBe('sim');
    expect(findRunJob([job('other', 'Working')], new Set())?.id).toBe('other');
    expect(findRunJob(jobs.slice(0, 1), new Set(['old']))).toBeNull();
  });
});
