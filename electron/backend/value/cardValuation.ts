import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { fitBgNbd } from '../../../shared/models/bgnbd';
import { customerLifetimeValue } from '../../../shared/models/clv';
import { compressRfm } from '../../../shared/models/compress';
import { leaveOutAgeZero } from '../../../shared/models/fittableCustomers';
import type { GammaGammaParams } from '../../../shared/models/gammaGamma';
import { duration } from '../../../shared/models/modelTime';
import { bgnbdExpectedPurchases, bgnbdProbabilityAlive } from '../../../shared/models/predictBgNbd';
import { gammaGammaExpectedSpend } from '../../../shared/models/predictGammaGamma';
import { currency, share } from '../../../shared/units';
import type { ValueSettings } from '../models/valueCustomers';
import { fitSpendModel } from './customerValuation';

/**
 * The valuation behind a customer's value card and the Segments page's lifecycle panel, cut in
 * two so that the whole base can be valued once, in the worker pool chunk by chunk, and kept:
 * the models are fitted once (fitCardModels: a BG/NBD and a Gamma-Gamma, customers of age 0 left
 * out of the purchase fit, a fall-back spend when spend cannot be modelled), then customers are
 * valued a range at a time (valueCardRange, with monthly discounting); a range's figures are
 * those of the whole base at once (models/valueCustomers.ts), bit for bit (cardValuation.test.ts).
 * Pure: it runs in the workers.
 */

export interface CardModels {
  unit: TimeUnit;
  purchaseModel: { r: number; alpha: number; a: number; b: number };
  /** null when spend could not be modelled: everyone is then valued at the base's mean repeat spend. */
  spendModel: GammaGammaParams | null;
  /** Spend per purchase of a customer without repeat purchases (or of everyone, without a spend model). */
  populationSpend: number;
  warnings: string[];
}

/** Per customer, in customer order. */
export interface CardValueColumns {
  probabilityAlive: Float64Array;
  /** Expected purchases in the next year. */
  expectedPurchasesYear: Float64Array;
  /** Expected spend per purchase (Gamma-Gamma, shrunk to the population mean). */
  expectedSpend: Float64Array;
  /** Lifetime value over the horizon, in the workspace currency, discounted, at margin. */
  clv: Float64Array;
}

export interface CardValuationData {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  meanRepeatSpend: Float64Array;
}

export function fitCardModels(unit: TimeUnit, data: CardValuationData): CardModels {
  const { x, tx, T } = data;
  const warnings: string[] = [];
  // Customers first seen on the calibration end are left out of the fit, as in every fit; they are still valued.
  const { columns: fitted } = leaveOutAgeZero({ x, tx, T }, T);
  const purchase = fitBgNbd(compressRfm(unit, fitted.x, fitted.tx, fitted.T), { allowUnconverged: true });
  warnings.push(...purchase.warnings);
  const { spend: spendModel, populationSpend } = fitSpendModel(data, warnings);
  const params = purchase.params as CardModels['purchaseModel'];
  return {
    unit,
    purchaseModel: { r: params.r, alpha: params.alpha, a: params.a, b: params.b },
    spendModel,
    populationSpend,
    warnings,
  };
}

export function cardValueColumns(n: number): CardValueColumns {
  return { clv: new Float64Array(n), probabilityAlive: new Float64Array(n), expectedPurchasesYear: new Float64Array(n), expectedSpend: new Float64Array(n) };
}

/** Values customers [from, to) of `data` into the same rows of `out`. */
export function valueCardRange(models: CardModels, data: CardValuationData, settings: ValueSettings, from: number, to: number, out: CardValueColumns): void {
  const { x, tx, T, meanRepeatSpend } = data;
  const { unit, spendModel } = models;
  const fit = { model: 'bg/nbd' as const, params: models.purchaseModel, timeUnit: unit };
  const monthlyRate = Math.pow(1 + settings.discountRatePerYear, 1 / 12) - 1;
  const clvSettings = { period: duration(1, 'month'), periods: settings.horizonMonths, discountRatePerPeriod: monthlyRate, margin: share(settings.margin) };
  const populationSpend = currency(models.populationSpend);
  for (let i = from; i < to; i++) {
    const customer = { frequency: x[i]!, recency: tx[i]!, age: Math.max(T[i]!, 1e-9), timeUnit: unit };
    const spend = spendModel && x[i]! > 0 ? gammaGammaExpectedSpend(spendModel, x[i]!, currency(meanRepeatSpend[i]!)) : populationSpend;
    out.expectedSpend[i] = spend;
    out.probabilityAlive[i] = bgnbdProbabilityAlive(fit, customer);
    out.expectedPurchasesYear[i] = bgnbdExpectedPurchases(fit, customer, duration(12, 'month'));
    out.clv[i] = customerLifetimeValue(fit, customer, spend, clvSettings);
  }
}

/** One chunk valued in a worker: the columns for the chunk's customers. */
export function valueCardChunk(models: CardModels, data: CardValuationData, settings: ValueSettings): CardValueColumns {
  const out = cardValueColumns(data.x.length);
  valueCardRange(models, data, settings, 0, data.x.length, out);
  return out;
}
