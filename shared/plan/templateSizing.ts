import type { Plan } from './planSchema';

/**
 * Templates sized to the base. A template's fixed costs were written for one size of retailer
 * (50,000 launch, 4,000 a month of platform, 60,000 a year of staff: about a 20-million-a-year
 * chain); kept on a 600-customer store they ask the plan to lift sales by thousands of percent.
 * Sized here, they are shares of the base's own yearly sales, so they hold in any currency and
 * at any size, and a plan starts in the range a real programme runs in.
 *
 * The shares: a typical grocer's programme runs at about 0.5% of sales a year besides its rewards
 * (the worked example of the loyalty-economics primer: g = 0.75%, opex 0.5%, GM 25% gives a
 * break-even lift of about 5%, the +5% McKinsey reports in "Making loyalty pay"). That 0.5% is
 * split as the template's costs were split:
 * - launch: 0.5% of a year's sales, once (systems, cards, signage, training); spread over the
 *   template's three-year horizon it is about 0.17% a year;
 * - platform: 0.25% of what the average customer spends in a year, per customer a year, charged
 *   monthly — loyalty platforms are priced per member account, and the base's customers are the
 *   accounts it would hold;
 * - staff: 0.15% of a year's sales (the programme's team grows with the business it serves).
 * Together about 0.57% of sales a year. Floors (at least what a small store pays whatever its size) are
 * left out on purpose: a floor is an amount in one currency, meaningless in another without an
 * exchange rate; the user replaces these figures with real quotes.
 */
export const TEMPLATE_COST_SHARES = {
  launchOfYearlySales: 0.005,
  platformPerCustomerOfYearlySpend: 0.0025,
  staffOfYearlySales: 0.0015,
} as const;

/** What the sizing reads from the workspace: its customers and a year of their purchases, in its currency. */
export interface BaseFigures {
  currencyCode: string;
  customers: number;
  /** A year of sales (the last 365 days of data, scaled up when there is less); null without any. */
  yearlySalesCurrency: number | null;
  /** Purchases in the same year; null without any. */
  yearlyPurchases: number | null;
}

/**
 * Sized costs are rounded to three significant figures, as a quote would be (1,234.5678 reads as
 * computed, not estimated); the plan's description says so, so the rounding is never silent.
 */
function threeFigures(amount: number): number {
  if (amount <= 0) return 0;
  const exponent = Math.floor(Math.log10(amount)) - 2;
  // Below 1 a step such as 0.01 is not exact in binary: divide by its inverse, which is, so 2.08
  // is stored as 2.08 and not 2.0800000000000001.
  return exponent >= 0 ? Math.round(amount / 10 ** exponent) * 10 ** exponent : Math.round(amount * 10 ** -exponent) / 10 ** -exponent;
}

/** The sized fixed costs of a base, or null when it has no sales to size them from. */
export function sizedFixedCosts(base: Pick<BaseFigures, 'customers' | 'yearlySalesCurrency'>): Plan['costs'] | null {
  const sales = base.yearlySalesCurrency;
  if (sales === null || !(sales > 0) || base.customers <= 0) return null;
  const spendPerCustomerPerYear = sales / base.customers;
  const s = TEMPLATE_COST_SHARES;
  return {
    launchCurrency: threeFigures(s.launchOfYearlySales * sales),
    platformPerMonthCurrency: threeFigures((s.platformPerCustomerOfYearlySpend * spendPerCustomerPerYear * base.customers) / 12),
    staffPerYearCurrency: threeFigures(s.staffOfYearlySales * sales),
  };
}

const amount = (v: number): string => v.toLocaleString('en', { maximumFractionDigits: 2 });

/**
 * A template made for this workspace: in its currency, with its fixed costs sized to its base
 * (see TEMPLATE_COST_SHARES) and the sizing written into the description, where the user reads it.
 * Without sales the template's own costs are kept, and the description says they are not sized.
 */
export function templateForBase(template: Plan, base: BaseFigures): Plan {
  const costs = sizedFixedCosts(base);
  const basket = base.yearlySalesCurrency !== null && base.yearlyPurchases !== null && base.yearlyPurchases > 0 ? base.yearlySalesCurrency / base.yearlyPurchases : null;
  const sizing =
    costs === null
      ? `Fixed costs are the template's (launch ${amount(template.costs.launchCurrency)}, platform ${amount(template.costs.platformPerMonthCurrency)} a month, staff ${amount(template.costs.staffPerYearCurrency)} a year), not sized: the workspace has no sales yet. Make the plan again from the template after the import, or enter real quotes.`
      : `Fixed costs sized to this base (${base.customers.toLocaleString('en')} customers, ${amount(base.yearlySalesCurrency!)} ${base.currencyCode} of sales a year): launch 0.5% of a year's sales; platform 0.25% of a customer's yearly spend, per customer a year; staff 0.15% of a year's sales — about 0.57% of sales a year with the launch spread over three years, a typical programme's running cost. Rounded to three significant figures; replace them with real quotes.`;
  const perPurchase =
    basket === null
      ? ''
      : ` Rewards, basket and tier thresholds and per-member costs are the template's figures, written for baskets of a few tens of euros; this base's average purchase is ${amount(basket)} ${base.currencyCode}: check them against it.`;
  const description = [template.description, sizing + perPurchase].filter((d) => d.trim() !== '').join('\n\n');
  return {
    ...template,
    currency: base.currencyCode,
    costs: costs ?? template.costs,
    // The schema's limit; the template's own text comes first, the sizing after it.
    description: description.slice(0, 2000),
  };
}
