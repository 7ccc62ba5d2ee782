import type { LifecycleStage } from '../segments/lifecycle';
import type { CustomerRow } from './customers';

/** One customer's value, as the customer card shows it. */
export interface CustomerValueCard {
  customer: CustomerRow;
  unit: string;
  calibrationEnd: string;
  probabilityAlive: number;
  expectedPurchasesNextYear: number;
  /** The chance of exactly 0, 1, 2, 3 and 4 purchases next year, then of 5 or more. */
  purchaseCountNextYear: number[];
  expectedSpendPerPurchase: number;
  /** Over the horizon, discounted, at margin, in the workspace currency. */
  lifetimeValue: number;
  currencyCode: string;
  settings: { horizonMonths: number; discountRatePerYear: number; margin: number };
  lifecycle: { stage: LifecycleStage; label: string; explanation: string };
  /** The strategic value score (0-100) and its three parts, each a percentile across the base. */
  strategicScore: {
    score: number;
    prospective: number;
    current: number;
    qualitative: number;
    weights: { prospective: number; current: number; qualitative: number };
    qualitativeAttributes: string[];
    missingAttributes: string[];
  };
  /** The customer's CRM attributes by kind. */
  attributes: { name: string; label: string; kind: string; value: string | number | null }[];
}
