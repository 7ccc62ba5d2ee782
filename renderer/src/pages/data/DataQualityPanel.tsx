import { Alert, Badge, Button, EmptyState, Group, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconFileText } from '@tabler/icons-react';
import type { ImportRecord } from '../../../../shared/domain/imports';
import { invoke } from '../../backend/client';
import { toDisplayedError } from '../../errors/displayedError';
import type { Formatters } from '../../format/formatters';
import { DroppedRowsTable } from '../../import/DroppedRowsTable';
import { useWorkspaceQuery } from './useWorkspaceQuery';

const KIND_BADGES: Readonly<Record<ImportRecord['kind'], { label: string; color: string }>> = {
  transactions: { label: 'Transactions', color: 'indigo' },
  attributes: { label: 'Attributes', color: 'grape' },
  sample: { label: 'Sample', color: 'orange' },
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
  const badge = KIND_BADGES[record.kind];
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
              <Badge size="sm" variant="light" color={badge.color} radius="sm" tt="none" fw={600}>
                {badge.label}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              Imported {format.dateTime(record.importedAt)}
            </Text>
          </div>
        </Group>
        <SimpleGrid cols={4} spacing="xl" style={{ flexShrink: 0 }}>
          <Figure label="Rows read" value={format.count(record.rowsRead)} />
          <Figure label="Imported" value={format.count(record.rowsImported)} />
          <Figure label="Customers added" value={format.count(record.customersAdded)} />
          <Figure label="Left out or merged" value={format.count(leftOut)} />
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
  const imports = useWorkspaceQuery<ImportRecord[]>(scope, String(revision), () => invoke('imports.list', {}));

  let body;
  if (imports.error !== null) {
    body = (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The import history could not be read">
        <Text size="sm">{toDisplayedError(0, '', imports.error).message}</Text>
        <Button size="xs" variant="default" mt="sm" onClick={imports.reload}>
          Try again
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
          title="No imports yet"
          description="Each import is listed here with the rows it read, what it imported and what it left out, with the line numbers to check in the file."
        >
          <EmptyState.Actions>
            <Button variant="light" onClick={onImport}>
              Import data
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
        What came into this workspace and what was left out. Rows are only ever left out by the rules chosen at import, or
        because they could not be read, and each reason is counted here.
      </Text>
      {body}
    </Stack>
  );
}
