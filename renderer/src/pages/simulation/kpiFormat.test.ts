import { describe, expect, it } from 'vitest';
import { KPI_KEYS, type KpiBand } from '../../../../shared/simulation/results';
import { simulationResultsFixture } from '../../charts/simulationFixtures';
import { createFormatters } from '../../format/formatters';
import { i18next } from '../../i18n/i18n';
import { formatKpiValue, HEADLINE_KPIS, kpiBandText, kpiBaseCaseText, kpiDetail, kpiHeadlineText, kpiTone, paybackText } from './kpiFormat';

const format = createFormatters('en-US', 'EUR');
const band = (overrides: Partial<KpiBand>): KpiBand => ({ key: 'npvAccrued', unit: 'currency', headline: 100, base: 100, p10: 80, p50: 100, p90: 120, mcStandardError: 4, drawsWithValue: 5, ...overrides });

describe('formatKpiValue', () => {
  it('formats money in the plan currency, with cents only for small sums', () => {
    expect(formatKpiValue(412000, 'currency', format)).toBe('€412,000');
    expect(formatKpiValue(-18000.4, 'currency', format)).toBe('-€18,000');
    expect(formatKpiValue(19.456, 'currency', format)).toBe('€19.46');
    expect(formatKpiValue(412000, 'currency', createFormatters('en-US', 'USD'))).toBe('$412,000');
  });

  it('shows shares as percentages, with two decimals for small rates such as the free-reward rate', () => {
    expect(formatKpiValue(0.0074, 'share', format)).toBe('0.74%');
    expect(formatKpiValue(0.21, 'share', format)).toBe('21.0%');
    expect(formatKpiValue(0.26, 'ratio', format)).toBe('26.0%');
  });

  it('counts customers and weeks', () => {
    expect(formatKpiValue(4200.4, 'customers', format)).toBe('4,200');
    expect(formatKpiValue(38, 'weeks', format)).toBe('38 weeks');
    expect(formatKpiValue(1, 'weeks', format)).toBe('1 week');
  });

  it('shows a dash where there is no figure', () => {
    expect(formatKpiValue(null, 'currency', format)).toBe('—');
    expect(formatKpiValue(Number.POSITIVE_INFINITY, 'currency', format)).toBe('—');
    expect(formatKpiValue(Number.NaN, 'weeks', format)).toBe('—');
  });

  it('follows the locale', () => {
    expect(formatKpiValue(412000, 'currency', createFormatters('es-ES', 'EUR'))).toMatch(/^412\.000\s€$/u);
  });
});

describe('kpiBandText', () => {
  it('gives the P10–P90 range in the unit, and nothing with one draw', () => {
    expect(kpiBandText(band({}), 5, format)).toBe('P10–P90 €80 – €120');
    expect(kpiBandText(band({ unit: 'share', headline: 0.0074, base: 0.0074, p10: 0.0065, p90: 0.0083 }), 20, format)).toBe('P10–P90 0.65% – 0.83%');
    expect(kpiBandText(band({}), 1, format)).toBeNull();
    expect(kpiBandText(band({ unit: 'weeks', headline: 38, base: 38, p10: 29, p90: 52 }), 5, format)).toBe('P10–P90 29 – 52 weeks');
    expect(kpiBandText(band({ p10: null, p90: null }), 5, format)).toBe('No draw gives this figure');
    expect(kpiBandText(band({ key: 'paybackWeeksCash', unit: 'weeks', base: null, p10: null, p90: null }), 5, format)).toBe('No payback within the horizon in any draw');
  });

  it('gives the headline and both ends of a band the same precision', () => {
    expect(kpiBandText(band({ headline: 95, p10: 80, p90: 130 }), 5, format)).toBe('P10–P90 €80 – €130');
    expect(kpiHeadlineText(band({ headline: 95, p10: 80, p90: 130 }), format)).toBe('€95');
    expect(kpiHeadlineText(band({ unit: 'share', headline: 0.095, base: 0.095, p10: 0.08, p90: 0.11 }), format)).toBe('9.5%');
  });

  it('heads with the median, not the base case', () => {
    expect(kpiHeadlineText(band({ headline: 310000, base: 301776, p10: 290000, p90: 430000 }), format)).toBe('€310,000');
  });
});

describe('kpiBaseCaseText', () => {
  it('labels the base case and states the Monte Carlo error of the median, in both languages', () => {
    const b = band({ headline: 2_492_546, base: 2_307_742, p10: 2_040_438, p90: 2_918_777, mcStandardError: 51_221, drawsWithValue: 40 });
    expect(kpiBaseCaseText(b, 40, format)).toBe('base case €2,307,742 · MC s.e. ±€51,221');
    const spanish = i18next.getFixedT('es', 'simulation');
    expect(kpiBaseCaseText(b, 40, createFormatters('es-ES', 'EUR'), spanish)).toMatch(/^caso base 2\.307\.742\s€ · error MC ±51\.221\s€$/u);
    expect(kpiBaseCaseText(b, 1, format)).toBeNull();
    expect(kpiBaseCaseText(band({ mcStandardError: null }), 3, format)).toBe('base case €100');
  });

  it('says in how many draws a payback was reached, and the base case’s when it was not', () => {
    const payback = band({ key: 'paybackWeeksCash', unit: 'weeks', headline: 33, base: null, p10: 21.8, p90: 67.6, mcStandardError: 4.2, drawsWithValue: 29 });
    expect(kpiBaseCaseText(payback, 40, format)).toBe('base case not within horizon · MC s.e. ±4.2 weeks · reached in 29 of 40 draws');
    // An error below a share's printed precision is not shown as zero.
    const rate = band({ key: 'freeRewardRateTotal', unit: 'share', headline: 0.0093, base: 0.0093, p10: 0.0092, p90: 0.0094, mcStandardError: 0.00002, drawsWithValue: 40 });
    expect(kpiBaseCaseText(rate, 40, format)).toBe('base case 0.93% · MC s.e. <0.01%');
  });
});

describe('paybackText', () => {
  it('says when the plan does not pay back within the horizon', () => {
    expect(paybackText(band({ key: 'paybackWeeksCash', unit: 'weeks', headline: 38 }), 52, 5, format)).toBe('38 weeks');
    expect(paybackText(band({ key: 'paybackWeeksCash', unit: 'weeks', headline: 38.5 }), 52, 40, format)).toBe('39 weeks');
    expect(paybackText(band({ key: 'paybackWeeksCash', unit: 'weeks', headline: Number.POSITIVE_INFINITY }), 52, 1, format)).toBe('Not within horizon');
    expect(paybackText(band({ key: 'paybackWeeksCash', unit: 'weeks', headline: null, drawsWithValue: 0 }), 52, 1, format)).toBe('Not within horizon');
    // Reached in some draws but fewer than half: no median week to give.
    expect(paybackText(band({ key: 'paybackWeeksCash', unit: 'weeks', headline: null, drawsWithValue: 12 }), 52, 40, format)).toBe('Not reached in most draws');
  });
});

describe('headline cards', () => {
  it('are all known KPIs, each once', () => {
    const keys = HEADLINE_KPIS.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => (KPI_KEYS as readonly string[]).includes(k))).toBe(true);
    expect(keys).toHaveLength(12);
  });

  it('give the context line a finance reader asks for next', () => {
    const results = simulationResultsFixture();
    expect(kpiDetail('members', results, format)).toBe('42.0% of 10,000 customers');
    expect(kpiDetail('freeRewardRateTotal', results, format)).toBe('1.18% of member sales');
    expect(kpiDetail('retainedCustomers', results, format)).toBe('6,020 alive vs 5,200 without the plan');
    expect(kpiDetail('liabilityAtCostEnd', results, format)).toBe('€47,800 deferred revenue (IFRS 15)');
    expect(kpiDetail('breakage', results, format)).toBe('of the points issued, never redeemed');
    expect(kpiDetail('deferredRevenueEnd', results, format)).toBeNull();
    // Payback and NPV name their other basis and the discount rate.
    expect(kpiDetail('paybackWeeksCash', results, format)).toBe('accrued basis 46 weeks · horizon 52 weeks');
    expect(kpiDetail('npvAccrued', results, format)).toBe('cash basis €31,200 · at 8.0% a year');
  });

  it('show a loss in red only for figures where the sign matters', () => {
    const npv = HEADLINE_KPIS.find((k) => k.key === 'npvAccrued')!;
    const cost = HEADLINE_KPIS.find((k) => k.key === 'programmeCost')!;
    expect(kpiTone(npv, band({ headline: -5 }))).toBe('negative');
    expect(kpiTone(npv, band({ headline: 5, base: -5 }))).toBe('neutral');
    expect(kpiTone(cost, band({ headline: -5 }))).toBe('neutral');
  });
});
