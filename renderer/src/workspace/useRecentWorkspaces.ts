import { useCallback, useState } from 'react';
import type { RecentWorkspace } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';

/** The recent list, fetched when a menu or dialog opens (files may have moved since). */
export function useRecentWorkspaces(): { recent: RecentWorkspace[]; refresh: () => void } {
  const [recent, setRecent] = useState<RecentWorkspace[]>([]);
  const refresh = useCallback(() => {
    // A menu without its recent entries is still useful; failures here are not worth a message.
    invoke('workspace.recent', {}).then(setRecent, () => setRecent([]));
  }, []);
  return { recent, refresh };
}
