import type { TimeUnit } from '../domain/timeUnits';
import { type FitOptions, type FitResult, ModelFitError, type ModelName, type ParameterInterval } from './fitResult';
import { invertPositiveDefinite, minimize, numericalHessian, type Objective } from './optimize';

/** What a model hands to the shared fitting machinery. Parameters are in natural (positive) units. */
export interface LikelihoodProblem<P extends string, M extends ModelName, U extends TimeUnit | 'period' | null> {
  model: M;
  names: readonly P[];
  timeUnit: U;
  /** Customers (sum of weights) and distinct rows. */
  customers: number;
  rows: number;
  start: Float64Array;
  /** Total log-likelihood at params; when gradient is given, writes d LL / d param into it. */
  logLikelihood(params: Float64Array, gradient: Float64Array | null): number;
  /** Whether logLikelihood writes an analytic gradient (otherwise central differences are used). */
  hasGradient: boolean;
  /** Warnings about the data that the fit result should carry. */
  dataWarnings?: string[];
  /**
   * The same likelihood on a subsample of the rows (weights scaled up to stand for everyone),
   * for large data: fitted first, its optimum and curvature start the full fit, which then
   * needs only a few passes over all the rows.
   */
  coarse?: { customers: number; logLikelihood(params: Float64Array, gradient: Float64Array | null): number };
}

const Z95 = 1.959963984540054;
/** Parameters that run beyond these (in either direction) are not pinned down by the data. */
const EDGE_HIGH = 1e6;
const EDGE_LOW = 1e-6;

/**
 * Maximum likelihood over log parameters: the objective is minus the mean log-likelihood per
 * customer (so tolerances mean the same for 2,000 or 2,000,000 customers), minimised with BFGS
 * and its Nelder-Mead fallback; then the Hessian gives standard errors and intervals.
 */
export function fitByMaximumLikelihood<P extends string, M extends ModelName, U extends TimeUnit | 'period' | null>(
  problem: LikelihoodProblem<P, M, U>,
  options: FitOptions<P> = {},
): FitResult<P, M, U> {
  const { names, model } = problem;
  const k = names.length;
  if (!(problem.customers > 0)) throw new ModelFitError(model, 'there are no customers to fit');
  const objective = logSpaceObjective(k, problem.customers, problem.logLikelihood, problem.hasGradient);
  const start = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const given = options.start?.[names[i] as P];
    const v = given ?? problem.start[i] ?? NaN;
    if (!(v > 0 && Number.isFinite(v))) throw new ModelFitError(model, `the starting value of ${names[i]} must be a positive number (got ${v})`);
    start[i] = Math.log(v);
  }
  const settings = { gradientTolerance: options.gradientTolerance, maxIterations: options.maxIterations };
  let initialInverseHessian: Float64Array | undefined;
  if (problem.coarse) {
    const coarse = minimize(logSpaceObjective(k, problem.coarse.customers, problem.coarse.logLikelihood, problem.hasGradient), start, settings);
    if (coarse.converged) {
      start.set(coarse.theta);
      if (coarse.inverseHessian) initialInverseHessian = coarse.inverseHessian;
    }
  }
  const found = minimize(objective, start, { ...settings, initialInverseHessian });
  if (!Number.isFinite(found.value)) {
    throw new ModelFitError(model, `${found.failureReason}. Check the data (times in one unit, recency not above age) or give other starting values.`);
  }
  if (!found.converged && !options.allowUnconverged) {
    throw new ModelFitError(model, `the optimiser did not converge: ${found.failureReason}.`);
  }

  const warnings = [...(problem.dataWarnings ?? []), ...found.notes];
  if (!found.converged) warnings.push(`Not converged: ${found.failureReason}. Treat these estimates as provisional.`);
  const params = {} as Record<P, number>;
  names.forEach((name, i) => {
    const v = Math.exp(found.theta[i] ?? NaN);
    params[name] = v;
    if (v > EDGE_HIGH || v < EDGE_LOW) {
      warnings.push(`${name} = ${v.toPrecision(3)} ran to the edge of its range: the data do not pin it down, and predictions that use it are unreliable.`);
    }
  });

  const hessian = numericalHessian(objective, found.theta);
  for (let i = 0; i < hessian.length; i++) hessian[i] = (hessian[i] ?? NaN) * problem.customers;
  const covariance = invertPositiveDefinite(hessian, k);
  if (covariance === null) {
    warnings.push('The curvature of the likelihood at the estimate is not that of a maximum (Hessian not positive definite): standard errors and intervals are not available.');
  }
  const standardErrors = {} as Record<P, number>;
  const ci95 = {} as Record<P, ParameterInterval>;
  names.forEach((name, i) => {
    const logSe = covariance === null ? NaN : Math.sqrt(covariance[i * k + i] ?? NaN);
    const logValue = found.theta[i] ?? NaN;
    standardErrors[name] = params[name] * logSe;
    ci95[name] = { lower: Math.exp(logValue - Z95 * logSe), upper: Math.exp(logValue + Z95 * logSe) };
  });

  const logLikelihood = -found.value * problem.customers;
  return {
    model,
    params,
    logLikelihood,
    n: problem.customers,
    rows: problem.rows,
    timeUnit: problem.timeUnit,
    standardErrors,
    ci95,
    converged: found.converged,
    iterations: found.iterations,
    method: found.method,
    aic: 2 * k - 2 * logLikelihood,
    bic: k * Math.log(problem.customers) - 2 * logLikelihood,
    warnings,
  };
}

/**
 * Minus the mean log-likelihood per customer as a function of log parameters, with its gradient
 * (d/d log theta = theta d/d theta) when the model has one.
 */
function logSpaceObjective(
  k: number,
  customers: number,
  logLikelihood: (params: Float64Array, gradient: Float64Array | null) => number,
  hasGradient: boolean,
): Objective {
  const scale = 1 / customers;
  const natural = new Float64Array(k);
  const naturalGradient = new Float64Array(k);
  const toNatural = (theta: Float64Array) => {
    for (let i = 0; i < k; i++) natural[i] = Math.exp(theta[i] ?? NaN);
  };
  return {
    dimension: k,
    value(theta) {
      toNatural(theta);
      return -logLikelihood(natural, null) * scale;
    },
    ...(hasGradient
      ? {
          valueAndGradient(theta: Float64Array, gradient: Float64Array) {
            toNatural(theta);
            const ll = logLikelihood(natural, naturalGradient);
            for (let i = 0; i < k; i++) gradient[i] = -(naturalGradient[i] ?? NaN) * (natural[i] ?? NaN) * scale;
            return -ll * scale;
          },
        }
      : {}),
  };
}
