import type { RecentWorkspace, WorkspaceSummary } from '../../../shared/domain/workspace';

/**
 * Where the sample workspace lives. The contract has no "open the sample" method yet, so the UI
 * remembers the sample's path whenever it sees the sample open (the backend opens it on first
 * start) and falls back to the recent list.
 */
const KEY = 'loyalty-workbench.sample-path';
const SAMPLE_FILE = /(^|[/\\])sample\.lwb$/i;

export function rememberSamplePath(summary: WorkspaceSummary | null, storage: Pick<Storage, 'setItem'> = localStorage): void {
  if (summary?.isSample) storage.setItem(KEY, summary.path);
}

export function findSamplePath(recent: readonly RecentWorkspace[], storage: Pick<Storage, 'getItem'> = localStorage): string | null {
  const remembered = storage.getItem(KEY);
  if (remembered) return remembered;
  return recent.find((r) => r.exists && SAMPLE_FILE.test(r.path))?.path ?? null;
}
