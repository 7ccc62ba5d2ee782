import { Alert, Badge, Button, EmptyState, Group, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconFileText } from '@tabler/icons-react';
import type { ImportRecord } from '../../../../shared/domain/imports';
import { invoke } from '../../backend/client';
import { toDisplayedError } from '../../errors/displayedError';
import type { Formatters } from '../../format/formatters';
import { DroppedRowsTable } from '../../import/DroppedRowsTable';
import { useWorkspaceQuery } from './useWorkspaceQuery';
import { useTranslation } from 'react-i18next';

const KIND_COLOURS: Readonly<Record<ImportRecord['kind'], string>> = {
  transactions: 'indigo',
  attributes: 'grape',
  sample: 'orange',
};

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} className="lw-figures">
        {value}
      </Text>
    </div>
  );
}

function ImportCard({ record, format }: { record: ImportRecord; format: Formatters }) {
  const { t } = useTranslation('data');
  const leftOut = record.dropped.reduce((sum, d) => sum + d.rows, 0);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="import-record">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <IconFileText size={20} stroke={1.6} style={{ flexShrink: 0, opacity: 0.7 }} />
          <div style={{ minWidth: 0 }}>
            <Group gap={8} wrap="nowrap">
              <Text fw={600} size="sm" truncate title={record.fileName}>
                {record.fileName}
              </Text>
              <Badge size="sm" variant="light" color={KIND_COLOURS[record.kind]} radius="sm" tt="none" fw={600}>
                {t(`quality.kinds.${record.kind}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {t('quality.importedAt', { when: format.dateTime(record.importedAt) })}
            </Text>
          </div>
        </Group>
        <SimpleGrid cols={4} spacing="xl" style={{ flexShrink: 0 }}>
          <Figure label={t('quality.rowsRead')} value={format.count(record.rowsRead)} />
          <Figure label={t('quality.imported')} value={format.count(record.rowsImported)} />
          <Figure label={t('quality.customersAdded')} value={format.count(record.customersAdded)} />
          <Figure label={t('quality.leftOut')} value={format.count(leftOut)} />
        </SimpleGrid>
      </Group>
      <DroppedRowsTable dropped={record.dropped} format={format} />
    </Paper>
  );
}

interface DataQualityPanelProps {
  scope: string;
  revision: number;
  format: Formatters;
  onImport: () => void;
}

/** Every import into the workspace, newest first, with what each left out and why. */
export function DataQualityPanel({ scope, revision, format, onImport }: DataQualityPanelProps) {
  const { t } = useTranslation('data');
  const imports = useWorkspaceQuery<ImportRecord[]>(scope, String(revision), () => invoke('imports.list', {}));

  let body;
  if (imports.error !== null) {
    body = (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('quality.failed')}>
        <Text size="sm">{toDisplayedError(0, '', imports.error).message}</Text>
        <Button size="xs" variant="default" mt="sm" onClick={imports.reload}>
          {t('tryAgain')}
        </Button>
      </Alert>
    );
  } else if (!imports.data) {
    body = <Skeleton h={160} radius="md" />;
  } else if (imports.data.length === 0) {
    body = (
      <Paper withBorder radius="md" p="xl" data-testid="imports-empty">
        <EmptyState
          icon={<IconFileImport size={28} stroke={1.5} />}
          withIndicatorBackground
          title={t('quality.emptyTitle')}
          description={t('quality.emptyText')}
        >
          <EmptyState.Actions>
            <Button variant="light" onClick={onImport}>
              {t('importData')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  } else {
    body = imports.data.map((record) => <ImportCard key={record.importId} record={record} format={format} />);
  }

  return (
    <Stack gap="md" data-testid="data-quality-panel">
      <Text size="sm" c="dimmed" maw={820}>
        {t('quality.intro')}
      </Text>
      {body}
    </Stack>
  );
}
