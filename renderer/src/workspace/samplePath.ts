import type { RecentWorkspace, WorkspaceSummary } from '../../../shared/domain/workspace';

/**
 * Where the sample workspace lives. The contract has no "open the sample" method yet, so the UI
 * remembers the sample's path whenever it sees the generated sample open (the backend opens it
 * on first start, as sample.lwb in its own folder) and falls back to the recent list. A copy
 * saved from the sample is also marked isSample, hence the check on the file name as well.
 */
const KEY = 'loyalty-workbench.sample-path';
const SAMPLE_FILE = /(^|[/\\])sample\.lwb$/i;

export function rememberSamplePath(summary: WorkspaceSummary | null, storage: Pick<Storage, 'setItem'> = localStorage): void {
  if (summary?.isSample && SAMPLE_FILE.test(summary.path)) storage.setItem(KEY, summary.path);
}

export function findSamplePath(recent: readonly RecentWorkspace[], storage: Pick<Storage, 'getItem'> = localStorage): string | null {
  const remembered = storage.getItem(KEY);
  if (remembered) return remembered;
  return recent.find((r) => r.exists && SAMPLE_FILE.test(r.path))?.path ?? null;
}
