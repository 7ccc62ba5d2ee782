import { useEffect, useState } from 'react';
import type { SimulationRun } from '../../../../shared/contract/methods';
import type { Plan } from '../../../../shared/plan/planSchema';
import { invoke } from '../../backend/client';

/**
 * The stored plan of the run on show, read again when the run changes (a run is made from the
 * stored plan, so its promotions and tiers are what the explanations name). Null while it is
 * read, or where it cannot be: the dashboard then leaves the explanations out rather than guess.
 */
export function useRunPlan(planId: number | null, run: SimulationRun | null): Plan | null {
  const [plan, setPlan] = useState<Plan | null>(null);
  const runId = run?.record.runId ?? null;
  useEffect(() => {
    setPlan(null);
    if (planId === null || runId === null) return undefined;
    let live = true;
    invoke('plans.get', { planId }).then(
      (stored) => live && setPlan(stored.plan),
      () => live && setPlan(null),
    );
    return () => {
      live = false;
    };
  }, [planId, runId]);
  return plan;
}
