import type { TimeUnit } from '../domain/timeUnits';
import type { WeightedRfmRows } from './compress';
import { bgnbdFamilyTotalLogLikelihood, fitBgNbdFamily } from './fitBgNbdFamily';
import type { FitOptions, FitResult } from './fitResult';

export const MBGNBD_PARAMS = ['r', 'alpha', 'a', 'b'] as const;
export type MbgNbdParamName = (typeof MBGNBD_PARAMS)[number];
/**
 * r, alpha: Gamma shape and rate of the purchase rate (per time unit); a, b: Beta of the dropout
 * chance at each purchase, the first one included (Batislam, Denizel & Filiztekin 2007).
 */
export type MbgNbdParams = Readonly<Record<MbgNbdParamName, number>>;

/** Total MBG/NBD log-likelihood of the rows at the given parameters. */
export function mbgnbdLogLikelihood(data: WeightedRfmRows, params: MbgNbdParams): number {
  return bgnbdFamilyTotalLogLikelihood(data, 1, params);
}

/**
 * Fits the MBG/NBD (the BG/NBD with dropout possible right after the first purchase) by maximum
 * likelihood on weighted (x, t_x, T) rows, from the same starting values as the BG/NBD.
 */
export function fitMbgNbd(data: WeightedRfmRows, options: FitOptions<MbgNbdParamName> = {}): FitResult<MbgNbdParamName, 'mbg/nbd', TimeUnit> {
  return fitBgNbdFamily('mbg/nbd', 1, data, options);
}
