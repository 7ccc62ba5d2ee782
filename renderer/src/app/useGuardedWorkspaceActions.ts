import { useMemo } from 'react';
import { requestLeave } from '../drafts/leaveGuard';
import type { WorkspaceActions } from '../workspace/useWorkspaceActions';

/**
 * The workspace actions that take the user to another workspace (New, Open, Save As, the sample,
 * a recent one) ask first, like leaving a page, while a draft is unsaved: the draft belongs to
 * the workspace it was begun in and would not be on screen in the other.
 */
export function useGuardedWorkspaceActions(actions: WorkspaceActions): WorkspaceActions {
  return useMemo(
    () => ({
      ...actions,
      newWorkspace: () => requestLeave(actions.newWorkspace),
      openWorkspace: () => requestLeave(actions.openWorkspace),
      saveAs: () => requestLeave(actions.saveAs),
      openSample: () => requestLeave(actions.openSample),
      openRecent: (path: string) => requestLeave(() => actions.openRecent(path)),
    }),
    [actions],
  );
}
