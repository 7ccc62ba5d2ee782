import { useCallback, useEffect, useState } from 'react';
import type { CustomerOverview, WorkspaceSummary } from '../../../../shared/domain/workspace';
import { invoke } from '../../backend/client';

export type OverviewState =
  | { status: 'loading' }
  | { status: 'loaded'; overview: CustomerOverview }
  | { status: 'failed'; error: unknown };

/** The overview of the open workspace, fetched again whenever the workspace changes. */
export function useCustomerOverview(summary: WorkspaceSummary | null): { state: OverviewState; reload: () => void } {
  const [state, setState] = useState<OverviewState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!summary) return undefined;
    let live = true;
    setState((s) => (s.status === 'loaded' ? s : { status: 'loading' }));
    invoke('customers.overview', {}).then(
      (overview) => live && setState({ status: 'loaded', overview }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [summary, attempt]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, reload };
}
