import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { buildMonthlyActivityOption } from './monthlyActivityOption';

const REVENUE_SERIES = 'Revenue';
const ACTIVE_CUSTOMERS_SERIES = 'Active customers';
const labels = { revenue: REVENUE_SERIES, activeCustomers: ACTIVE_CUSTOMERS_SERIES };
import { TEST_CHART_THEME, overviewFixture } from './testFixtures';

const format = createFormatters('en-US', 'EUR');

describe('buildMonthlyActivityOption', () => {
  const option = buildMonthlyActivityOption(overviewFixture(), TEST_CHART_THEME, format, labels);
  const series = Array.isArray(option.series) ? option.series : [];
  const yAxes = Array.isArray(option.yAxis) ? option.yAxis : [];

  it('labels the months on the x axis', () => {
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['Jan 2024', 'Feb 2024', 'Mar 2024'] });
  });

  it('draws revenue as bars on the left axis and active customers as a line on the right', () => {
    expect(series).toHaveLength(2);
    expect(series[0]).toMatchObject({ name: REVENUE_SERIES, type: 'bar', yAxisIndex: 0, data: [400, 500.5, 599.5] });
    expect(series[1]).toMatchObject({ name: ACTIVE_CUSTOMERS_SERIES, type: 'line', yAxisIndex: 1, data: [2, 3, 3] });
    expect(yAxes.map((a) => a.name)).toEqual(['Revenue', 'Active customers']);
  });

  it('formats the revenue axis in the workspace currency', () => {
    const formatter = (yAxes[0]?.axisLabel as { formatter: (v: number) => string }).formatter;
    expect(formatter(1_200_000)).toBe('€1.2M');
  });

  it('takes its colours from the theme', () => {
    expect(series[0]).toMatchObject({ itemStyle: { color: TEST_CHART_THEME.primary } });
    expect(series[1]).toMatchObject({ lineStyle: { color: TEST_CHART_THEME.secondary } });
  });

  it('copes with a workspace without transactions', () => {
    const empty = buildMonthlyActivityOption(overviewFixture({ monthly: [] }), TEST_CHART_THEME, format, labels);
    expect(empty.xAxis).toMatchObject({ data: [] });
  });
});
