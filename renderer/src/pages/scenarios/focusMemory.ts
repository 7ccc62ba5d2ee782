/**
 * Which scenario the sensitivity and goal seek panels last looked at in a workspace, so coming
 * back to the page, or to the app after a restart, shows that scenario's kept results again
 * rather than the first scenario's. Kept on this machine, as the plan designer keeps its open
 * plan (plan/openPlanMemory.ts).
 */
const keyFor = (workspace: string): string => `lw.scenario-focus.v1:${JSON.stringify(workspace)}`;

export function rememberFocus(workspace: string, scenarioId: number): void {
  try {
    globalThis.localStorage?.setItem(keyFor(workspace), String(scenarioId));
  } catch {
    // Not remembered: the page starts on the first scenario with a run, as it always did.
  }
}

export function rememberedFocus(workspace: string): number | null {
  try {
    const id = Number(globalThis.localStorage?.getItem(keyFor(workspace)));
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}
