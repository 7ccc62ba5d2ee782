import type { TimeUnit } from '../../../shared/domain/timeUnits';
import type { GammaGammaParams } from '../../../shared/models/gammaGamma';
import { cardValueColumns, fitCardModels, valueCardRange } from '../value/cardValuation';

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
 * Each customer's value from a BG/NBD fit for purchases and a Gamma-Gamma fit for spend, the
 * whole base at once: the value cards' valuation (value/cardValuation.ts: fitCardModels, then
 * valueCardRange) over every customer. When too few customers have repeat purchases to fit
 * spend, everyone gets the base's mean repeat spend, and a warning says so.
 */
export function valueCustomers(unit: TimeUnit, x: Float64Array, tx: Float64Array, T: Float64Array, meanRepeatSpend: Float64Array, settings: ValueSettings): CustomerValues {
  const data = { x, tx, T, meanRepeatSpend };
  const models = fitCardModels(unit, data);
  const out = cardValueColumns(x.length);
  valueCardRange(models, data, settings, 0, x.length, out);
  return { ...out, purchaseModel: models.purchaseModel, spendModel: models.spendModel, warnings: models.warnings };
}
