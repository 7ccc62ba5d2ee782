import type { HistogramBin } from '../stats/histogram';
import type { TimeUnit } from './timeUnits';

/** One customer as the customer base table shows it (from the stored summary). */
export interface CustomerRow {
  customerId: string;
  firstPurchase: string;
  lastPurchase: string;
  purchaseDays: number;
  frequency: number;
  recency: number;
  age: number;
  totalSpend: number;
  averageSpend: number;
}

export const CUSTOMER_SORT_KEYS = ['customerId', 'firstPurchase', 'lastPurchase', 'frequency', 'recency', 'age', 'totalSpend', 'averageSpend'] as const;
export type CustomerSortKey = (typeof CUSTOMER_SORT_KEYS)[number];

export interface CustomerPage {
  /** Customers matching the search, in all. */
  total: number;
  offset: number;
  rows: CustomerRow[];
  /** The summary's calibration end and unit, for the column headers. */
  calibrationEnd: string | null;
  unit: TimeUnit;
}

export interface CustomerDistributions {
  calibrationEnd: string | null;
  unit: TimeUnit;
  customers: number;
  /** Repeat purchase days per customer (whole numbers). */
  frequency: HistogramBin[];
  /** Time from first to last purchase, in the unit. */
  recency: HistogramBin[];
  /** Total spend per customer, in the workspace currency. */
  totalSpend: HistogramBin[];
  currencyCode: string;
}

/** Customers grouped by the month of their first purchase. */
export interface CohortRow {
  /** YYYY-MM */
  month: string;
  customers: number;
  /** Of them, how many bought again (frequency above 0). */
  repeatCustomers: number;
  averagePurchaseDays: number;
  totalSpend: number;
}
