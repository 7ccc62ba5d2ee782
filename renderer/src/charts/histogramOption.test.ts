import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { describe, expect, it } from 'vitest';
import type { HistogramBin } from '../../../shared/stats/histogram';
import { createFormatters } from '../format/formatters';
import { buildHistogramOption, histogramAxisLabel, histogramRangeLabel, type HistogramSpec } from './histogramOption';
import { TEST_CHART_THEME } from './testFixtures';

const format = createFormatters('en-US', 'EUR');

const spendBins: HistogramBin[] = [
  { from: 0, to: 500, count: 120 },
  { from: 500, to: 1000, count: 40 },
  { from: 1000, to: null, count: 3 },
];

const spendSpec: HistogramSpec = {
  bins: spendBins,
  axisName: 'Total spend (EUR)',
  formatEdge: (v) => format.currency(v),
  formatAxisEdge: (v) => format.currencyCompact(v),
  integer: false,
  describeRange: (range) => `Spent ${range}`,
  customers: 'Customers',
};

type TooltipParam = Exclude<TooltipComponentFormatterCallbackParams, unknown[]>;
const tooltipAt = (option: ReturnType<typeof buildHistogramOption>, dataIndex: number): string =>
  (option.tooltip as { formatter: (p: TooltipComponentFormatterCallbackParams) => string }).formatter([{ dataIndex } as TooltipParam]);

describe('histogramRangeLabel', () => {
  const plain = (v: number) => String(v);

  it('names an open last bin "≥ from"', () => {
    expect(histogramRangeLabel({ from: 20, to: null, count: 1 }, plain, true)).toBe('≥ 20');
  });

  it('names whole-number bins by the values they hold', () => {
    expect(histogramRangeLabel({ from: 3, to: 4, count: 1 }, plain, true)).toBe('3');
    expect(histogramRangeLabel({ from: 0, to: 2, count: 1 }, plain, true)).toBe('0–1');
  });

  it('names continuous bins by their edges', () => {
    expect(histogramRangeLabel({ from: 500, to: 1000, count: 1 }, (v) => format.currency(v), false)).toBe('€500–€1,000');
  });
});

describe('histogramAxisLabel', () => {
  it('labels a bar by where it starts, and the open bin with ≥', () => {
    expect(histogramAxisLabel({ from: 1000, to: 1500, count: 1 }, (v) => format.currencyCompact(v))).toBe('€1K');
    expect(histogramAxisLabel({ from: 1000, to: null, count: 1 }, (v) => format.currencyCompact(v))).toBe('≥ €1K');
  });
});

describe('buildHistogramOption', () => {
  const option = buildHistogramOption(spendSpec, TEST_CHART_THEME, format);
  const series = Array.isArray(option.series) ? option.series : [];

  it('draws one bar per bin with the customer counts', () => {
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ type: 'bar', data: [120, 40, 3], itemStyle: { color: TEST_CHART_THEME.primary } });
    expect(option.xAxis).toMatchObject({ type: 'category', name: 'Total spend (EUR)', data: ['€0', '€500', '≥ €1K'] });
  });

  it('says the whole range and the count in the tooltip', () => {
    expect(tooltipAt(option, 1)).toContain('Spent €500–€1,000');
    expect(tooltipAt(option, 1)).toContain('>40<');
    expect(tooltipAt(option, 2)).toContain('Spent ≥ €1,000');
    expect(tooltipAt(option, 9)).toBe('');
  });

  it('copes with no customers', () => {
    const empty = buildHistogramOption({ ...spendSpec, bins: [] }, TEST_CHART_THEME, format);
    expect(empty.xAxis).toMatchObject({ data: [] });
  });
});
