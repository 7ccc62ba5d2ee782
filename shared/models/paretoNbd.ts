import type { TimeUnit } from '../domain/timeUnits';
import type { WeightedRfmRows } from './compress';
import { type FitOptions, type FitResult, ModelFitError } from './fitResult';
import { fitByMaximumLikelihood } from './maximumLikelihood';
import { paretoNbdRowsLogLikelihood, prepareParetoRows } from './paretoNbdLikelihood';
import { coarseSubsample, prepareRfm, rateMomentStart, rfmFitProblem } from './rfmPrepared';

export const PARETO_NBD_PARAMS = ['r', 'alpha', 's', 'beta'] as const;
export type ParetoNbdParamName = (typeof PARETO_NBD_PARAMS)[number];
/**
 * r, alpha: Gamma shape and rate of the purchase rate; s, beta: Gamma shape and rate of the
 * dropout rate (both rates per time unit of the data).
 */
export type ParetoNbdParams = Readonly<Record<ParetoNbdParamName, number>>;

/** Total Pareto/NBD log-likelihood of the rows at the given parameters. */
export function paretoNbdLogLikelihood(data: WeightedRfmRows, params: ParetoNbdParams): number {
  return paretoNbdRowsLogLikelihood(prepareParetoRows(prepareRfm(data)), Float64Array.from(PARETO_NBD_PARAMS, (k) => params[k]), null);
}

/**
 * Fits the Pareto/NBD by maximum likelihood on weighted (x, t_x, T) rows. Starts from the
 * moments of the purchase rates and a dropout rate with shape 0.9 and scale of the mean age.
 */
export function fitParetoNbd(data: WeightedRfmRows, options: FitOptions<ParetoNbdParamName> = {}): FitResult<ParetoNbdParamName, 'pareto/nbd', TimeUnit> {
  const prepared = prepareParetoRows(prepareRfm(data));
  const problem = rfmFitProblem(prepared);
  if (problem !== null) throw new ModelFitError('pareto/nbd', problem);
  const { r, alpha } = rateMomentStart(data);
  const sample = coarseSubsample(data);
  const coarse = sample === null ? null : prepareParetoRows(prepareRfm(sample));
  return fitByMaximumLikelihood(
    {
      model: 'pareto/nbd',
      names: PARETO_NBD_PARAMS,
      timeUnit: data.timeUnit,
      customers: prepared.customers,
      rows: prepared.rows,
      start: Float64Array.of(r, alpha, 0.9, 0.9 * prepared.meanAge),
      hasGradient: true,
      logLikelihood: (params, gradient) => paretoNbdRowsLogLikelihood(prepared, params, gradient),
      ...(coarse !== null
        ? {
            coarse: {
              customers: coarse.customers,
              logLikelihood: (params: Float64Array, gradient: Float64Array | null) => paretoNbdRowsLogLikelihood(coarse, params, gradient),
            },
          }
        : {}),
    },
    options,
  );
}
