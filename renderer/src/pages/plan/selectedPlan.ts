import { useSyncExternalStore } from 'react';

/**
 * The plan the user is working on, shared by the Plan designer and the Simulation page so that
 * "Run this plan" opens the run panel on it. Kept per workspace path: another workspace's plan
 * id means nothing here.
 */
let selected: { workspace: string; planId: number } | null = null;
const listeners = new Set<() => void>();

export function selectPlan(workspace: string, planId: number | null): void {
  selected = planId === null ? null : { workspace, planId };
  for (const l of listeners) l();
}

export function selectedPlanId(workspace: string): number | null {
  return selected && selected.workspace === workspace ? selected.planId : null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The selected plan id for this workspace, re-rendering when it changes. */
export function useSelectedPlanId(workspace: string): number | null {
  return useSyncExternalStore(subscribe, () => selectedPlanId(workspace));
}
