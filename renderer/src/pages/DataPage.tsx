import { Button, Group, Paper, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { IconChartBar, IconFileImport, IconListCheck, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { dataLocale, useWorkspaceFormatters } from '../format/workspaceFormat';
import { ImportWizard } from '../import/ImportWizard';
import type { DisplayedJob } from '../jobs/jobDisplay';
import { useWorkspaceRevision } from '../workspace/useWorkspaceRevision';
import type { WorkspaceActions } from '../workspace/useWorkspaceActions';
import { CustomersTab } from './data/CustomersTab';
import { DataQualityPanel } from './data/DataQualityPanel';
import { OverviewTab } from './data/OverviewTab';
import { useCustomerOverview } from './data/useCustomerOverview';

type DataTab = 'overview' | 'customers' | 'quality';

interface DataPageProps {
  summary: WorkspaceSummary | null;
  actions: WorkspaceActions;
  jobs: readonly DisplayedJob[];
}

/** The home of customer data: the overview, the customer base itself, and what each import did. */
export function DataPage({ summary, actions, jobs }: DataPageProps) {
  // Each import gets a fresh wizard: the session number keys it.
  const { t } = useTranslation('data');
  const [importSession, setImportSession] = useState(0);
  const [importOpen, setImportOpen] = useState(false);
  const openImport = () => {
    setImportSession((n) => n + 1);
    setImportOpen(true);
  };

  return (
    <Stack gap="lg" data-testid="page-data">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm" mt={4}>
            {summary?.isSample ? t('introSample') : t('intro')}
          </Text>
        </div>
        <Tooltip label={t('openWorkspaceFirst')} disabled={summary !== null} withArrow>
          <Button leftSection={<IconFileImport size={17} />} onClick={openImport} disabled={!summary} style={{ flexShrink: 0 }} data-testid="import-button">
            {t('importData')}
          </Button>
        </Tooltip>
      </Group>
      {summary ? <DataTabs summary={summary} onImport={openImport} /> : <NoWorkspace actions={actions} />}
      {summary && (
        <ImportWizard
          key={importSession}
          opened={importOpen}
          onClose={() => setImportOpen(false)}
          jobs={jobs}
          currencyCode={summary.currencyCode}
          locale={dataLocale(summary)}
          intoSample={summary.isSample}
        />
      )}
    </Stack>
  );
}

function DataTabs({ summary, onImport }: { summary: WorkspaceSummary; onImport: () => void }) {
  const { t } = useTranslation('data');
  const [tab, setTab] = useState<DataTab>('overview');
  // The backend announces every finished import with 'workspace.changed'; that reloads the tabs.
  const revision = useWorkspaceRevision();
  const { state, reload } = useCustomerOverview(summary, revision);
  const currencyCode = state.status === 'loaded' ? state.overview.currencyCode : summary.currencyCode;
  const format = useWorkspaceFormatters(summary, currencyCode);

  return (
    <Tabs value={tab} onChange={(value) => setTab(value === 'customers' || value === 'quality' ? value : 'overview')} keepMounted={false}>
      <Tabs.List mb="lg">
        <Tabs.Tab value="overview" leftSection={<IconChartBar size={16} />} data-testid="tab-overview">
          {t('tabs.overview')}
        </Tabs.Tab>
        <Tabs.Tab value="customers" leftSection={<IconUsers size={16} />} data-testid="tab-customers">
          {t('tabs.customers')}
        </Tabs.Tab>
        <Tabs.Tab value="quality" leftSection={<IconListCheck size={16} />} data-testid="tab-quality">
          {t('tabs.quality')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="overview">
        <OverviewTab summary={summary} state={state} reload={reload} format={format} onImport={onImport} />
      </Tabs.Panel>
      <Tabs.Panel value="customers">
        {/* Keyed by workspace, so paging and sorting start afresh in another one. */}
        <CustomersTab key={summary.path} scope={summary.path} revision={revision} format={format} lastTransactionDate={summary.lastTransactionDate} />
      </Tabs.Panel>
      <Tabs.Panel value="quality">
        <DataQualityPanel scope={summary.path} revision={revision} format={format} onImport={onImport} />
      </Tabs.Panel>
    </Tabs>
  );
}

function NoWorkspace({ actions }: { actions: WorkspaceActions }) {
  const { t } = useTranslation('data');
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="md" align="flex-start">
        <div>
          <Text fw={600}>{t('noWorkspace.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('noWorkspace.text')}
          </Text>
        </div>
        <Group gap="sm">
          <Button onClick={actions.openSample}>{t('noWorkspace.openSample')}</Button>
          <Button variant="default" onClick={actions.openWorkspace}>
            {t('noWorkspace.open')}
          </Button>
          <Button variant="default" onClick={actions.newWorkspace}>
            {t('noWorkspace.new')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
