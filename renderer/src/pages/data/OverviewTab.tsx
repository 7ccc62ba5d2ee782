import { Alert, Button, Grid, Group, Paper, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconDatabaseOff, IconFileImport } from '@tabler/icons-react';
import { BackendError } from '../../../../shared/contract/errors';
import type { CustomerOverview, WorkspaceSummary } from '../../../../shared/domain/workspace';
import type { Formatters } from '../../format/formatters';
import { ActivityCharts } from './ActivityCharts';
import { AttributesTable } from './AttributesTable';
import { KpiCards } from './KpiCards';
import type { OverviewState } from './useCustomerOverview';
import { useTranslation } from 'react-i18next';

interface OverviewTabProps {
  summary: WorkspaceSummary;
  state: OverviewState;
  reload: () => void;
  format: Formatters;
  onImport: () => void;
}

/** The first look at a customer base: headline figures, activity over time, attributes held. */
export function OverviewTab({ summary, state, reload, format, onImport }: OverviewTabProps) {
  const { t } = useTranslation('data');
  if (state.status === 'failed') {
    const hint = state.error instanceof BackendError ? state.error.hint : null;
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('overview.failed')}>
        <Text size="sm">{state.error instanceof Error ? state.error.message : String(state.error)}</Text>
        {hint && (
          <Text size="sm" c="dimmed" mt={4}>
            {hint}
          </Text>
        )}
        <Button size="xs" variant="default" mt="sm" onClick={reload}>
          {t('tryAgain')}
        </Button>
      </Alert>
    );
  }

  if (state.status === 'loading') return <OverviewSkeleton />;

  const { overview } = state;
  return (
    <Stack gap="lg">
      <KpiCards overview={overview} format={format} />
      {overview.transactions > 0 ? <ActivityCharts overview={overview} format={format} /> : <NoTransactions />}
      <AttributesTable attributes={summary.attributes} />
      <ImportCallToAction overview={overview} isSample={summary.isSample} onImport={onImport} />
    </Stack>
  );
}

function NoTransactions() {
  const { t } = useTranslation('data');
  return (
    <Paper withBorder radius="md" p="xl">
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size={44} radius="xl" variant="light" color="gray">
          <IconDatabaseOff size={24} stroke={1.6} />
        </ThemeIcon>
        <div>
          <Text fw={600}>{t('overview.noTransactionsTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('overview.noTransactionsText')}
          </Text>
        </div>
      </Group>
    </Paper>
  );
}

function ImportCallToAction({ overview, isSample, onImport }: { overview: CustomerOverview; isSample: boolean; onImport: () => void }) {
  const { t } = useTranslation('data');
  const empty = overview.transactions === 0;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="import-call-to-action">
      <Group justify="space-between" wrap="nowrap" gap="xl">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={40} radius="xl" variant="light">
            <IconFileImport size={22} stroke={1.6} />
          </ThemeIcon>
          <div>
            <Text fw={600} size="sm">
              {empty ? t('overview.bringInData') : t('overview.addMoreData')}
            </Text>
            <Text size="sm" c="dimmed">
              {isSample ? t('overview.ctaSample') : t('overview.cta')}
            </Text>
          </div>
        </Group>
        <Button variant="light" onClick={onImport} leftSection={<IconFileImport size={16} />} style={{ flexShrink: 0 }} data-testid="import-call-to-action-button">
          {t('importData')}
        </Button>
      </Group>
    </Paper>
  );
}

function OverviewSkeleton() {
  return (
    <Stack gap="lg" data-testid="overview-loading">
      <Grid gap="md">
        {[0, 1, 2, 3, 4].map((i) => (
          <Grid.Col key={i} span={{ base: 6, lg: 'auto' }}>
            <Skeleton h={104} radius="md" />
          </Grid.Col>
        ))}
      </Grid>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Skeleton h={380} radius="md" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Skeleton h={380} radius="md" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
