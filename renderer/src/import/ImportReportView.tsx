import { Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ImportReport } from '../../../shared/domain/imports';
import type { Formatters } from '../format/formatters';
import { DroppedRowsTable } from './DroppedRowsTable';
import { useTranslation } from 'react-i18next';

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text fz={22} fw={650} className="lw-figures" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function seconds(ms: number, format: Formatters): string {
  return format.decimal(Math.max(ms, 100) / 1000);
}

/** The outcome of a finished import: what was read, what went in, and what was left out. */
export function ImportReportView({ report, format }: { report: ImportReport; format: Formatters }) {
  const { t } = useTranslation('import');
  const transactions = report.kind === 'transactions';
  return (
    <Stack gap="md" data-testid="import-report">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={36} radius="xl" variant="light" color="teal">
          <IconCircleCheck size={22} />
        </ThemeIcon>
        <div>
          <Text fw={650}>{t('report.complete')}</Text>
          <Text size="sm" c="dimmed">
            {t('report.importedIn', { file: report.fileName, time: t('report.seconds', { value: seconds(report.elapsedMs, format) }) })}
          </Text>
        </div>
      </Group>
      <SimpleGrid cols={transactions ? 4 : 3} spacing="md">
        <Stat label={t('report.rowsRead')} value={format.count(report.rowsRead)} testId="report-rows-read" />
        <Stat label={transactions ? t('report.transactionsImported') : t('report.rowsImported')} value={format.count(report.rowsImported)} testId="report-rows-imported" />
        <Stat label={t('report.newCustomers')} value={format.count(report.customersAdded)} testId="report-customers-added" />
        {transactions && <Stat label={t('report.mergedSameDay')} value={format.count(report.mergedSameDay)} testId="report-merged" />}
      </SimpleGrid>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('report.leftOut')}
        </Text>
        <DroppedRowsTable dropped={report.dropped} format={format} />
      </Stack>
    </Stack>
  );
}
