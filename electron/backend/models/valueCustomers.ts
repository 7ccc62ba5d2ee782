import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { fitBgNbd } from '../../../shared/models/bgnbd';
import { customerLifetimeValue } from '../../../shared/models/clv';
import { compressRfm, compressSpend } from '../../../shared/models/compress';
import { leaveOutAgeZero } from '../../../shared/models/fittableCustomers';
import { isFitFailure } from '../../../shared/models/fitResult';
import { fitGammaGamma, type GammaGammaParams } from '../../../shared/models/gammaGamma';
import { duration } from '../../../shared/models/modelTime';
import { bgnbdExpectedPurchases, bgnbdProbabilityAlive } from '../../../shared/models/predictBgNbd';
import { gammaGammaExpectedSpend, gammaGammaPopulationMeanSpend } from '../../../shared/models/predictGammaGamma';
import { currency, share } from '../../../shared/units';

export interface ValueSettings {
  /** Months of future purchases counted in the lifetime value. */
  horizonMonths: number;
  /** Yearly discount rate (0.1 = 10% a year), turned into a monthly rate. */
  discountRatePerYear: number;
  /** Gross margin as a share of spend. */
  margin: number;
}

export interface CustomerValues {
  /** Lifetime value over the horizon, in the workspace currency, discounted, at margin. */
  clv: Float64Array;
  probabilityAlive: Float64Array;
  /** Expected purchases in the next year. */
  expectedPurchasesYear: Float64Array;
  /** Expected spend per purchase (Gamma-Gamma, shrunk to the population mean). */
  expectedSpend: Float64Array;
  purchaseModel: { r: number; alpha: number; a: number; b: number };
  spendModel: GammaGammaParams | null;
  warnings: string[];
}

/**
 * Each customer's value from a BG/NBD fit for purchases and a Gamma-Gamma fit for spend. When
 * too few customers have repeat purchases to fit spend, everyone gets the base's mean repeat
 * spend, and a warning says so.
 */
export function valueCustomers(unit: TimeUnit, x: Float64Array, tx: Float64Array, T: Float64Array, meanRepeatSpend: Float64Array, settings: ValueSettings): CustomerValues {
  const warnings: string[] = [];
  // Customers first seen on the calibration end are left out of the fit, as in every fit; they are still valued below.
  const { columns: fitted } = leaveOutAgeZero({ x, tx, T }, T);
  const purchase = fitBgNbd(compressRfm(unit, fitted.x, fitted.tx, fitted.T), { allowUnconverged: true });
  warnings.push(...purchase.warnings);
  let spendParams: GammaGammaParams | null = null;
  try {
    const spend = fitGammaGamma(compressSpend(x, meanRepeatSpend), { allowUnconverged: true });
    spendParams = spend.params;
    warnings.push(...spend.warnings);
  } catch (e) {
    // Too few repeat buyers, or spends no model takes: everyone gets the mean, and a warning says so.
    if (!isFitFailure(e)) throw e;
    warnings.push(`Spend per purchase could not be modelled (${e.message}); every customer is valued at the base's mean repeat spend.`);
  }
  let meanSpend = 0;
  let repeaters = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i]! > 0) {
      meanSpend += meanRepeatSpend[i]!;
      repeaters++;
    }
  }
  meanSpend = repeaters > 0 ? meanSpend / repeaters : 0;

  const fit = { model: 'bg/nbd' as const, params: purchase.params, timeUnit: unit };
  const monthlyRate = Math.pow(1 + settings.discountRatePerYear, 1 / 12) - 1;
  const clvSettings = { period: duration(1, 'month'), periods: settings.horizonMonths, discountRatePerPeriod: monthlyRate, margin: share(settings.margin) };
  const n = x.length;
  const out = { clv: new Float64Array(n), probabilityAlive: new Float64Array(n), expectedPurchasesYear: new Float64Array(n), expectedSpend: new Float64Array(n) };
  const populationSpend = spendParams ? gammaGammaPopulationMeanSpend(spendParams) : currency(meanSpend);
  for (let i = 0; i < n; i++) {
    const customer = { frequency: x[i]!, recency: tx[i]!, age: Math.max(T[i]!, 1e-9), timeUnit: unit };
    const spend = spendParams && x[i]! > 0 ? gammaGammaExpectedSpend(spendParams, x[i]!, currency(meanRepeatSpend[i]!)) : populationSpend;
    out.expectedSpend[i] = spend;
    out.probabilityAlive[i] = bgnbdProbabilityAlive(fit, customer);
    out.expectedPurchasesYear[i] = bgnbdExpectedPurchases(fit, customer, duration(12, 'month'));
    out.clv[i] = customerLifetimeValue(fit, customer, spend, clvSettings);
  }
  return { ...out, purchaseModel: purchase.params, spendModel: spendParams, warnings };
}
