import { DEFAULT_GRADIENT_TOLERANCE, LOOSE_GRADIENT_TOLERANCE, minimizeBfgs, type MinimizeOptions } from './bfgs';
import { minimizeNelderMead } from './nelderMead';
import { evaluateWithGradient, maxAbs, type Objective } from './objective';

export type { Objective } from './objective';
export { numericalHessian, invertPositiveDefinite } from './hessian';
export { minimizeBfgs } from './bfgs';
export { minimizeNelderMead } from './nelderMead';

export type MinimizeMethod = 'bfgs' | 'nelder-mead then bfgs' | 'nelder-mead';

export interface RobustMinimizeResult {
  theta: Float64Array;
  value: number;
  gradient: Float64Array;
  converged: boolean;
  /** Iterations of all the methods that ran, added. */
  iterations: number;
  evaluations: number;
  method: MinimizeMethod;
  /** Why it failed, in plain words; empty when it converged. */
  failureReason: string;
  /** What happened on the way (a BFGS failure that the fallback recovered from), in plain words. */
  notes: string[];
  /** BFGS's final inverse-Hessian approximation, when BFGS had the last word. */
  inverseHessian: Float64Array | null;
}

/**
 * Minimises with BFGS; when BFGS fails (NaN, a line search that cannot progress, too many
 * iterations) runs Nelder-Mead from the best point seen, then BFGS again from where the simplex
 * settled to pin the optimum down. Never throws; the result says whether it converged and why not.
 */
export function minimize(objective: Objective, start: Float64Array, options: MinimizeOptions = {}): RobustMinimizeResult {
  const first = minimizeBfgs(objective, start, options);
  if (first.converged) return { ...first, method: 'bfgs', notes: [] };
  // The fallback starts afresh: a poor approximation may be why BFGS failed.
  const { initialInverseHessian: _dropped, ...freshOptions } = options;

  const notes = [`BFGS stopped (${first.failureReason}); retried with Nelder-Mead.`];
  const from = Number.isFinite(first.value) ? first.theta : start;
  const simplex = minimizeNelderMead(objective, from);
  let iterations = first.iterations + simplex.iterations;
  let evaluations = first.evaluations + simplex.evaluations;
  if (!Number.isFinite(simplex.value)) {
    return {
      theta: from,
      value: first.value,
      gradient: first.gradient,
      converged: false,
      iterations,
      evaluations,
      method: 'nelder-mead',
      failureReason: `${first.failureReason}; ${simplex.failureReason}`,
      notes,
      inverseHessian: null,
    };
  }
  const polish = minimizeBfgs(objective, simplex.theta, freshOptions);
  iterations += polish.iterations;
  evaluations += polish.evaluations;
  if (polish.converged && polish.value <= simplex.value + 1e-12 * Math.abs(simplex.value)) {
    return { ...polish, iterations, evaluations, method: 'nelder-mead then bfgs', notes };
  }
  const gradient = new Float64Array(objective.dimension);
  const value = evaluateWithGradient(objective, simplex.theta, gradient);
  const tolerance = Math.max(options.gradientTolerance ?? DEFAULT_GRADIENT_TOLERANCE, LOOSE_GRADIENT_TOLERANCE);
  const converged = simplex.converged && maxAbs(gradient) <= tolerance;
  if (!polish.converged) notes.push(`BFGS after Nelder-Mead stopped too (${polish.failureReason}).`);
  return {
    theta: simplex.theta,
    value,
    gradient,
    converged,
    iterations,
    evaluations,
    method: 'nelder-mead',
    failureReason: converged
      ? ''
      : simplex.converged
        ? 'the simplex search settled where the likelihood is not at a maximum (its slope is not zero there)'
        : simplex.failureReason,
    notes,
    inverseHessian: null,
  };
}
