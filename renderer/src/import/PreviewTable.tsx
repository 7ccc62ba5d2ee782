import { Badge, Box, Group, LoadingOverlay, Table, Text } from '@mantine/core';
import type { ColumnType } from '../../../shared/import/detectFormat';
import type { ImportPreview } from '../../../shared/domain/imports';

const TYPE_BADGES: Readonly<Record<ColumnType, { label: string; color: string }>> = {
  date: { label: 'Date', color: 'teal' },
  number: { label: 'Number', color: 'indigo' },
  text: { label: 'Text', color: 'gray' },
  empty: { label: 'Empty', color: 'orange' },
};

const SHOWN_ROWS = 8;

interface PreviewTableProps {
  preview: ImportPreview;
  loading: boolean;
}

/** The first rows as the current settings split them, each column with the type it was read as. */
export function PreviewTable({ preview, loading }: PreviewTableProps) {
  const rows = preview.rows.slice(0, SHOWN_ROWS);
  return (
    <Box pos="relative" data-testid="import-preview-table">
      <LoadingOverlay visible={loading} zIndex={2} overlayProps={{ blur: 1, backgroundOpacity: 0.35 }} loaderProps={{ size: 'sm' }} />
      <Table.ScrollContainer minWidth={Math.max(480, preview.columns.length * 130)} type="native">
        <Table withTableBorder withColumnBorders verticalSpacing={6} horizontalSpacing="sm" fz="sm" className="lw-figures">
          <Table.Thead bg="var(--lw-group-row-bg)">
            <Table.Tr>
              {preview.columns.map((column) => {
                const badge = TYPE_BADGES[column.type];
                return (
                  <Table.Th key={column.index} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600} truncate maw={180} title={column.name}>
                        {column.name}
                      </Text>
                      <Badge size="xs" radius="sm" variant="light" color={badge.color} tt="none" fw={600}>
                        {badge.label}
                      </Badge>
                    </Group>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => (
              <Table.Tr key={r}>
                {preview.columns.map((column) => (
                  <Table.Td key={column.index} style={{ whiteSpace: 'nowrap', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                    {row[column.index] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          No data rows were found with these settings.
        </Text>
      )}
    </Box>
  );
}
