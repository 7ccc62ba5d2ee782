import { Badge, Box, Group, LoadingOverlay, Table, Text } from '@mantine/core';
import type { ColumnType } from '../../../shared/import/detectFormat';
import type { ImportPreview } from '../../../shared/domain/imports';
import { useTranslation } from 'react-i18next';

const TYPE_COLOURS: Readonly<Record<ColumnType, string>> = {
  date: 'teal',
  number: 'indigo',
  text: 'gray',
  empty: 'orange',
};

const SHOWN_ROWS = 8;

interface PreviewTableProps {
  preview: ImportPreview;
  loading: boolean;
}

/** The first rows as the current settings split them, each column with the type it was read as. */
export function PreviewTable({ preview, loading }: PreviewTableProps) {
  const { t } = useTranslation('import');
  const rows = preview.rows.slice(0, SHOWN_ROWS);
  return (
    <Box pos="relative" data-testid="import-preview-table">
      <LoadingOverlay visible={loading} zIndex={2} overlayProps={{ blur: 1, backgroundOpacity: 0.35 }} loaderProps={{ size: 'sm' }} />
      <Table.ScrollContainer minWidth={Math.max(480, preview.columns.length * 130)} type="native">
        <Table withTableBorder withColumnBorders verticalSpacing={6} horizontalSpacing="sm" fz="sm" className="lw-figures">
          <Table.Thead bg="var(--lw-group-row-bg)">
            <Table.Tr>
              {preview.columns.map((column) => {
                return (
                  <Table.Th key={column.index} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600} truncate maw={180} title={column.name}>
                        {column.name}
                      </Text>
                      <Badge size="xs" radius="sm" variant="light" color={TYPE_COLOURS[column.type]} tt="none" fw={600}>
                        {t(`read.types.${column.type}`)}
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
          {t('read.noRows')}
        </Text>
      )}
    </Box>
  );
}
