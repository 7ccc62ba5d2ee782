import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { binDescription, binLabel, buildPurchaseFrequencyOption, fillEmptyBins, showBinLabel, type PurchaseFrequencyLabels } from './purchaseFrequencyOption';

const words: PurchaseFrequencyLabels = {
  axisName: 'Purchases per customer',
  customers: 'Customers',
  purchases: (range, single) => `${range} ${single ? 'purchase' : 'purchases'}`,
};
import { TEST_CHART_THEME, overviewFixture } from './testFixtures';

const format = createFormatters('en-US', 'EUR');

describe('buildPurchaseFrequencyOption', () => {
  const option = buildPurchaseFrequencyOption(overviewFixture(), TEST_CHART_THEME, format, words);
  const series = Array.isArray(option.series) ? option.series : [];
  const labels = (option.xAxis as { data: string[] }).data;

  it('labels every purchase count up to the open last bin "20+"', () => {
    expect(labels[0]).toBe('1');
    expect(labels.slice(0, 4)).toEqual(['1', '2', '3', '4']);
    expect(labels[labels.length - 1]).toBe('20+');
    expect(option.xAxis).toMatchObject({ name: 'Purchases per customer' });
  });

  it('counts customers per bin, with zero where nobody falls', () => {
    const data = (series[0] as { data: number[] }).data;
    expect(series[0]).toMatchObject({ type: 'bar' });
    expect(data).toHaveLength(20);
    expect(data.slice(0, 5)).toEqual([10, 6, 0, 2, 0]);
    expect(data[19]).toBe(1);
  });
});

describe('the purchase-frequency tooltip', () => {
  const option = buildPurchaseFrequencyOption(overviewFixture(), TEST_CHART_THEME, format, words);
  const formatter = (option.tooltip as { formatter: (p: TooltipComponentFormatterCallbackParams) => string }).formatter;
  const at = (dataIndex: number) => formatter([{ dataIndex } as TooltipComponentFormatterCallbackParams extends (infer P)[] ? P : never]);

  it('reads "20+ purchases" for the open bin, and counts customers', () => {
    expect(at(19)).toContain('20+ purchases');
    expect(at(0)).toContain('1 purchase<');
    expect(at(1)).toContain('2 purchases');
    expect(at(0)).toContain('>10<');
  });

  it('describes ranges in words', () => {
    expect(binDescription({ fromPurchases: 5, toPurchases: 9, customers: 0 }, words)).toBe('5–9 purchases');
  });
});

describe('showBinLabel', () => {
  it('prints 1, every fifth count and the open bin', () => {
    const bins = fillEmptyBins(overviewFixture().purchasesPerCustomer);
    const shown = bins.filter((b, i) => showBinLabel(b, i, bins.length)).map(binLabel);
    expect(shown).toEqual(['1', '5', '10', '15', '20+']);
  });
});

describe('fillEmptyBins', () => {
  it('fills gaps between bins, up to the open bin, which stays last', () => {
    const filled = fillEmptyBins([
      { fromPurchases: 6, toPurchases: null, customers: 1 },
      { fromPurchases: 1, toPurchases: 1, customers: 5 },
      { fromPurchases: 3, toPurchases: 3, customers: 2 },
    ]);
    expect(filled.map(binLabel)).toEqual(['1', '2', '3', '4', '5', '6+']);
    expect(filled.map((b) => b.customers)).toEqual([5, 0, 2, 0, 0, 1]);
  });

  it('labels ranges', () => {
    expect(binLabel({ fromPurchases: 5, toPurchases: 9, customers: 0 })).toBe('5–9');
  });
});
