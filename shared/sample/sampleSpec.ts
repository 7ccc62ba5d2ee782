import type { AttributeDefinition } from '../domain/attributes';

/**
 * The synthetic retailer behind the sample workspace: a mid-size health-and-beauty chain with
 * stores and an online shop. Each customer group draws its customers from known BG/NBD purchase
 * and dropout distributions and a Gamma-Gamma spend distribution, so the customer-value models
 * can later be checked by fitting these parameters back.
 *
 * Time is in weeks: lambda ~ Gamma(r, alpha) purchases per week while alive, dropout after each
 * repeat purchase with probability p ~ Beta(a, b); the value of a transaction ~ Gamma(p, nu) in
 * currency with nu ~ Gamma(q, gamma).
 */
export interface CustomerGroupSpec {
  key: string;
  label: string;
  /** Share of all customers in this group (the shares sum to 1). */
  share: number;
  purchase: { r: number; alphaWeeks: number; a: number; b: number };
  spend: { p: number; q: number; gamma: number };
  /** Traits that shape the CRM attributes. */
  traits: {
    shareOfWalletMean: number;
    satisfactionMean: number;
    incidentsPerYear: number;
    campaignResponsesPerYear: number;
    interactionsPerYear: number;
    onlineShare: number;
    ageMean: number;
    /** Relative preference for each product category (same order as CATEGORIES). */
    categoryWeights: readonly number[];
  };
}

export interface SampleSpec {
  customers: number;
  /** First calendar day of the data, YYYY-MM-DD. */
  startDate: string;
  spanWeeks: number;
  /**
   * Share of customers who are the existing base when the data starts: their first purchase in
   * the data falls in the first initialBaseWeeks; everyone else arrives evenly over the span.
   */
  initialBaseShare: number;
  initialBaseWeeks: number;
  currencyCode: string;
  groups: readonly CustomerGroupSpec[];
}

export const CATEGORIES = [
  'Skin care',
  'Hair care',
  'Make-up',
  'Fragrance',
  'Health & pharmacy',
  'Personal hygiene',
  'Baby',
  'Wellness',
] as const;
/** Gross margin rate of each category (same order as CATEGORIES). */
export const CATEGORY_MARGIN_RATES = [0.48, 0.42, 0.52, 0.38, 0.27, 0.31, 0.22, 0.45] as const;
export const CHANNELS = ['store', 'online', 'app'] as const;
export const STORES = ['Madrid Centro', 'Madrid Norte', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Zaragoza', 'Málaga', 'Online'] as const;
export const REGIONS = ['Madrid', 'Cataluña', 'Comunidad Valenciana', 'Andalucía', 'País Vasco', 'Aragón'] as const;
export const PAYMENT_METHODS = ['card', 'cash', 'store card', 'mobile wallet'] as const;
export const GENDERS = ['female', 'male', 'other or not given'] as const;
export const YES_NO = ['yes', 'no'] as const;

/** The CRM attributes the sample holds, of the five kinds, in the order the generator fills them. */
export const SAMPLE_NUMERIC_ATTRIBUTES: readonly AttributeDefinition[] = [
  { name: 'purchases_per_year', kind: 'commercial', valueType: 'number', label: 'Purchases per year', unit: 'per year' },
  { name: 'share_of_wallet', kind: 'commercial', valueType: 'number', label: 'Share of wallet', unit: 'share 0-1' },
  { name: 'product_penetration', kind: 'commercial', valueType: 'number', label: 'Product penetration', unit: 'share of categories 0-1' },
  { name: 'total_billing', kind: 'financial', valueType: 'number', label: 'Total billing', unit: 'currency' },
  { name: 'total_margin', kind: 'financial', valueType: 'number', label: 'Total gross margin', unit: 'currency' },
  { name: 'satisfaction_score', kind: 'quality', valueType: 'number', label: 'Satisfaction score', unit: '0-10' },
  { name: 'incidents_last_year', kind: 'quality', valueType: 'number', label: 'Incidents in the last year', unit: 'count' },
  { name: 'campaign_responses_last_year', kind: 'marketing', valueType: 'number', label: 'Campaign responses in the last year', unit: 'count' },
  { name: 'interactions_last_year', kind: 'marketing', valueType: 'number', label: 'Interactions in the last year', unit: 'count' },
  { name: 'age', kind: 'demographic', valueType: 'number', label: 'Age', unit: 'years' },
];

export const SAMPLE_TEXT_ATTRIBUTES: readonly (AttributeDefinition & { options: readonly string[] })[] = [
  { name: 'payment_method', kind: 'financial', valueType: 'text', label: 'Usual payment method', unit: null, options: PAYMENT_METHODS },
  { name: 'email_opt_in', kind: 'marketing', valueType: 'text', label: 'E-mail opt-in', unit: null, options: YES_NO },
  { name: 'gender', kind: 'demographic', valueType: 'text', label: 'Gender', unit: null, options: GENDERS },
  { name: 'region', kind: 'demographic', valueType: 'text', label: 'Region', unit: null, options: REGIONS },
];

export const DEFAULT_SAMPLE_SEED = 20_260_101;

export const DEFAULT_SAMPLE_SPEC: SampleSpec = {
  customers: 20_000,
  startDate: '2023-10-02',
  spanWeeks: 156,
  initialBaseShare: 0.2,
  initialBaseWeeks: 26,
  currencyCode: 'EUR',
  groups: [
    {
      key: 'loyal-regulars',
      label: 'Loyal regulars',
      share: 0.15,
      purchase: { r: 3.0, alphaWeeks: 10, a: 0.4, b: 12 },
      spend: { p: 6, q: 8, gamma: 52.5 },
      traits: {
        shareOfWalletMean: 0.62, satisfactionMean: 8.3, incidentsPerYear: 0.3, campaignResponsesPerYear: 3.5,
        interactionsPerYear: 14, onlineShare: 0.25, ageMean: 46, categoryWeights: [3, 2, 2, 1, 3, 3, 1, 2],
      },
    },
    {
      key: 'big-basket-occasionals',
      label: 'Big-basket occasionals',
      share: 0.2,
      purchase: { r: 1.2, alphaWeeks: 12, a: 0.6, b: 6 },
      spend: { p: 4, q: 6, gamma: 106 },
      traits: {
        shareOfWalletMean: 0.35, satisfactionMean: 7.4, incidentsPerYear: 0.4, campaignResponsesPerYear: 1.5,
        interactionsPerYear: 6, onlineShare: 0.45, ageMean: 41, categoryWeights: [3, 2, 3, 3, 1, 1, 1, 2],
      },
    },
    {
      key: 'deal-seekers',
      label: 'Deal seekers',
      share: 0.25,
      purchase: { r: 0.9, alphaWeeks: 9, a: 1.0, b: 4 },
      spend: { p: 3, q: 5, gamma: 40 },
      traits: {
        shareOfWalletMean: 0.22, satisfactionMean: 6.6, incidentsPerYear: 0.6, campaignResponsesPerYear: 4.5,
        interactionsPerYear: 9, onlineShare: 0.55, ageMean: 33, categoryWeights: [2, 2, 3, 1, 1, 3, 1, 1],
      },
    },
    {
      key: 'one-off-visitors',
      label: 'One-off visitors',
      share: 0.3,
      purchase: { r: 0.35, alphaWeeks: 14, a: 1.2, b: 2.2 },
      spend: { p: 3, q: 4, gamma: 38 },
      traits: {
        shareOfWalletMean: 0.1, satisfactionMean: 6.1, incidentsPerYear: 0.5, campaignResponsesPerYear: 0.4,
        interactionsPerYear: 2, onlineShare: 0.4, ageMean: 38, categoryWeights: [1, 1, 1, 2, 3, 2, 2, 1],
      },
    },
    {
      key: 'premium-enthusiasts',
      label: 'Premium enthusiasts',
      share: 0.1,
      purchase: { r: 1.6, alphaWeeks: 8, a: 0.5, b: 10 },
      spend: { p: 8, q: 10, gamma: 135 },
      traits: {
        shareOfWalletMean: 0.5, satisfactionMean: 8.0, incidentsPerYear: 0.5, campaignResponsesPerYear: 2.5,
        interactionsPerYear: 18, onlineShare: 0.35, ageMean: 44, categoryWeights: [4, 2, 4, 4, 1, 1, 0.5, 3],
      },
    },
  ],
};

/** Mean of a customer's average transaction value under a group's Gamma-Gamma spend model. */
export function expectedAverageSpend(spend: CustomerGroupSpec['spend']): number {
  return (spend.p * spend.gamma) / (spend.q - 1);
}

/** Refuses a spec whose numbers cannot generate a sample, naming the field at fault. */
export function validateSampleSpec(spec: SampleSpec): void {
  const fail = (where: string, what: string) => {
    throw new RangeError(`Sample spec ${where}: ${what}`);
  };
  if (!Number.isInteger(spec.customers) || spec.customers < 1) fail('customers', 'must be a whole number of at least 1.');
  if (!(spec.spanWeeks > 0)) fail('spanWeeks', 'must be above 0.');
  if (!(spec.initialBaseShare >= 0 && spec.initialBaseShare <= 1)) fail('initialBaseShare', 'must be between 0 and 1.');
  if (!(spec.initialBaseWeeks > 0 && spec.initialBaseWeeks < spec.spanWeeks)) fail('initialBaseWeeks', 'must be above 0 and below spanWeeks.');
  if (spec.groups.length === 0) fail('groups', 'needs at least one group.');
  const shares = spec.groups.reduce((s, g) => s + g.share, 0);
  if (Math.abs(shares - 1) > 1e-9) fail('groups', `shares sum to ${shares}, not 1.`);
  for (const g of spec.groups) {
    const { r, alphaWeeks, a, b } = g.purchase;
    for (const [name, v] of Object.entries({ r, alphaWeeks, a, b, ...g.spend })) {
      if (!(v > 0)) fail(`group ${g.key}`, `${name} must be above 0 (got ${v}).`);
    }
    if (!(g.spend.q > 1)) fail(`group ${g.key}`, 'spend q must be above 1 for the mean spend to exist.');
    if (g.traits.categoryWeights.length !== CATEGORIES.length) {
      fail(`group ${g.key}`, `categoryWeights needs ${CATEGORIES.length} entries.`);
    }
  }
}
