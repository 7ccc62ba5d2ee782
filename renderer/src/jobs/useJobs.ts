import { useEffect, useState } from 'react';
import { invoke, isConnectionLost, onEvent } from '../backend/client';
import { reportError } from '../errors/errorStore';
import { mergeJobs, nextPruneInMs, pruneJobs, type DisplayedJob } from './jobDisplay';

/**
 * The jobs to show: the backend's list at start, then every 'jobs.changed'. `reloadKey` counts
 * connections, so the list is asked for again after a reconnection, when events may have been
 * missed.
 */
export function useJobs(reloadKey: number): DisplayedJob[] {
  const [jobs, setJobs] = useState<DisplayedJob[]>([]);

  useEffect(() => {
    // Nothing to ask before the first connection; the key turns 1 when it opens.
    if (reloadKey === 0) return undefined;
    let live = true;
    const stop = onEvent('jobs.changed', (incoming) => setJobs((shown) => mergeJobs(shown, incoming, Date.now())));
    invoke('jobs.list', {}).then(
      (incoming) => {
        if (live) setJobs((shown) => mergeJobs(shown, incoming, Date.now()));
      },
      // Losing the connection is shown by the banner; anything else deserves its own message.
      (error: unknown) => {
        if (live && !isConnectionLost(error)) reportError('Listing running jobs', error);
      },
    );
    return () => {
      live = false;
      stop();
    };
  }, [reloadKey]);

  // Finished jobs leave on their own: wake up when the next one is due.
  useEffect(() => {
    const wait = nextPruneInMs(jobs, Date.now());
    if (wait === null) return undefined;
    const timer = setTimeout(() => setJobs((shown) => pruneJobs(shown, Date.now())), wait + 50);
    return () => clearTimeout(timer);
  }, [jobs]);

  return jobs;
}
