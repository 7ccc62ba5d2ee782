import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { fitBgNbd } from '../../../shared/models/bgnbd';
import { customerLifetimeValue, expectedPurchases, type ClvSettings, type FittedPurchaseModel } from '../../../shared/models/clv';
import { compressRfm, compressSpend } from '../../../shared/models/compress';
import { leaveOutAgeZero } from '../../../shared/models/fittableCustomers';
import { isFitFailure, type FitResult } from '../../../shared/models/fitResult';
import { fitGammaGamma, type GammaGammaParams } from '../../../shared/models/gammaGamma';
import { fitMbgNbd } from '../../../shared/models/mbgnbd';
import { duration, type Duration } from '../../../shared/models/modelTime';
import { fitParetoNbd } from '../../../shared/models/paretoNbd';
import { bgnbdProbabilityAlive } from '../../../shared/models/predictBgNbd';
import { gammaGammaExpectedSpend, gammaGammaPopulationMeanSpend } from '../../../shared/models/predictGammaGamma';
import { paretoNbdProbabilityAlive } from '../../../shared/models/predictParetoNbd';
import { currency, share, type Currency } from '../../../shared/units';

/**
 * Each customer's value under a chosen purchase model (BG/NBD, MBG/NBD or Pareto/NBD) and the
 * Gamma-Gamma spend model, over a horizon in weeks or months. With the BG/NBD over 36 months it
 * is, number for number, what the segmentation values customers by (models/valueCustomers.ts:
 * the same fits on the same customers, the same fall-back spend, the same discounting), so the
 * per-customer export agrees with the Segments page's means. Pure: it imports only shared/.
 */

export const PURCHASE_MODELS = ['bgnbd', 'mbgnbd', 'pnbd'] as const;
export type PurchaseModelKey = (typeof PURCHASE_MODELS)[number];
export type PurchaseModelChoice = PurchaseModelKey | 'auto';

/** Horizons are counted in whole weeks or whole months; each is also the discounting period. */
export type HorizonUnit = 'week' | 'month';
const PERIODS_PER_YEAR: Readonly<Record<HorizonUnit, number>> = { week: 365.25 / 7, month: 12 };

export interface ValuationSettings {
  horizon: { amount: number; unit: HorizonUnit };
  /** Yearly discount rate (0.1 = 10% a year), turned into a rate per horizon period. */
  discountRatePerYear: number;
  /** Gross margin as a share of spend. */
  margin: number;
}

/** Per customer, in customer order: what the models are fitted on (as readModelData gives it). */
export interface ValuationData {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  meanRepeatSpend: Float64Array;
}

export interface CandidateFit {
  key: PurchaseModelKey;
  /** null when the fit failed; then `problem` says why. */
  bic: number | null;
  converged: boolean;
  problem: string | null;
}

export interface ValueModels {
  unit: TimeUnit;
  purchaseKey: PurchaseModelKey;
  purchase: FittedPurchaseModel;
  purchaseFit: { logLikelihood: number; bic: number; converged: boolean };
  /** Every purchase model tried (one, or three for auto), to say why the one used was chosen. */
  candidates: CandidateFit[];
  /** null when spend could not be modelled: everyone then gets the base's mean repeat spend. */
  spend: GammaGammaParams | null;
  populationSpend: Currency;
  warnings: string[];
}

const MODEL_NAMES = { bgnbd: 'bg/nbd', mbgnbd: 'mbg/nbd', pnbd: 'pareto/nbd' } as const;

function fitPurchase(key: PurchaseModelKey, unit: TimeUnit, data: ValuationData): FitResult<string> {
  // Customers first seen on the calibration end are left out of the fit, as in every fit; they are still valued.
  const { columns: fitted } = leaveOutAgeZero({ x: data.x, tx: data.tx, T: data.T }, data.T);
  const rows = compressRfm(unit, fitted.x, fitted.tx, fitted.T);
  const options = { allowUnconverged: true };
  return key === 'bgnbd' ? fitBgNbd(rows, options) : key === 'mbgnbd' ? fitMbgNbd(rows, options) : fitParetoNbd(rows, options);
}

/**
 * Fits the purchase model (auto: all three, the lowest BIC among those that converged, which is
 * the Customer value page's choice when it has no holdout to judge by) and the spend model.
 */
export function fitValueModels(choice: PurchaseModelChoice, unit: TimeUnit, data: ValuationData): ValueModels {
  const warnings: string[] = [];
  const keys = choice === 'auto' ? PURCHASE_MODELS : [choice];
  const fits = new Map<PurchaseModelKey, FitResult<string>>();
  const candidates: CandidateFit[] = keys.map((key) => {
    try {
      const fit = fitPurchase(key, unit, data);
      fits.set(key, fit);
      return { key, bic: fit.bic, converged: fit.converged, problem: null };
    } catch (e) {
      // A model these data cannot support is left out of the choice, and says why; a fault goes up.
      if (!isFitFailure(e)) throw e;
      return { key, bic: null, converged: false, problem: e.message };
    }
  });
  const ranked = candidates.filter((c) => c.bic !== null).sort((a, b) => Number(b.converged) - Number(a.converged) || a.bic! - b.bic!);
  const chosen = ranked[0];
  if (!chosen) throw new Error(`No purchase model could be fitted: ${candidates.map((c) => `${c.key}: ${c.problem}`).join('; ')}`);
  const fit = fits.get(chosen.key)!;
  warnings.push(...fit.warnings);
  if (!fit.converged) warnings.push(`The ${chosen.key} fit did not converge; its values are the best it reached.`);

  const { spend, populationSpend } = fitSpendModel(data, warnings);
  const purchase = { model: MODEL_NAMES[chosen.key], params: fit.params, timeUnit: unit } as FittedPurchaseModel;
  return { unit, purchaseKey: chosen.key, purchase, purchaseFit: { logLikelihood: fit.logLikelihood, bic: fit.bic, converged: fit.converged }, candidates, spend, populationSpend, warnings };
}

/** Per customer, in customer order. */
export interface CustomerValueColumns {
  probabilityAlive: Float64Array;
  /** Expected purchase days over the horizon. */
  expectedPurchases: Float64Array;
  /** Expected spend per purchase (Gamma-Gamma, shrunk to the population mean), in the workspace currency. */
  expectedSpend: Float64Array;
  /** Lifetime value over the horizon: discounted, at margin, in the workspace currency. */
  clv: Float64Array;
}

export function valueColumns(n: number): CustomerValueColumns {
  return { probabilityAlive: new Float64Array(n), expectedPurchases: new Float64Array(n), expectedSpend: new Float64Array(n), clv: new Float64Array(n) };
}

function probabilityAlive(fit: FittedPurchaseModel, customer: Parameters<typeof bgnbdProbabilityAlive>[1]): number {
  return fit.model === 'pareto/nbd' ? paretoNbdProbabilityAlive(fit, customer) : bgnbdProbabilityAlive(fit, customer);
}

/** Values customers [from, to) into `out`; the caller goes chunk by chunk, so a million customers can be stopped between chunks. */
export function valueCustomerRange(models: ValueModels, data: ValuationData, settings: ValuationSettings, from: number, to: number, out: CustomerValueColumns): void {
  const { unit, purchase, spend, populationSpend } = models;
  const { amount, unit: periodUnit } = settings.horizon;
  const horizon: Duration = duration(amount, periodUnit);
  const clvSettings: ClvSettings = {
    period: duration(1, periodUnit),
    periods: amount,
    discountRatePerPeriod: Math.pow(1 + settings.discountRatePerYear, 1 / PERIODS_PER_YEAR[periodUnit]) - 1,
    margin: share(settings.margin),
  };
  for (let i = from; i < to; i++) {
    const x = data.x[i]!;
    const customer = { frequency: x, recency: data.tx[i]!, age: Math.max(data.T[i]!, 1e-9), timeUnit: unit };
    const perPurchase = spend && x > 0 ? gammaGammaExpectedSpend(spend, x, currency(data.meanRepeatSpend[i]!)) : populationSpend;
    out.expectedSpend[i] = perPurchase;
    out.probabilityAlive[i] = probabilityAlive(purchase, customer);
    out.expectedPurchases[i] = expectedPurchases(purchase, customer, horizon);
    out.clv[i] = customerLifetimeValue(purchase, customer, perPurchase, clvSettings);
  }
}

/**
 * The Gamma-Gamma spend model, or null (with a warning) when spend cannot be modelled; and the
 * spend per purchase of a customer without repeat purchases: the model's population mean, or,
 * without a model, the base's mean repeat spend, which everyone is then valued at.
 */
export function fitSpendModel(data: { x: Float64Array; meanRepeatSpend: Float64Array }, warnings: string[]): { spend: GammaGammaParams | null; populationSpend: Currency } {
  let spend: GammaGammaParams | null = null;
  try {
    const spendFit = fitGammaGamma(compressSpend(data.x, data.meanRepeatSpend), { allowUnconverged: true });
    spend = spendFit.params;
    warnings.push(...spendFit.warnings);
  } catch (e) {
    // Too few repeat buyers, or spends no model takes: everyone gets the mean, and a warning says so.
    if (!isFitFailure(e)) throw e;
    warnings.push(`Spend per purchase could not be modelled (${e.message}); every customer is valued at the base's mean repeat spend.`);
  }
  let total = 0;
  let repeaters = 0;
  for (let i = 0; i < data.x.length; i++) {
    if (data.x[i]! > 0) {
      total += data.meanRepeatSpend[i]!;
      repeaters++;
    }
  }
  return { spend, populationSpend: spend ? gammaGammaPopulationMeanSpend(spend) : currency(repeaters > 0 ? total / repeaters : 0) };
}
