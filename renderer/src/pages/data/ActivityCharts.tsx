import { Grid } from '@mantine/core';
import { useMemo } from 'react';
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
  const chartTheme = useChartTheme();
  const monthly = useMemo(() => buildMonthlyActivityOption(overview, chartTheme, format), [overview, chartTheme, format]);
  const frequency = useMemo(() => buildPurchaseFrequencyOption(overview, chartTheme, format), [overview, chartTheme, format]);

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <ChartCard title="Monthly revenue and active customers" subtitle={`Revenue in ${overview.currencyCode} (bars) and customers buying in the month (line)`}>
          <EChart option={monthly} height={CHART_HEIGHT} testId="chart-monthly-activity" ariaLabel="Monthly revenue and active customers" />
        </ChartCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <ChartCard title="Customers by number of purchases" subtitle="How many purchases each customer made over the whole period">
          <EChart option={frequency} height={CHART_HEIGHT} testId="chart-purchase-frequency" ariaLabel="Customers by number of purchases" />
        </ChartCard>
      </Grid.Col>
    </Grid>
  );
}
