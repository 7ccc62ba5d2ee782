import { centralValue, drawValue, type Assumption } from '../plan/assumption';
import type { Plan } from '../plan/planSchema';
import { createRng } from '../random/rng';

/**
 * The outer Monte Carlo loop draws every behavioural assumption of a plan. Assumptions are found
 * by shape (an object with `dist` and `source`) wherever they sit in the plan, and named by their
 * path ("behaviour.goalGradientUplift", "promotions.0.upliftShare"), so a new mechanic's
 * assumptions are drawn without this file knowing about it.
 */
function isAssumption(value: unknown): value is Assumption {
  return typeof value === 'object' && value !== null && 'dist' in value && 'source' in value;
}

/** Every assumption of the plan with its path, in a stable order (the plan's own field order). */
export function listAssumptions(plan: Plan): { path: string; assumption: Assumption }[] {
  const found: { path: string; assumption: Assumption }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (isAssumption(value)) {
      found.push({ path, assumption: value });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, path ? `${path}.${i}` : String(i)));
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(plan, '');
  return found;
}

/**
 * The assumption values of draw `draw`: draw 0 is the base case (every assumption at its most
 * likely value); draw k > 0 takes one value from each distribution, from a stream of its own
 * keyed by (seed, k), so draw k is the same however many draws a run has.
 */
export function drawAssumptions(plan: Plan, seed: number, draw: number): Record<string, number> {
  const values: Record<string, number> = {};
  const rng = createRng(seed, 0x5eed0000 + draw);
  for (const { path, assumption } of listAssumptions(plan)) {
    values[path] = draw === 0 ? centralValue(assumption.dist) : drawValue(assumption.dist, rng);
  }
  return values;
}

/** The plan with every assumption fixed at the given values (paths not given keep their central value). */
export function fixAssumptions(plan: Plan, values: Readonly<Record<string, number>>): Plan {
  const rebuild = (value: unknown, path: string): unknown => {
    if (isAssumption(value)) {
      const v = values[path] ?? centralValue(value.dist);
      return { dist: { kind: 'fixed', value: v }, source: value.source };
    }
    if (Array.isArray(value)) return value.map((v, i) => rebuild(v, path ? `${path}.${i}` : String(i)));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rebuild(v, path ? `${path}.${k}` : k)]));
    }
    return value;
  };
  return rebuild(plan, '') as Plan;
}
