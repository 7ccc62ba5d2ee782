import type { JobSnapshot } from '../../../shared/domain/jobs';

/** A job as the status area shows it: finished jobs linger briefly so their outcome is seen. */
export interface DisplayedJob extends JobSnapshot {
  /** When this UI first saw the job finished; null while it runs. */
  finishedSeenAtMs: number | null;
}

/** How long a finished job stays in view. Failures stay longer: they need reading. */
export const LINGER_MS = { done: 4000, cancelled: 4000, failed: 15000 } as const;

/**
 * Folds a fresh list from the backend into what is on screen. The backend keeps its last few
 * finished jobs in every list, so a finished job is shown only if this UI saw it run; one that
 * ended before we looked is old news. Jobs the backend no longer lists stay only if they had
 * already finished, for the rest of their moment on screen.
 */
export function mergeJobs(shown: readonly DisplayedJob[], incoming: readonly JobSnapshot[], nowMs: number): DisplayedJob[] {
  const before = new Map(shown.map((job) => [job.id, job]));
  const merged: DisplayedJob[] = [];
  for (const job of incoming) {
    const previous = before.get(job.id);
    if (job.state === 'running') merged.push({ ...job, finishedSeenAtMs: null });
    else if (previous) merged.push({ ...job, finishedSeenAtMs: previous.finishedSeenAtMs ?? nowMs });
  }
  const listed = new Set(incoming.map((job) => job.id));
  for (const job of shown) {
    if (!listed.has(job.id) && job.finishedSeenAtMs !== null) merged.push(job);
  }
  return pruneJobs(merged, nowMs);
}

/** Drops finished jobs whose moment on screen is over. */
export function pruneJobs(jobs: readonly DisplayedJob[], nowMs: number): DisplayedJob[] {
  return jobs.filter((job) => {
    if (job.finishedSeenAtMs === null || job.state === 'running') return true;
    return nowMs - job.finishedSeenAtMs < LINGER_MS[job.state];
  });
}

/** Milliseconds until the next finished job should leave the screen; null when none will. */
export function nextPruneInMs(jobs: readonly DisplayedJob[], nowMs: number): number | null {
  let soonest: number | null = null;
  for (const job of jobs) {
    if (job.finishedSeenAtMs === null || job.state === 'running') continue;
    const wait = Math.max(0, job.finishedSeenAtMs + LINGER_MS[job.state] - nowMs);
    soonest = soonest === null ? wait : Math.min(soonest, wait);
  }
  return soonest;
}

/** 0-100 for the progress bar; null when the total is not known yet (show an indeterminate bar). */
export function progressPercent(job: Pick<JobSnapshot, 'done' | 'total'>): number | null {
  if (job.total <= 0) return null;
  return Math.min(100, Math.max(0, (job.done / job.total) * 100));
}

/** The words of a progress line; English unless the caller passes its language's. */
export interface JobProgressWords {
  starting: string;
  /** "12 of 48", "12 de 48". */
  of(done: string, total: string): string;
  /** A job's unit as the backend names it ("customers", "steps"), in the caller's language. */
  unit(unit: string): string;
}

export const ENGLISH_JOB_PROGRESS: JobProgressWords = {
  starting: 'starting…',
  of: (done, total) => `${done} of ${total}`,
  unit: (unit) => unit,
};

const BYTE_SCALES = [
  { limit: 1e9, divisor: 1e9, unit: 'GB', digits: 2 },
  { limit: 1e6, divisor: 1e6, unit: 'MB', digits: 1 },
  { limit: 0, divisor: 1e3, unit: 'KB', digits: 0 },
] as const;

/**
 * "12.4 of 30.2 MB": both figures in the unit the total calls for, so they compare at a glance
 * (decimal units, as file managers show sizes).
 */
export function formatBytesProgress(done: number, total: number, locale: string, words: JobProgressWords = ENGLISH_JOB_PROGRESS): string {
  const reference = Math.max(total, done);
  const scale = BYTE_SCALES.find((s) => reference >= s.limit) ?? BYTE_SCALES[BYTE_SCALES.length - 1]!;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: scale.digits, maximumFractionDigits: scale.digits });
  const shown = (bytes: number) => number.format(bytes / scale.divisor);
  return total > 0 ? `${words.of(shown(done), shown(total))} ${scale.unit}` : `${shown(done)} ${scale.unit}`;
}

/** How far a running job has got, in its own unit: "1,234 of 5,000 customers", "12.4 of 30.2 MB". */
export function formatJobProgress(job: Pick<JobSnapshot, 'done' | 'total' | 'unit'>, locale: string, words: JobProgressWords = ENGLISH_JOB_PROGRESS): string {
  if (job.total <= 0 && job.done <= 0) return words.starting;
  if (job.unit === 'bytes') return formatBytesProgress(job.done, job.total, locale, words);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const unit = words.unit(job.unit);
  return job.total > 0 ? `${words.of(count.format(job.done), count.format(job.total))} ${unit}` : `${count.format(job.done)} ${unit}`;
}
