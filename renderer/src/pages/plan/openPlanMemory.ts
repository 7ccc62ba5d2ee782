/**
 * Which plan the designer last showed in a workspace (a stored plan's id, or 'new' for the
 * unsaved new plan), so coming back to the page, or to the app after a restart, shows it again.
 * Kept on this machine beside the drafts (see drafts/draftStorage.ts).
 */
export type OpenPlan = number | 'new';

const keyFor = (workspace: string): string => `lw.plan-open.v1:${JSON.stringify(workspace)}`;

export function rememberOpenPlan(workspace: string, plan: OpenPlan): void {
  try {
    globalThis.localStorage?.setItem(keyFor(workspace), String(plan));
  } catch {
    // Not remembered: the page opens the latest plan instead, and drafts are kept apart anyway.
  }
}

export function rememberedOpenPlan(workspace: string): OpenPlan | null {
  try {
    const value = globalThis.localStorage?.getItem(keyFor(workspace));
    if (value === 'new') return 'new';
    const id = Number(value);
    return value && Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}
