export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** A long-running piece of work as the status area shows it. */
export interface JobSnapshot {
  id: string;
  label: string;
  state: JobState;
  /** Units done and in all (e.g. customers generated); total 0 means not yet known. */
  done: number;
  total: number;
  unit: string;
  startedAtMs: number;
  /** Estimated seconds left, from the rate so far; null until there is a rate. */
  secondsLeft: number | null;
  /** A line of detail while running, e.g. "412,000 rows · 180,000 rows/s"; null when none. */
  detail: string | null;
  /** Plain-words reason when state is 'failed'. */
  error: string | null;
  /** A cancel was asked for when the work had already finished: it is 'done' and its result kept. */
  cancelArrivedLate: boolean;
}

/** Seconds left at the average rate so far; null while nothing is done yet. */
export function estimateSecondsLeft(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0 || total <= 0 || elapsedMs <= 0) return null;
  const remaining = Math.max(0, total - done);
  return (remaining * elapsedMs) / done / 1000;
}
