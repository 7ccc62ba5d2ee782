import type { TimeUnit } from '../domain/timeUnits';
import type { WeightedRfmRows } from './compress';
import { bgnbdFamilyLogLikelihood, bgnbdScratch } from './bgnbdFamily';
import { type FitOptions, type FitResult, ModelFitError } from './fitResult';
import { fitByMaximumLikelihood } from './maximumLikelihood';
import { coarseSubsample, prepareRfm, rateMomentStart, rfmFitProblem } from './rfmPrepared';

export const MBGNBD_PARAMS = ['r', 'alpha', 'a', 'b'] as const;
export type MbgNbdParamName = (typeof MBGNBD_PARAMS)[number];
/**
 * r, alpha: Gamma shape and rate of the purchase rate (per time unit); a, b: Beta of the dropout
 * chance at each purchase, the first one included (Batislam, Denizel & Filiztekin 2007).
 */
export type MbgNbdParams = Readonly<Record<MbgNbdParamName, number>>;

/** Total MBG/NBD log-likelihood of the rows at the given parameters. */
export function mbgnbdLogLikelihood(data: WeightedRfmRows, params: MbgNbdParams): number {
  const prepared = prepareRfm(data);
  const theta = Float64Array.from(MBGNBD_PARAMS, (k) => params[k]);
  return bgnbdFamilyLogLikelihood(prepared, 1, theta, null, bgnbdScratch(prepared));
}

/**
 * Fits the MBG/NBD (the BG/NBD with dropout possible right after the first purchase) by maximum
 * likelihood on weighted (x, t_x, T) rows, from the same starting values as the BG/NBD.
 */
export function fitMbgNbd(data: WeightedRfmRows, options: FitOptions<MbgNbdParamName> = {}): FitResult<MbgNbdParamName, 'mbg/nbd', TimeUnit> {
  const prepared = prepareRfm(data);
  const problem = rfmFitProblem(prepared);
  if (problem !== null) throw new ModelFitError('mbg/nbd', problem);
  const scratch = bgnbdScratch(prepared);
  const { r, alpha } = rateMomentStart(data);
  const sample = coarseSubsample(data);
  const coarse = sample === null ? null : prepareRfm(sample);
  const coarseScratch = coarse === null ? null : bgnbdScratch(coarse);
  return fitByMaximumLikelihood(
    {
      model: 'mbg/nbd',
      names: MBGNBD_PARAMS,
      timeUnit: data.timeUnit,
      customers: prepared.customers,
      rows: prepared.rows,
      start: Float64Array.of(r, alpha, 1, 3),
      hasGradient: true,
      logLikelihood: (params, gradient) => bgnbdFamilyLogLikelihood(prepared, 1, params, gradient, scratch),
      ...(coarse !== null && coarseScratch !== null
        ? {
            coarse: {
              customers: coarse.customers,
              logLikelihood: (params: Float64Array, gradient: Float64Array | null) =>
                bgnbdFamilyLogLikelihood(coarse, 1, params, gradient, coarseScratch),
            },
          }
        : {}),
    },
    options,
  );
}
