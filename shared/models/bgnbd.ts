import type { TimeUnit } from '../domain/timeUnits';
import type { WeightedRfmRows } from './compress';
import { bgnbdFamilyLogLikelihood, bgnbdScratch } from './bgnbdFamily';
import { type FitOptions, type FitResult, ModelFitError } from './fitResult';
import { fitByMaximumLikelihood } from './maximumLikelihood';
import { coarseSubsample, prepareRfm, rateMomentStart, rfmFitProblem } from './rfmPrepared';

export const BGNBD_PARAMS = ['r', 'alpha', 'a', 'b'] as const;
export type BgNbdParamName = (typeof BGNBD_PARAMS)[number];
/** r, alpha: Gamma shape and rate of the purchase rate (per time unit); a, b: Beta of the dropout chance after a purchase. */
export type BgNbdParams = Readonly<Record<BgNbdParamName, number>>;

/** Total BG/NBD log-likelihood of the rows at the given parameters. */
export function bgnbdLogLikelihood(data: WeightedRfmRows, params: BgNbdParams): number {
  const prepared = prepareRfm(data);
  const theta = Float64Array.from(BGNBD_PARAMS, (k) => params[k]);
  return bgnbdFamilyLogLikelihood(prepared, 0, theta, null, bgnbdScratch(prepared));
}

/**
 * Fits the BG/NBD by maximum likelihood on weighted (x, t_x, T) rows. Starts from the moments of
 * the purchase rates and a dropout chance of a quarter per purchase (a = 1, b = 3).
 */
export function fitBgNbd(data: WeightedRfmRows, options: FitOptions<BgNbdParamName> = {}): FitResult<BgNbdParamName, 'bg/nbd', TimeUnit> {
  const prepared = prepareRfm(data);
  const problem = rfmFitProblem(prepared);
  if (problem !== null) throw new ModelFitError('bg/nbd', problem);
  const scratch = bgnbdScratch(prepared);
  const { r, alpha } = rateMomentStart(data);
  const sample = coarseSubsample(data);
  const coarse = sample === null ? null : prepareRfm(sample);
  const coarseScratch = coarse === null ? null : bgnbdScratch(coarse);
  return fitByMaximumLikelihood(
    {
      model: 'bg/nbd',
      names: BGNBD_PARAMS,
      timeUnit: data.timeUnit,
      customers: prepared.customers,
      rows: prepared.rows,
      start: Float64Array.of(r, alpha, 1, 3),
      hasGradient: true,
      logLikelihood: (params, gradient) => bgnbdFamilyLogLikelihood(prepared, 0, params, gradient, scratch),
      ...(coarse !== null && coarseScratch !== null
        ? {
            coarse: {
              customers: coarse.customers,
              logLikelihood: (params: Float64Array, gradient: Float64Array | null) =>
                bgnbdFamilyLogLikelihood(coarse, 0, params, gradient, coarseScratch),
            },
          }
        : {}),
    },
    options,
  );
}
