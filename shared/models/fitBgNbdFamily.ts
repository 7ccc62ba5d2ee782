import type { TimeUnit } from '../domain/timeUnits';
import type { WeightedRfmRows } from './compress';
import { bgnbdFamilyLogLikelihood, bgnbdScratch } from './bgnbdFamily';
import { type FitOptions, type FitResult, ModelFitError } from './fitResult';
import { fitByMaximumLikelihood } from './maximumLikelihood';
import { coarseSubsample, prepareRfm, rateMomentStart, rfmFitProblem } from './rfmPrepared';

const FAMILY_PARAMS = ['r', 'alpha', 'a', 'b'] as const;
type FamilyParamName = (typeof FAMILY_PARAMS)[number];

/**
 * The BG/NBD and the MBG/NBD share their likelihood but for `shift` (1 when dropout is possible
 * right after the first purchase too), so they share their fit: maximum likelihood on weighted
 * (x, t_x, T) rows from the moments of the purchase rates and a dropout chance of a quarter per
 * purchase (a = 1, b = 3), warmed up on a coarse subsample when the data are large.
 */
export function fitBgNbdFamily<M extends 'bg/nbd' | 'mbg/nbd'>(
  model: M,
  shift: 0 | 1,
  data: WeightedRfmRows,
  options: FitOptions<FamilyParamName>,
): FitResult<FamilyParamName, M, TimeUnit> {
  const prepared = prepareRfm(data);
  const problem = rfmFitProblem(prepared);
  if (problem !== null) throw new ModelFitError(model, problem);
  const scratch = bgnbdScratch(prepared);
  const { r, alpha } = rateMomentStart(data);
  const sample = coarseSubsample(data);
  const coarse = sample === null ? null : prepareRfm(sample);
  const coarseScratch = coarse === null ? null : bgnbdScratch(coarse);
  return fitByMaximumLikelihood(
    {
      model,
      names: FAMILY_PARAMS,
      timeUnit: data.timeUnit,
      customers: prepared.customers,
      rows: prepared.rows,
      start: Float64Array.of(r, alpha, 1, 3),
      hasGradient: true,
      logLikelihood: (params, gradient) => bgnbdFamilyLogLikelihood(prepared, shift, params, gradient, scratch),
      ...(coarse !== null && coarseScratch !== null
        ? {
            coarse: {
              customers: coarse.customers,
              logLikelihood: (params: Float64Array, gradient: Float64Array | null) => bgnbdFamilyLogLikelihood(coarse, shift, params, gradient, coarseScratch),
            },
          }
        : {}),
    },
    options,
  );
}

/** Total log-likelihood of the rows at the given parameters. */
export function bgnbdFamilyTotalLogLikelihood(data: WeightedRfmRows, shift: 0 | 1, params: Readonly<Record<FamilyParamName, number>>): number {
  const prepared = prepareRfm(data);
  const theta = Float64Array.from(FAMILY_PARAMS, (k) => params[k]);
  return bgnbdFamilyLogLikelihood(prepared, shift, theta, null, bgnbdScratch(prepared));
}
