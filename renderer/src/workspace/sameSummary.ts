import type { WorkspaceSummary } from '../../../shared/domain/workspace';

/** Equal by content: a summary is small plain data, so comparing its JSON is exact enough. */
export function sameSummary(a: WorkspaceSummary | null, b: WorkspaceSummary | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}
