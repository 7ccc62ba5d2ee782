import { currency, type Currency } from '../units';
import type { GammaGammaParams } from './gammaGamma';

/**
 * The expected spend per transaction of a customer with x repeat purchases of mean value m
 * (FHL 2005, "RFM and CLV", eq. 5): a weighted average of the population mean p gamma / (q-1)
 * and the customer's own mean, the customer's weight growing with x:
 *   E[M | p, q, gamma, m, x] = p (gamma + x m) / (p x + q - 1).
 * For x = 0 it is the population mean; NaN when that is infinite (q <= 1).
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, frequency: number, meanSpend: Currency): Currency {
  const { p, q, gamma } = params;
  const x = frequency > 0 ? frequency : 0;
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) return currency(NaN);
  return currency((p * (gamma + x * (x > 0 ? meanSpend : 0))) / denominator);
}

/** The population's mean spend per transaction, p gamma / (q - 1); NaN when q <= 1. */
export function gammaGammaPopulationMeanSpend(params: GammaGammaParams): Currency {
  return gammaGammaExpectedSpend(params, 0, currency(0));
}
