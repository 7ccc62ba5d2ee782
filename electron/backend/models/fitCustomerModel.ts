import type { ModelKey } from '../../../shared/contract/modelSchemas';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { fitBgNbd } from '../../../shared/models/bgnbd';
import { compressRfm, compressSpend } from '../../../shared/models/compress';
import { leaveOutAgeZero } from '../../../shared/models/fittableCustomers';
import type { FitResult } from '../../../shared/models/fitResult';
import { fitGammaGamma } from '../../../shared/models/gammaGamma';
import { fitMbgNbd } from '../../../shared/models/mbgnbd';
import { fitParetoNbd } from '../../../shared/models/paretoNbd';

export type CustomerModelFit = FitResult<string> & {
  fitMs: number;
  /** Customers first seen on the calibration end (age 0), left out of the fit (see fittableCustomers.ts); `n` counts the others. */
  ageZeroCustomersLeftOut: number;
};

/**
 * Fits one customer-value model on per-customer summaries (compressed to distinct rows first),
 * leaving out the customers of age 0 as every fit does. Runs inside a model worker; the result
 * is plain data that crosses threads unchanged.
 */
export function fitCustomerModel(
  model: ModelKey,
  unit: TimeUnit,
  customers: { x: Float64Array; tx: Float64Array; T: Float64Array; meanRepeatSpend: Float64Array },
): CustomerModelFit {
  const started = performance.now();
  const { columns: data, ageZeroCustomers } = leaveOutAgeZero(customers, customers.T);
  let fit: FitResult<string>;
  switch (model) {
    case 'bgnbd':
      fit = fitBgNbd(compressRfm(unit, data.x, data.tx, data.T));
      break;
    case 'mbgnbd':
      fit = fitMbgNbd(compressRfm(unit, data.x, data.tx, data.T));
      break;
    case 'pnbd':
      fit = fitParetoNbd(compressRfm(unit, data.x, data.tx, data.T));
      break;
    case 'gg':
      fit = fitGammaGamma(compressSpend(data.x, data.meanRepeatSpend));
      break;
  }
  return { ...fit, fitMs: performance.now() - started, ageZeroCustomersLeftOut: ageZeroCustomers };
}
