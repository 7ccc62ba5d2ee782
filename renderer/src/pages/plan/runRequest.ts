/**
 * "Run this plan" on the Plan page asks the Simulation page to run the plan as soon as it opens
 * on it. The request is taken once: coming back to the Simulation page later shows the run,
 * it does not start another.
 */
let request: { workspace: string; planId: number } | null = null;

export function requestRun(workspace: string, planId: number): void {
  request = { workspace, planId };
}

/** True (once) when a run of this plan was asked for in this workspace. */
export function takeRunRequest(workspace: string, planId: number): boolean {
  if (!request || request.workspace !== workspace || request.planId !== planId) return false;
  request = null;
  return true;
}
