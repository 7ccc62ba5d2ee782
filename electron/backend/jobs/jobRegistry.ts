import { randomUUID } from 'node:crypto';
import { BackendError } from '../../../shared/contract/errors';
import { estimateSecondsLeft, type JobSnapshot } from '../../../shared/domain/jobs';

export interface JobHandle {
  readonly id: string;
  readonly signal: AbortSignal;
  setTotal(total: number): void;
  advance(units: number): void;
  setDetail(detail: string | null): void;
  /** Throws the cancellation error if the job was cancelled; call between steps. */
  throwIfCancelled(): void;
}

interface JobRecord {
  snapshot: JobSnapshot;
  controller: AbortController;
}

/** How many finished jobs the status area keeps showing. */
const KEEP_FINISHED = 5;
/** Progress events at most this often, so a fast loop does not flood the UI. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * The jobs the backend is running: each has progress, a time-left estimate and a cancel switch.
 * Every change is pushed to the listeners (the UI's status area).
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobRecord>();
  private lastEmitMs = 0;
  private pendingEmit: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly onChange: (jobs: JobSnapshot[]) => void,
    private readonly now: () => number = Date.now,
  ) {}

  list(): JobSnapshot[] {
    return [...this.jobs.values()].map((j) => ({ ...j.snapshot }));
  }

  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job || job.snapshot.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  /** Runs work as a job; the promise settles with the work's result or its error. */
  async run<T>(label: string, unit: string, work: (job: JobHandle) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const snapshot: JobSnapshot = {
      id: randomUUID(),
      label,
      state: 'running',
      done: 0,
      total: 0,
      unit,
      startedAtMs: this.now(),
      secondsLeft: null,
      detail: null,
      error: null,
      cancelArrivedLate: false,
    };
    const record: JobRecord = { snapshot, controller };
    this.jobs.set(snapshot.id, record);
    this.emit(true);

    const handle: JobHandle = {
      id: snapshot.id,
      signal: controller.signal,
      setTotal: (total) => {
        snapshot.total = total;
        this.emit(false);
      },
      advance: (units) => {
        snapshot.done += units;
        snapshot.secondsLeft = estimateSecondsLeft(snapshot.done, snapshot.total, this.now() - snapshot.startedAtMs);
        this.emit(false);
      },
      setDetail: (detail) => {
        snapshot.detail = detail;
        this.emit(false);
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new BackendError('cancelled', `${label} was cancelled; nothing it started was kept.`);
      },
    };

    try {
      const result = await work(handle);
      // A cancel that came after the work had finished (an import already committed) cancels
      // nothing: the result stands, and the status says so rather than "nothing was kept".
      if (controller.signal.aborted) snapshot.cancelArrivedLate = true;
      snapshot.state = 'done';
      snapshot.secondsLeft = 0;
      return result;
    } catch (e) {
      const cancelled = controller.signal.aborted || (e instanceof BackendError && e.code === 'cancelled');
      snapshot.state = cancelled ? 'cancelled' : 'failed';
      snapshot.error = cancelled ? null : e instanceof Error ? e.message : String(e);
      throw cancelled && !(e instanceof BackendError) ? new BackendError('cancelled', `${label} was cancelled; nothing it started was kept.`) : e;
    } finally {
      this.prune();
      this.emit(true);
    }
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.snapshot.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.snapshot.id);
  }

  private emit(force: boolean): void {
    const now = this.now();
    if (force || now - this.lastEmitMs >= PROGRESS_INTERVAL_MS) {
      if (this.pendingEmit) clearTimeout(this.pendingEmit);
      this.pendingEmit = null;
      this.lastEmitMs = now;
      this.onChange(this.list());
    } else if (!this.pendingEmit) {
      this.pendingEmit = setTimeout(() => this.emit(true), PROGRESS_INTERVAL_MS);
      this.pendingEmit.unref?.();
    }
  }
}
