import type { TimeUnit } from '../domain/timeUnits';
import type { MinimizeMethod } from './optimize';

export type ModelName = 'bg/nbd' | 'mbg/nbd' | 'pareto/nbd' | 'gamma-gamma' | 'bg/bb';

export interface ParameterInterval {
  lower: number;
  upper: number;
}

/**
 * A fitted model. The log-likelihood is the total over all customers, in the data's own time
 * unit, so it compares directly with published figures and across models on the same data.
 */
export interface FitResult<P extends string, M extends ModelName = ModelName, U extends TimeUnit | 'period' | null = TimeUnit | 'period' | null> {
  model: M;
  params: Readonly<Record<P, number>>;
  /** Total log-likelihood (not a per-customer mean), at the fitted parameters. */
  logLikelihood: number;
  /** Customers (the sum of the row weights). */
  n: number;
  /** Distinct rows the customers compressed to. */
  rows: number;
  /**
   * The unit the data's times were in, and so the unit of the model's rates and predictions:
   * 'period' for the discrete-time BG/BB, null for the spend model, which has no time in it.
   */
  timeUnit: U;
  /** Delta-method standard errors from the inverse Hessian (NaN where it is not invertible). */
  standardErrors: Readonly<Record<P, number>>;
  /**
   * 95% Wald intervals computed on the log scale and mapped back, so they stay positive and are
   * asymmetric like the likelihood of a positive parameter usually is.
   */
  ci95: Readonly<Record<P, ParameterInterval>>;
  converged: boolean;
  iterations: number;
  method: MinimizeMethod;
  aic: number;
  bic: number;
  /** Plain-words cautions about the fit or the data; empty when there are none. */
  warnings: string[];
}

/** A fit that could not be completed, with the reason in words a user can act on. */
export class ModelFitError extends Error {
  readonly model: ModelName;
  constructor(model: ModelName, message: string) {
    super(`${model} fit failed: ${message}`);
    this.name = 'ModelFitError';
    this.model = model;
  }
}

/**
 * Whether an error is a fit's own "these data cannot be fitted" (a ModelFitError, or a summary
 * row no model can take), which a caller reports as a result, rather than a fault in the code
 * (a TypeError, a stack overflow), which it lets go up. Told by name, so that it also holds for
 * errors that crossed from a worker thread, which keep their name and message but not their class.
 */
export function isFitFailure(e: unknown): e is Error {
  return e instanceof Error && (e.name === 'ModelFitError' || e.name === 'SummaryRowError');
}

export interface FitOptions<P extends string> {
  /** Starting values; the model's own moment-based guesses fill in the rest. */
  start?: Partial<Record<P, number>>;
  /** Return a result flagged converged: false instead of throwing when the fit does not converge. */
  allowUnconverged?: boolean;
  /** Gradient tolerance on the per-customer mean log-likelihood in log-parameter space. */
  gradientTolerance?: number;
  maxIterations?: number;
}
