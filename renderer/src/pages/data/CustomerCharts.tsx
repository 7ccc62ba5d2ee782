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
import { TIME_UNIT_PLURALS } from '../../format/timeUnitWords';
import { ChartCard } from './ChartCard';
import { withUnit } from './customerTableState';
import { useChartTheme } from './useChartTheme';
import { useWorkspaceQuery } from './useWorkspaceQuery';

const HISTOGRAM_HEIGHT = 240;
const COHORT_HEIGHT = 300;

interface CustomerChartsProps {
  scope: string;
  revision: number;
  format: Formatters;
}

/** How the customer base is spread: repeat purchases, recency and spend, and first-purchase cohorts. */
export function CustomerCharts({ scope, revision, format }: CustomerChartsProps) {
  const theme = useChartTheme();
  const key = String(revision);
  const distributions = useWorkspaceQuery<CustomerDistributions>(scope, key, () => invoke('customers.distributions', {}));
  const cohorts = useWorkspaceQuery<CohortRow[]>(scope, key, () => invoke('customers.cohorts', {}));
  const d = distributions.data;

  const histograms = useMemo(() => {
    if (!d) return null;
    const unitWord = TIME_UNIT_PLURALS[d.unit];
    return {
      frequency: buildHistogramOption(
        {
          bins: d.frequency,
          axisName: 'Repeat purchases',
          formatEdge: format.count,
          formatAxisEdge: format.count,
          integer: true,
          describeRange: (range) => `${range} repeat ${range === '1' ? 'purchase' : 'purchases'}`,
        },
        theme,
        format,
      ),
      recency: buildHistogramOption(
        {
          bins: d.recency,
          axisName: withUnit('Recency', d.unit),
          formatEdge: format.decimal,
          formatAxisEdge: format.decimal,
          integer: false,
          describeRange: (range) => `Recency ${range} ${unitWord}`,
        },
        theme,
        format,
      ),
      spend: buildHistogramOption(
        {
          bins: d.totalSpend,
          axisName: `Total spend (${d.currencyCode})`,
          // Bin edges are round numbers; cents appear only where an edge has them.
          formatEdge: (v) => (Number.isInteger(Math.round(v * 100) / 100) ? format.currency(v) : format.currencyPrecise(v)),
          formatAxisEdge: format.currencyCompact,
          integer: false,
          describeRange: (range) => `Spent ${range}`,
        },
        theme,
        format,
      ),
    };
  }, [d, theme, format]);
  const cohortOption = useMemo(() => (cohorts.data ? buildCohortOption(cohorts.data, theme, format) : null), [cohorts.data, theme, format]);

  const failure = distributions.error ?? cohorts.error;
  if (failure) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The charts of the customer base could not be drawn">
        <Text size="sm">{toDisplayedError(0, '', failure).message}</Text>
      </Alert>
    );
  }
  if (d && d.customers === 0) return null;

  const unitWord = d ? TIME_UNIT_PLURALS[d.unit] : 'weeks';
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <ChartCard title="Repeat purchases" subtitle="Customers by purchase days after the first one">
          {histograms ? (
            <EChart option={histograms.frequency} height={HISTOGRAM_HEIGHT} testId="chart-frequency-histogram" ariaLabel="Customers by number of repeat purchases" />
          ) : (
            <Skeleton h={HISTOGRAM_HEIGHT} />
          )}
        </ChartCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <ChartCard title="Recency" subtitle={`Customers by ${unitWord} from first to last purchase`}>
          {histograms ? (
            <EChart option={histograms.recency} height={HISTOGRAM_HEIGHT} testId="chart-recency-histogram" ariaLabel="Customers by recency" />
          ) : (
            <Skeleton h={HISTOGRAM_HEIGHT} />
          )}
        </ChartCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <ChartCard title="Total spend" subtitle={`Customers by everything they spent, in ${d?.currencyCode ?? format.currencyCode}`}>
          {histograms ? (
            <EChart option={histograms.spend} height={HISTOGRAM_HEIGHT} testId="chart-spend-histogram" ariaLabel="Customers by total spend" />
          ) : (
            <Skeleton h={HISTOGRAM_HEIGHT} />
          )}
        </ChartCard>
      </Grid.Col>
      <Grid.Col span={12}>
        <ChartCard
          title="Customers by month of first purchase"
          subtitle="New customers each month, split into those who bought again and those who have not (yet); the line is the share who came back"
        >
          {cohortOption ? (
            <EChart option={cohortOption} height={COHORT_HEIGHT} testId="chart-cohorts" ariaLabel="Customers by month of first purchase, repeat and one-time buyers" />
          ) : (
            <Skeleton h={COHORT_HEIGHT} />
          )}
        </ChartCard>
      </Grid.Col>
    </Grid>
  );
}
