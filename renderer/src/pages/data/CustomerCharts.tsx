import { Alert, Grid, Skeleton, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { CohortRow, CustomerDistributions } from '../../../../shared/domain/customers';
import { invoke } from '../../backend/client';
import { EChart } from '../../charts/EChart';
import { buildCohortOption } from '../../charts/cohortOption';
import { buildHistogramOption } from '../../charts/histogramOption';
import { toDisplayedError } from '../../errors/displayedError';
import type { Formatters } from '../../format/formatters';
import { ChartCard } from './ChartCard';
import { withUnit } from './customerTableState';
import { useChartTheme } from './useChartTheme';
import { useWorkspaceQuery } from './useWorkspaceQuery';
import { useTranslation } from 'react-i18next';

const HISTOGRAM_HEIGHT = 240;
const COHORT_HEIGHT = 300;

interface CustomerChartsProps {
  scope: string;
  revision: number;
  format: Formatters;
}

/** How the customer base is spread: repeat purchases, recency and spend, and first-purchase cohorts. */
export function CustomerCharts({ scope, revision, format }: CustomerChartsProps) {
  const { t } = useTranslation('data');
  const theme = useChartTheme();
  const key = String(revision);
  const distributions = useWorkspaceQuery<CustomerDistributions>(scope, key, () => invoke('customers.distributions', {}));
  const cohorts = useWorkspaceQuery<CohortRow[]>(scope, key, () => invoke('customers.cohorts', {}));
  const d = distributions.data;

  const histograms = useMemo(() => {
    if (!d) return null;
    const unitWord = t(`units.${d.unit}`);
    const units = { day: t('units.day'), week: t('units.week'), month: t('units.month') };
    const customers = t('charts.customers');
    return {
      frequency: buildHistogramOption(
        {
          bins: d.frequency,
          axisName: t('charts.repeatPurchases'),
          formatEdge: format.count,
          formatAxisEdge: format.count,
          integer: true,
          describeRange: (range) => t('charts.repeatRange', { range, count: range === '1' ? 1 : 2 }),
          customers,
        },
        theme,
        format,
      ),
      recency: buildHistogramOption(
        {
          bins: d.recency,
          axisName: withUnit(t('charts.recency'), d.unit, units),
          formatEdge: format.decimal,
          formatAxisEdge: format.decimal,
          integer: false,
          describeRange: (range) => t('charts.recencyRange', { range, unit: unitWord }),
          customers,
        },
        theme,
        format,
      ),
      spend: buildHistogramOption(
        {
          bins: d.totalSpend,
          axisName: t('charts.totalSpendAxis', { currency: d.currencyCode }),
          // Bin edges are round numbers; cents appear only where an edge has them.
          formatEdge: (v) => (Number.isInteger(Math.round(v * 100) / 100) ? format.currency(v) : format.currencyPrecise(v)),
          formatAxisEdge: format.currencyCompact,
          integer: false,
          describeRange: (range) => t('charts.spentRange', { range }),
          customers,
        },
        theme,
        format,
      ),
    };
  }, [d, theme, format, t]);
  const cohortOption = useMemo(
    () =>
      cohorts.data
        ? buildCohortOption(cohorts.data, theme, format, {
            boughtAgain: t('charts.boughtAgain'),
            boughtOnce: t('charts.boughtOnce'),
            shareBoughtAgain: t('charts.shareBoughtAgain'),
            newCustomers: t('charts.newCustomers'),
            firstPurchaseIn: (month) => t('charts.firstPurchaseIn', { month }),
          })
        : null,
    [cohorts.data, theme, format, t],
  );

  const failure = distributions.error ?? cohorts.error;
  if (failure) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('charts.failed')}>
        <Text size="sm">{toDisplayedError(0, '', failure).message}</Text>
      </Alert>
    );
  }
  if (d && d.customers === 0) return null;

  const unitWord = t(`units.${d?.unit ?? 'week'}`);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <ChartCard title={t('charts.repeatPurchases')} subtitle={t('charts.repeatSubtitle')}>
          {histograms ? (
            <EChart option={histograms.frequency} height={HISTOGRAM_HEIGHT} testId="chart-frequency-histogram" ariaLabel={t('charts.repeatAria')} />
          ) : (
            <Skeleton h={HISTOGRAM_HEIGHT} />
          )}
        </ChartCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <ChartCard title={t('charts.recency')} subtitle={t('charts.recencySubtitle', { unit: unitWord })}>
          {histograms ? (
            <EChart option={histograms.recency} height={HISTOGRAM_HEIGHT} testId="chart-recency-histogram" ariaLabel={t('charts.recencyAria')} />
          ) : (
            <Skeleton h={HISTOGRAM_HEIGHT} />
          )}
        </ChartCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <ChartCard title={t('charts.totalSpend')} subtitle={t('charts.totalSpendSubtitle', { currency: d?.currencyCode ?? format.currencyCode })}>
          {histograms ? (
            <EChart option={histograms.spend} height={HISTOGRAM_HEIGHT} testId="chart-spend-histogram" ariaLabel={t('charts.totalSpendAria')} />
          ) : (
            <Skeleton h={HISTOGRAM_HEIGHT} />
          )}
        </ChartCard>
      </Grid.Col>
      <Grid.Col span={12}>
        <ChartCard
          title={t('charts.cohortTitle')}
          subtitle={t('charts.cohortSubtitle')}
        >
          {cohortOption ? (
            <EChart option={cohortOption} height={COHORT_HEIGHT} testId="chart-cohorts" ariaLabel={t('charts.cohortAria')} />
          ) : (
            <Skeleton h={COHORT_HEIGHT} />
          )}
        </ChartCard>
      </Grid.Col>
    </Grid>
  );
}
