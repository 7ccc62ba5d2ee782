import type { AttributeDefinition } from './attributes';

/** What the title bar and `lw info` show about the open workspace. */
export interface WorkspaceSummary {
  path: string;
  /** File name without folder and extension, for the title bar. */
  name: string;
  schemaVersion: number;
  /** True when the file is the generated sample retailer. */
  isSample: boolean;
  /** Seed the sample was generated with; null for client data. */
  sampleSeed: number | null;
  /** ISO 4217 code of every amount in the workspace (transactions, values, plans that may run). */
  currencyCode: string;
  /**
   * BCP 47 locale the workspace's figures are written in (numbers, money, dates); null when never
   * chosen, and the figures then follow the interface language. See workspaceSettings.ts.
   */
  locale: string | null;
  counts: {
    customers: number;
    transactions: number;
    attributeDefinitions: number;
  };
  /** ISO dates (YYYY-MM-DD) of the first and last transaction; null when there are none. */
  firstTransactionDate: string | null;
  lastTransactionDate: string | null;
  attributes: AttributeDefinition[];
}

export interface MonthlyActivity {
  /** Calendar month, YYYY-MM. */
  month: string;
  revenue: number;
  transactions: number;
  activeCustomers: number;
  newCustomers: number;
}

export interface PurchaseCountBin {
  /** Lower bound of the bin in purchases (inclusive). */
  fromPurchases: number;
  /** Upper bound (inclusive); null for the open last bin ("20 or more"). */
  toPurchases: number | null;
  customers: number;
}

/** The first look at a customer base: what the Data page shows before any modelling. */
export interface CustomerOverview {
  customers: number;
  transactions: number;
  /** Sum of transaction amounts, in the workspace currency. */
  revenue: number;
  currencyCode: string;
  averageTransactionValue: number | null;
  firstTransactionDate: string | null;
  lastTransactionDate: string | null;
  monthly: MonthlyActivity[];
  purchasesPerCustomer: PurchaseCountBin[];
}

export interface RecentWorkspace {
  path: string;
  name: string;
  /** Milliseconds since the epoch when it was last opened. */
  openedAtMs: number;
  exists: boolean;
}
