import { describe, expect, it } from 'vitest';
import { basicPlan, fullPlan } from './defaultPlans';
import { derivedFigures, fixedCostsPerYear } from './derivedFigures';
import { planSchema } from './planSchema';
import { breakEvenBeyondReach } from './planWarnings';
import { sizedFixedCosts, templateForBase, type BaseFigures } from './templateSizing';

/**
 * The store: 600 customers whose whole year of purchases comes to about 10,000 dollars
 * (the template's fixed costs on it gave a break-even lift of 3,695%), and a national retailer of
 * a million customers at 300 a customer a year.
 */
const smallStore: BaseFigures = { currencyCode: 'USD', customers: 600, yearlySalesCurrency: 10_000, yearlyPurchases: 800 };
const retailer: BaseFigures = { currencyCode: 'MXN', customers: 1_000_000, yearlySalesCurrency: 300_000_000, yearlyPurchases: 12_000_000 };

const figuresOn = (plan: ReturnType<typeof basicPlan>, base: BaseFigures) =>
  derivedFigures(plan, { base: { customers: base.customers, segments: [] }, annualSalesCurrency: base.yearlySalesCurrency, annualPurchases: base.yearlyPurchases });

describe('templates sized to the base', () => {
  it("gives a 600-customer store and a million-customer retailer the same costs per unit of sales", () => {
    const small = sizedFixedCosts(smallStore)!;
    const large = sizedFixedCosts(retailer)!;
    expect(small).toEqual({ launchCurrency: 50, platformPerMonthCurrency: 2.08, staffPerYearCurrency: 15 });
    expect(large).toEqual({ launchCurrency: 1_500_000, platformPerMonthCurrency: 62_500, staffPerYearCurrency: 450_000 });
    const share = (c: typeof small, sales: number) => fixedCostsPerYear({ ...basicPlan(), costs: c }) / sales;
    // Proportionate: the same share of sales a year, to the three significant figures kept.
    expect(share(small, 10_000)).toBeCloseTo(share(large, 300_000_000), 4);
    expect(share(large, 300_000_000)).toBeCloseTo(0.005 / 3 + 0.0025 + 0.0015, 6);
  });

  it("keeps the small store's basic plan within reach: a break-even lift under 100% (the template's own costs need thousands of percent)", () => {
    const unsized = figuresOn({ ...basicPlan(), currency: 'USD' }, smallStore).breakEvenSalesLift!;
    expect(unsized).toBeGreaterThan(10);
    expect(breakEvenBeyondReach(unsized)).toBe(true);
    const sized = figuresOn(templateForBase(basicPlan(), smallStore), smallStore).breakEvenSalesLift!;
    expect(sized).toBeLessThan(1);
    // In the range of a real programme (a typical grocer's needs about +5%): same for the retailer.
    expect(sized).toBeLessThan(0.06);
    expect(figuresOn(templateForBase(basicPlan(), retailer), retailer).breakEvenSalesLift!).toBeCloseTo(sized, 3);
  });

  it('takes the workspace currency, says how the costs were sized, and stays a valid plan', () => {
    for (const template of [basicPlan(), fullPlan()]) {
      const plan = templateForBase(template, retailer);
      expect(plan.currency).toBe('MXN');
      expect(plan.description).toContain('Fixed costs sized to this base (1,000,000 customers, 300,000,000 MXN of sales a year)');
      expect(plan.description).toContain('average purchase is 25 MXN');
      expect(planSchema.safeParse(plan).success).toBe(true);
    }
    expect(templateForBase(fullPlan(), retailer).description.startsWith(fullPlan().description)).toBe(true);
  });

  it("keeps the template's costs, and says so, when the workspace has no sales yet", () => {
    const empty: BaseFigures = { currencyCode: 'COP', customers: 0, yearlySalesCurrency: null, yearlyPurchases: null };
    const plan = templateForBase(basicPlan(), empty);
    expect(plan.costs).toEqual(basicPlan().costs);
    expect(plan.currency).toBe('COP');
    expect(plan.description).toMatch(/not sized: the workspace has no sales yet/);
  });
});
