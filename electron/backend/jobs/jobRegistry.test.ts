import { describe, expect, it } from 'vitest';
import type { JobSnapshot } from '../../../shared/domain/jobs';
import { JobRegistry } from './jobRegistry';

describe('JobRegistry', () => {
  it('reports progress, time left and the final state', async () => {
    const seen: JobSnapshot[][] = [];
    let clock = 1000;
    const jobs = new JobRegistry((s) => seen.push(s), () => clock);
    const result = await jobs.run('Generate', 'customers', async (job) => {
      job.setTotal(100);
      clock += 1000;
      job.advance(25);
      expect(jobs.list()[0]).toMatchObject({ done: 25, total: 100, state: 'running', secondsLeft: 3 });
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(seen.at(-1)?.[0]).toMatchObject({ state: 'done', label: 'Generate', unit: 'customers' });
  });

  it('cancels a running job and marks it cancelled', async () => {
    const jobs = new JobRegistry(() => {});
    const running = jobs.run('Slow', 'steps', async (job) => {
      for (let i = 0; i < 1000; i++) {
        await new Promise((r) => setTimeout(r, 1));
        job.throwIfCancelled();
      }
    });
    const id = jobs.list()[0]!.id;
    expect(jobs.cancel(id)).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(jobs.list()[0]!.state).toBe('cancelled');
    expect(jobs.cancel(id)).toBe(false);
  });

  it('keeps the result of work that finished before the cancel arrived, and says so', async () => {
    const jobs = new JobRegistry(() => {});
    let release: () => void = () => {};
    // Work past its last cancel check (an import committing): it finishes whatever comes now.
    const committed = new Promise<void>((r) => (release = r));
    const running = jobs.run('Import', 'bytes', async () => {
      await committed;
      return 'kept';
    });
    expect(jobs.cancel(jobs.list()[0]!.id)).toBe(true);
    release();
    await expect(running).resolves.toBe('kept');
    expect(jobs.list()[0]).toMatchObject({ state: 'done', cancelArrivedLate: true });
  });

  it('records a failure with its reason', async () => {
    const jobs = new JobRegistry(() => {});
    await expect(jobs.run('Broken', 'steps', async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(jobs.list()[0]).toMatchObject({ state: 'failed', error: 'disk full' });
  });

  it('keeps only the last few finished jobs', async () => {
    const jobs = new JobRegistry(() => {});
    for (let i = 0; i < 8; i++) await jobs.run(`Job ${i}`, 'steps', async () => i);
    expect(jobs.list().map((j) => j.label)).toEqual(['Job 3', 'Job 4', 'Job 5', 'Job 6', 'Job 7']);
  });
});
