import type { ModelKey } from '../contract/modelSchemas';
import type { TimeUnit } from './timeUnits';

export interface ParameterEstimate {
  name: string;
  value: number;
  standardError: number;
  lower95: number;
  upper95: number;
}

export interface ModelFitSummary {
  key: ModelKey;
  label: string;
  params: ParameterEstimate[];
  logLikelihood: number;
  aic: number;
  bic: number;
  n: number;
  converged: boolean;
  iterations: number;
  fitMs: number;
  warnings: string[];
}

export interface ValidatedPurchaseModel extends ModelFitSummary {
  /** Cumulative repeat purchases of the calibration base: actual and as this model expects. */
  tracking: { date: string; actual: number; expected: number }[];
  holdout: {
    byFrequency: { frequencyFrom: number; frequencyTo: number | null; customers: number; actual: number; expected: number }[];
    meanAbsoluteError: number;
    totalError: number;
    totalActual: number;
    totalExpected: number;
  } | null;
}

/** The customer-value models fitted on a calibration period and checked against a holdout. */
export interface ModelValidation {
  calibrationEnd: string;
  holdoutEnd: string | null;
  unit: TimeUnit;
  /** Customers the models were fitted on. */
  customers: number;
  /**
   * Customers first seen on the calibration end (age 0), left out of every fit: no time has passed
   * in which to see them buy again. Absent in fits kept by versions that did not count them.
   */
  ageZeroCustomersLeftOut?: number;
  purchaseModels: ValidatedPurchaseModel[];
  spendModel: ModelFitSummary | null;
  failed: { key: ModelKey; reason: string }[];
  recommended: ModelKey | null;
  /** Why that one, in words. */
  recommendation: string;
}
