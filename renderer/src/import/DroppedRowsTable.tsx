import { Group, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { DroppedRows } from '../../../shared/domain/imports';
import type { Formatters } from '../format/formatters';
import { formatLineNumbers } from './importMessages';
import { useTranslation } from 'react-i18next';

/** What an import left out (or merged), by reason, with the first line numbers to look them up. */
export function DroppedRowsTable({ dropped, format }: { dropped: readonly DroppedRows[]; format: Formatters }) {
  const { t } = useTranslation('import');
  if (dropped.length === 0) {
    return (
      <Group gap={6}>
        <ThemeIcon size={18} radius="xl" variant="transparent" color="teal">
          <IconCircleCheck size={16} />
        </ThemeIcon>
        <Text size="sm" c="dimmed">
          {t('report.nothingLeftOut')}
        </Text>
      </Group>
    );
  }
  return (
    <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" className="lw-figures" data-testid="dropped-rows">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('report.reason')}</Table.Th>
          <Table.Th ta="right" w={110}>
            {t('report.rows')}
          </Table.Th>
          <Table.Th w="38%">{t('report.firstLines')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {dropped.map((entry) => (
          <Table.Tr key={entry.reason} data-testid="dropped-reason">
            <Table.Td>{entry.reason.charAt(0).toUpperCase() + entry.reason.slice(1)}</Table.Td>
            <Table.Td ta="right">{format.count(entry.rows)}</Table.Td>
            <Table.Td c="dimmed">{formatLineNumbers(entry, format.locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
