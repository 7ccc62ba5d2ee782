import { Alert, Button, Grid, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconDatabaseOff, IconFileImport } from '@tabler/icons-react';
import { useMemo } from 'react';
import { BackendError } from '../../../shared/contract/errors';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { appLocale, createFormatters } from '../format/formatters';
import type { WorkspaceActions } from '../workspace/useWorkspaceActions';
import { ActivityCharts } from './data/ActivityCharts';
import { AttributesTable } from './data/AttributesTable';
import { KpiCards } from './data/KpiCards';
import { useCustomerOverview } from './data/useCustomerOverview';

interface DataPageProps {
  summary: WorkspaceSummary | null;
  actions: WorkspaceActions;
}

/** The first look at a customer base: headline figures, activity over time, attributes held. */
export function DataPage({ summary, actions }: DataPageProps) {
  return (
    <Stack gap="lg" data-testid="page-data">
      <div>
        <Title order={2}>Data</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {summary?.isSample
            ? 'A synthetic health-and-beauty retailer, generated so every step of the work can be tried before a client’s data arrives.'
            : 'The customer base every later step works from: who buys, how often and for how much.'}
        </Text>
      </div>
      {summary ? <OverviewSections summary={summary} /> : <NoWorkspace actions={actions} />}
      <ImportNote />
    </Stack>
  );
}

function OverviewSections({ summary }: { summary: WorkspaceSummary }) {
  const { state, reload } = useCustomerOverview(summary);
  const currencyCode = state.status === 'loaded' ? state.overview.currencyCode : summary.currencyCode;
  const format = useMemo(() => createFormatters(appLocale(), currencyCode), [currencyCode]);

  if (state.status === 'failed') {
    const hint = state.error instanceof BackendError ? state.error.hint : null;
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The overview of this workspace could not be read">
        <Text size="sm">{state.error instanceof Error ? state.error.message : String(state.error)}</Text>
        {hint && (
          <Text size="sm" c="dimmed" mt={4}>
            {hint}
          </Text>
        )}
        <Button size="xs" variant="default" mt="sm" onClick={reload}>
          Try again
        </Button>
      </Alert>
    );
  }

  if (state.status === 'loading') return <OverviewSkeleton />;

  const { overview } = state;
  return (
    <>
      <KpiCards overview={overview} format={format} />
      {overview.transactions > 0 ? (
        <ActivityCharts overview={overview} format={format} />
      ) : (
        <Paper withBorder radius="md" p="xl">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={44} radius="xl" variant="light" color="gray">
              <IconDatabaseOff size={24} stroke={1.6} />
            </ThemeIcon>
            <div>
              <Text fw={600}>No transactions in this workspace yet</Text>
              <Text size="sm" c="dimmed">
                The charts of monthly activity and purchase frequency appear once the workspace holds transactions.
              </Text>
            </div>
          </Group>
        </Paper>
      )}
      <AttributesTable attributes={summary.attributes} />
    </>
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

function NoWorkspace({ actions }: { actions: WorkspaceActions }) {
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="md" align="flex-start">
        <div>
          <Text fw={600}>No workspace is open</Text>
          <Text size="sm" c="dimmed">
            Open a client’s workspace, start a new one, or explore the sample retailer.
          </Text>
        </div>
        <Group gap="sm">
          <Button onClick={actions.openSample}>Open the sample</Button>
          <Button variant="default" onClick={actions.openWorkspace}>
            Open…
          </Button>
          <Button variant="default" onClick={actions.newWorkspace}>
            New…
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ImportNote() {
  return (
    <Alert variant="light" color="gray" icon={<IconFileImport size={18} />} title="Importing client data comes in a later release" data-testid="import-note">
      You will be able to bring in a client’s transactions and CRM attributes from CSV or Excel files here, with each attribute
      tagged as commercial, financial, quality, marketing or demographic. Until then, the sample retailer shows how every step works.
    </Alert>
  );
}
