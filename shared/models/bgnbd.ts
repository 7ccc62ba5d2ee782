import type { TimeUnit } from '../domain/timeUnits';
import type { WeightedRfmRows } from './compress';
import { bgnbdFamilyTotalLogLikelihood, fitBgNbdFamily } from './fitBgNbdFamily';
import type { FitOptions, FitResult } from './fitResult';

export const BGNBD_PARAMS = ['r', 'alpha', 'a', 'b'] as const;
export type BgNbdParamName = (typeof BGNBD_PARAMS)[number];
/** r, alpha: Gamma shape and rate of the purchase rate (per time unit); a, b: Beta of the dropout chance after a purchase. */
export type BgNbdParams = Readonly<Record<BgNbdParamName, number>>;

/** Total BG/NBD log-likelihood of the rows at the given parameters. */
export function bgnbdLogLikelihood(data: WeightedRfmRows, params: BgNbdParams): number {
  return bgnbdFamilyTotalLogLikelihood(data, 0, params);
}

/**
 * Fits the BG/NBD by maximum likelihood on weighted (x, t_x, T) rows. Starts from the moments of
 * the purchase rates and a dropout chance of a quarter per purchase (a = 1, b = 3).
 */
export function fitBgNbd(data: WeightedRfmRows, options: FitOptions<BgNbdParamName> = {}): FitResult<BgNbdParamName, 'bg/nbd', TimeUnit> {
  return fitBgNbdFamily('bg/nbd', 0, data, options);
}
