import { useCallback, useEffect, useState } from 'react';
import type { CustomerOverview, WorkspaceSummary } from '../../../../shared/domain/workspace';
import { invoke } from '../../backend/client';

export type OverviewState =
  | { status: 'loading' }
  | { status: 'loaded'; overview: CustomerOverview }
  | { status: 'failed'; error: unknown };

type Fetched = { path: string } & ({ status: 'loaded'; overview: CustomerOverview } | { status: 'failed'; error: unknown });

/**
 * The overview of the open workspace, fetched again whenever the workspace changes (a new
 * summary, or a 'workspace.changed' event counted in `revision`). While the
 * same workspace is refreshed the old figures stay up; another workspace's figures never do.
 */
export function useCustomerOverview(summary: WorkspaceSummary, revision: number): { state: OverviewState; reload: () => void } {
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const [attempt, setAttempt] = useState(0);
  const path = summary.path;

  useEffect(() => {
    let live = true;
    invoke('customers.overview', {}).then(
      (overview) => live && setFetched({ path, status: 'loaded', overview }),
      (error: unknown) => live && setFetched({ path, status: 'failed', error }),
    );
    return () => {
      live = false;
    };
    // The whole summary is a dependency on purpose: a changed summary means changed data.
  }, [summary, path, attempt, revision]);

  const reload = useCallback(() => {
    setFetched(null);
    setAttempt((a) => a + 1);
  }, []);

  const state: OverviewState = !fetched || fetched.path !== path ? { status: 'loading' } : fetched;
  return { state, reload };
}
