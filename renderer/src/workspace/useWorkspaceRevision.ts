import { useEffect, useState } from 'react';
import { onEvent } from '../backend/client';

/**
 * Counts 'workspace.changed' events. The backend sends one after every import and whenever a
 * workspace opens; views that read the workspace put this number in their query keys, so even
 * a change that leaves the summary's counts alike (say, attributes imported again) reloads them.
 */
export function useWorkspaceRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => onEvent('workspace.changed', () => setRevision((r) => r + 1)), []);
  return revision;
}
