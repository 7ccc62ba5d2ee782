import { dayNumberToIso } from '../../../shared/calendar/isoDate';
import { MODEL_LABELS, type ModelKey } from '../../../shared/contract/modelSchemas';
import type { ModelFitSummary, ModelValidation, ValidatedPurchaseModel } from '../../../shared/domain/modelValidation';
import { DAYS_PER_UNIT, type TimeUnit } from '../../../shared/domain/timeUnits';
import type { FittedPurchaseModel } from '../../../shared/models/clv';
import { leaveOutAgeZero } from '../../../shared/models/fittableCustomers';
import { isFitFailure } from '../../../shared/models/fitResult';
import { compareHoldout, trackingSeries, type Cohort } from '../../../shared/validation/holdout';
import { fitCustomerModel, type CustomerModelFit } from './fitCustomerModel';

export interface ValidationInput {
  calibrationEnd: string;
  holdoutEnd: string | null;
  unit: TimeUnit;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  meanRepeatSpend: Float64Array;
  holdoutPurchases: Float64Array | null;
  holdoutLengthUnits: number;
  cohorts: Cohort[];
  repeatDays: [number, number][];
}

const PURCHASE_MODELS: readonly ModelKey[] = ['bgnbd', 'mbgnbd', 'pnbd'];
const MODEL_NAMES = { bgnbd: 'bg/nbd', mbgnbd: 'mbg/nbd', pnbd: 'pareto/nbd' } as const;

export function summariseFit(key: ModelKey, fit: CustomerModelFit): ModelFitSummary {
  return {
    key,
    label: MODEL_LABELS[key],
    params: Object.keys(fit.params).map((name) => ({
      name,
      value: fit.params[name]!,
      standardError: fit.standardErrors[name]!,
      lower95: fit.ci95[name]!.lower,
      upper95: fit.ci95[name]!.upper,
    })),
    logLikelihood: fit.logLikelihood,
    aic: fit.aic,
    bic: fit.bic,
    n: fit.n,
    converged: fit.converged,
    iterations: fit.iterations,
    fitMs: fit.fitMs,
    warnings: fit.warnings,
  };
}

/**
 * Fits every purchase model and the spend model on the calibration period, draws each purchase
 * model's tracking chart, checks it against the holdout by purchase count, and recommends the
 * one with the lowest holdout error (or the lowest BIC without a holdout). Runs in a worker.
 */
export function validateModels(input: ValidationInput): ModelValidation {
  const perUnit = DAYS_PER_UNIT[input.unit];
  const customers = { x: input.x, tx: input.tx, T: input.T, meanRepeatSpend: input.meanRepeatSpend };
  const { columns, ageZeroCustomers } = leaveOutAgeZero(input.holdoutPurchases ? { ...customers, actual: input.holdoutPurchases } : customers, input.T);
  const data = { x: columns.x, tx: columns.tx, T: columns.T, meanRepeatSpend: columns.meanRepeatSpend };
  const actual = 'actual' in columns ? columns.actual : null;
  // A loop, not Math.min(...): a spread passes every cohort as an argument, and the stack has a limit.
  let fromDay = Infinity;
  for (const c of input.cohorts) fromDay = Math.min(fromDay, c.firstDay);
  const endDay = Date.parse(`${input.holdoutEnd ?? input.calibrationEnd}T00:00:00Z`) / 86_400_000;
  const repeatDays = new Map(input.repeatDays);

  const failed: ModelValidation['failed'] = [];
  const purchaseModels: ValidatedPurchaseModel[] = [];
  for (const key of PURCHASE_MODELS) {
    let fit: CustomerModelFit;
    try {
      fit = fitCustomerModel(key, input.unit, data);
    } catch (e) {
      // A model these data cannot support is a result, listed beside the others; a fault goes up.
      if (!isFitFailure(e)) throw e;
      failed.push({ key, reason: e.message });
      continue;
    }
    const fitted = { model: MODEL_NAMES[key as keyof typeof MODEL_NAMES], params: fit.params, timeUnit: input.unit } as FittedPurchaseModel;
    const tracking = trackingSeries(fitted, input.cohorts, repeatDays, fromDay, endDay, 7, perUnit).map((p) => ({ date: dayNumberToIso(p.day), actual: p.actual, expected: p.expected }));
    const holdout = actual ? compareHoldout(fitted, input.unit, data, actual, input.holdoutLengthUnits) : null;
    purchaseModels.push({ ...summariseFit(key, fit), tracking, holdout });
  }
  let spendModel: ModelFitSummary | null = null;
  try {
    spendModel = summariseFit('gg', fitCustomerModel('gg', input.unit, data));
  } catch (e) {
    if (!isFitFailure(e)) throw e;
    failed.push({ key: 'gg', reason: e.message });
  }

  let recommended: ModelKey | null = null;
  let recommendation = 'No purchase model could be fitted.';
  if (purchaseModels.length > 0) {
    if (actual) {
      const best = [...purchaseModels].sort((a, b) => a.holdout!.meanAbsoluteError - b.holdout!.meanAbsoluteError)[0]!;
      recommended = best.key;
      recommendation = `${best.label} predicts the holdout best: a mean absolute error of ${best.holdout!.meanAbsoluteError.toFixed(3)} purchases per customer.`;
    } else {
      const best = [...purchaseModels].sort((a, b) => a.bic - b.bic)[0]!;
      recommended = best.key;
      recommendation = `${best.label} has the lowest BIC (${best.bic.toFixed(1)}); give a holdout period to judge the models on data they did not see.`;
    }
  }
  return {
    calibrationEnd: input.calibrationEnd,
    holdoutEnd: input.holdoutEnd,
    unit: input.unit,
    customers: data.x.length,
    ageZeroCustomersLeftOut: ageZeroCustomers,
    purchaseModels,
    spendModel,
    failed,
    recommended,
    recommendation,
  };
}
