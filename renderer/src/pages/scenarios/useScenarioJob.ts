import { useCallback, useState } from 'react';
import { invoke } from '../../backend/client';
import { isCancellation } from '../../errors/displayedError';
import { reportError } from '../../errors/errorStore';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { findNewJob } from './scenarioForm';

export interface ScenarioJob {
  running: boolean;
  /** The backend's job for the request, once it has reported. */
  job: DisplayedJob | null;
  cancelling: boolean;
  /** `onFailed`, when given, takes a failure instead of the error stack (a form that says it in place). */
  start<T>(request: () => Promise<T>, onDone: (result: T) => void, onFailed?: (error: unknown) => void): void;
  cancel(): void;
}

/**
 * A backend job started from this page and followed to its end: its progress from the jobs
 * list, Cancel, and its failure on the error stack (a cancellation is the user's choice and is
 * not an error).
 */
export function useScenarioJob(jobs: readonly DisplayedJob[], label: RegExp, errorTitle: string): ScenarioJob {
  const [known, setKnown] = useState<ReadonlySet<string> | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const running = known !== null;
  const job = known ? findNewJob(jobs, known, label) : null;

  const start = useCallback(
    <T,>(request: () => Promise<T>, onDone: (result: T) => void, onFailed?: (error: unknown) => void) => {
      setKnown(new Set(jobs.map((j) => j.id)));
      setCancelling(false);
      request().then(
        (result) => {
          setKnown(null);
          onDone(result);
        },
        (error: unknown) => {
          setKnown(null);
          if (isCancellation(error)) return;
          if (onFailed) onFailed(error);
          else reportError(errorTitle, error);
        },
      );
    },
    [jobs, errorTitle],
  );

  const cancel = () => {
    if (!job) return;
    setCancelling(true);
    invoke('jobs.cancel', { jobId: job.id }).catch((error: unknown) => {
      setCancelling(false);
      reportError(errorTitle, error);
    });
  };

  return { running, job, cancelling, start, cancel };
}
