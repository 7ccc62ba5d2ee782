import { describe, expect, it } from 'vitest';
import type { JobSnapshot } from '../../../shared/domain/jobs';
import { LINGER_MS, formatJobProgress, type JobProgressWords, mergeJobs, nextPruneInMs, progressPercent, pruneJobs } from './jobDisplay';

// Cast, not annotated: the snapshot may gain fields these tests do not care about.
const job = (overrides: Partial<JobSnapshot> = {}): JobSnapshot =>
  ({
    id: 'j1',
    label: 'Generating the sample',
    state: 'running',
    done: 10,
    total: 100,
    unit: 'customers',
    startedAtMs: 0,
    secondsLeft: 9,
    error: null,
    ...overrides,
  }) as JobSnapshot;

describe('mergeJobs', () => {
  it('shows running jobs as the backend reports them', () => {
    const shown = mergeJobs([], [job()], 1000);
    expect(shown).toEqual([{ ...job(), finishedSeenAtMs: null }]);
  });

  it('remembers when a job was first seen finished, and keeps it after the backend drops it', () => {
    let shown = mergeJobs([], [job()], 1000);
    shown = mergeJobs(shown, [job({ state: 'done', done: 100 })], 2000);
    shown = mergeJobs(shown, [job({ state: 'done', done: 100 })], 2500);
    expect(shown[0]?.finishedSeenAtMs).toBe(2000);
    shown = mergeJobs(shown, [], 3000);
    expect(shown.map((j) => j.state)).toEqual(['done']);
  });

  it('forgets a running job the backend no longer lists', () => {
    const shown = mergeJobs(mergeJobs([], [job()], 0), [], 10);
    expect(shown).toEqual([]);
  });

  it('ignores jobs that had finished before this UI saw them run', () => {
    expect(mergeJobs([], [job({ state: 'done' })], 0)).toEqual([]);
  });

  it('lets failures linger longer than successes', () => {
    const running = mergeJobs([], [job({ id: 'a' }), job({ id: 'b' })], 0);
    const shown = mergeJobs(running, [job({ id: 'a', state: 'done' }), job({ id: 'b', state: 'failed', error: 'Disk full.' })], 0);
    expect(pruneJobs(shown, LINGER_MS.done + 1).map((j) => j.id)).toEqual(['b']);
    expect(pruneJobs(shown, LINGER_MS.failed + 1)).toEqual([]);
    expect(nextPruneInMs(shown, 1000)).toBe(LINGER_MS.done - 1000);
  });
});

describe('progressPercent', () => {
  it('is unknown until there is a total, and never leaves 0-100', () => {
    expect(progressPercent({ done: 5, total: 0 })).toBeNull();
    expect(progressPercent({ done: 25, total: 100 })).toBe(25);
    expect(progressPercent({ done: 120, total: 100 })).toBe(100);
  });
});

describe('formatJobProgress', () => {
  it('shows bytes as megabytes, both figures in the same unit', () => {
    expect(formatJobProgress({ done: 12_400_000, total: 30_200_000, unit: 'bytes' }, 'en-US')).toBe('12.4 of 30.2 MB');
    expect(formatJobProgress({ done: 0, total: 30_200_000, unit: 'bytes' }, 'en-US')).toBe('0.0 of 30.2 MB');
  });

  it('falls back to kilobytes for small files and gigabytes for huge ones', () => {
    expect(formatJobProgress({ done: 12_000, total: 48_000, unit: 'bytes' }, 'en-US')).toBe('12 of 48 KB');
    expect(formatJobProgress({ done: 1_250_000_000, total: 2_000_000_000, unit: 'bytes' }, 'en-US')).toBe('1.25 of 2.00 GB');
  });

  it('counts other units with thousands separators', () => {
    expect(formatJobProgress({ done: 1234, total: 5000, unit: 'customers' }, 'en-US')).toBe('1,234 of 5,000 customers');
    expect(formatJobProgress({ done: 1234, total: 0, unit: 'customers' }, 'en-US')).toBe('1,234 customers');
    expect(formatJobProgress({ done: 0, total: 0, unit: 'bytes' }, 'en-US')).toBe('starting…');
  });

  it('follows the locale', () => {
    expect(formatJobProgress({ done: 12_400_000, total: 30_200_000, unit: 'bytes' }, 'es-ES')).toBe('12,4 of 30,2 MB');
  });
});

describe('formatJobProgress in another language', () => {
  it('takes its words and unit names from the caller', () => {
    const spanish: JobProgressWords = { starting: 'empezando…', of: (d, t) => `${d} de ${t}`, unit: (u) => (u === 'customers' ? 'clientes' : u) };
    expect(formatJobProgress({ done: 12_345, total: 50_000, unit: 'customers' }, 'es-ES', spanish)).toBe('12.345 de 50.000 clientes');
    expect(formatJobProgress({ done: 12_400_000, total: 30_200_000, unit: 'bytes' }, 'es-ES', spanish)).toBe('12,4 de 30,2 MB');
    expect(formatJobProgress({ done: 0, total: 0, unit: 'bytes' }, 'es-ES', spanish)).toBe('empezando…');
  });
});
