import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { describe, expect, it } from 'vitest';
import type { CohortRow } from '../../../shared/domain/customers';
import { createFormatters } from '../format/formatters';
import { buildCohortOption, repeatShare, type CohortLabels } from './cohortOption';

const REPEAT_SERIES = 'Bought again';
const ONE_TIME_SERIES = 'Bought once';
const REPEAT_SHARE_SERIES = 'Share who bought again';
const labels: CohortLabels = {
  boughtAgain: REPEAT_SERIES,
  boughtOnce: ONE_TIME_SERIES,
  shareBoughtAgain: REPEAT_SHARE_SERIES,
  newCustomers: 'New customers',
  firstPurchaseIn: (month) => `First purchase in ${month}`,
};
import { TEST_CHART_THEME } from './testFixtures';

const format = createFormatters('en-US', 'EUR');

const rows: CohortRow[] = [
  { month: '2024-01', customers: 200, repeatCustomers: 120, averagePurchaseDays: 3.1, totalSpend: 9000 },
  { month: '2024-02', customers: 100, repeatCustomers: 25, averagePurchaseDays: 1.4, totalSpend: 3000 },
  { month: '2024-03', customers: 0, repeatCustomers: 0, averagePurchaseDays: 0, totalSpend: 0 },
];

type TooltipParam = Exclude<TooltipComponentFormatterCallbackParams, unknown[]>;

describe('buildCohortOption', () => {
  const option = buildCohortOption(rows, TEST_CHART_THEME, format, labels);
  const series = Array.isArray(option.series) ? option.series : [];
  const yAxes = Array.isArray(option.yAxis) ? option.yAxis : [];

  it('puts the first-purchase months on the x axis', () => {
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['Jan 2024', 'Feb 2024', 'Mar 2024'] });
  });

  it('stacks repeat and one-time buyers, which add up to the cohort', () => {
    expect(series[0]).toMatchObject({ name: REPEAT_SERIES, type: 'bar', stack: 'cohort', data: [120, 25, 0] });
    expect(series[1]).toMatchObject({ name: ONE_TIME_SERIES, type: 'bar', stack: 'cohort', data: [80, 75, 0] });
  });

  it('draws the repeat share as a line on a second, 0-100% axis', () => {
    expect(series[2]).toMatchObject({ name: REPEAT_SHARE_SERIES, type: 'line', yAxisIndex: 1, data: [0.6, 0.25, 0] });
    expect(yAxes[1]).toMatchObject({ min: 0, max: 1 });
    const label = (yAxes[1]?.axisLabel as { formatter: (v: number) => string }).formatter;
    expect(label(0.5)).toBe('50%');
  });

  it('shows the month, both counts and the share in the tooltip', () => {
    const formatter = (option.tooltip as { formatter: (p: TooltipComponentFormatterCallbackParams) => string }).formatter;
    const html = formatter([{ dataIndex: 1 } as TooltipParam]);
    expect(html).toContain('First purchase in Feb 2024');
    expect(html).toContain('>25<');
    expect(html).toContain('>75<');
    expect(html).toContain('25.0%');
  });
});

describe('repeatShare', () => {
  it('is 0 for an empty cohort rather than NaN', () => {
    expect(repeatShare(rows[2]!)).toBe(0);
  });
});
