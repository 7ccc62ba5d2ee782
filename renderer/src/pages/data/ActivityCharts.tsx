import { Grid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOverview } from '../../../../shared/domain/workspace';
import { EChart } from '../../charts/EChart';
import { buildMonthlyActivityOption } from '../../charts/monthlyActivityOption';
import { buildPurchaseFrequencyOption } from '../../charts/purchaseFrequencyOption';
import type { Formatters } from '../../format/formatters';
import { ChartCard } from './ChartCard';
import { useChartTheme } from './useChartTheme';

const CHART_HEIGHT = 300;

/** Monthly revenue with active customers, and the purchase-frequency histogram. */
export function ActivityCharts({ overview, format }: { overview: CustomerOverview; format: Formatters }) {
  const { t } = useTranslation('data');
  const chartTheme = useChartTheme();
  const monthly = useMemo(
    () => buildMonthlyActivityOption(overview, chartTheme, format, { revenue: t('activity.revenue'), activeCustomers: t('activity.activeCustomers') }),
    [overview, chartTheme, format, t],
  );
  const frequency = useMemo(
    () =>
      buildPurchaseFrequencyOption(overview, chartTheme, format, {
        axisName: t('activity.purchasesPerCustomer'),
        customers: t('charts.customers'),
        purchases: (range, single) => t('activity.purchase', { range, count: single ? 1 : 2 }),
      }),
    [overview, chartTheme, format, t],
  );

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <ChartCard title={t('activity.monthlyTitle')} subtitle={t('activity.monthlySubtitle', { currency: overview.currencyCode })}>
          <EChart option={monthly} height={CHART_HEIGHT} testId="chart-monthly-activity" ariaLabel={t('activity.monthlyTitle')} />
        </ChartCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <ChartCard title={t('activity.frequencyTitle')} subtitle={t('activity.frequencySubtitle')}>
          <EChart option={frequency} height={CHART_HEIGHT} testId="chart-purchase-frequency" ariaLabel={t('activity.frequencyTitle')} />
        </ChartCard>
      </Grid.Col>
    </Grid>
  );
}
