import { useCallback, useRef, useState } from 'react';
import { reportError } from '../errors/errorStore';

export interface JobResult<T> {
  /** The last answer for this workspace; kept on screen while a new run works. */
  result: T | null;
  running: boolean;
  run(start: () => Promise<T>): void;
  /**
   * Puts an answer in view that came from elsewhere (loaded on start, or an edit of the shown
   * one). With `onlyIfEmpty` it is dropped when an answer for this workspace is already shown.
   */
  show(result: T, options?: { onlyIfEmpty?: boolean }): void;
}

/**
 * A user-started backend job (a fit, a segmentation) whose last answer stays in view while the
 * next one runs; the job's progress shows in the status area. A failure goes to the error stack
 * under `title`; an answer from another workspace, or an older run, is never shown.
 */
export function useJobResult<T>(scope: string, title: string): JobResult<T> {
  const [answer, setAnswer] = useState<{ scope: string; result: T } | null>(null);
  const [running, setRunning] = useState(false);
  const latest = useRef(0);

  const run = useCallback(
    (start: () => Promise<T>) => {
      const attempt = ++latest.current;
      setRunning(true);
      start().then(
        (result) => {
          if (attempt !== latest.current) return;
          setAnswer({ scope, result });
          setRunning(false);
        },
        (error: unknown) => {
          if (attempt !== latest.current) return;
          setRunning(false);
          reportError(title, error);
        },
      );
    },
    [scope, title],
  );

  const show = useCallback(
    (result: T, options?: { onlyIfEmpty?: boolean }) => {
      setAnswer((previous) => (options?.onlyIfEmpty && previous && previous.scope === scope ? previous : { scope, result }));
    },
    [scope],
  );

  return { result: answer && answer.scope === scope ? answer.result : null, running, run, show };
}
