import { Stack } from '@mantine/core';
import { useState } from 'react';
import { invoke } from '../../backend/client';
import { reportError } from '../../errors/errorStore';
import type { Formatters } from '../../format/formatters';
import { CustomerCharts } from './CustomerCharts';
import { CustomerTable } from './CustomerTable';
import { useTranslation } from 'react-i18next';

interface CustomersTabProps {
  scope: string;
  revision: number;
  format: Formatters;
  /** The workspace's last purchase, where a missing summary is measured up to. */
  lastTransactionDate: string | null;
}

/** Every customer with their summary figures, then how those figures spread across the base. */
export function CustomersTab({ scope, revision, format, lastTransactionDate }: CustomersTabProps) {
  // Counts summaries worked out here, so the table and charts read the new figures.
  const { t } = useTranslation('data');
  const [summarised, setSummarised] = useState(0);

  // Workspaces made before imports stored a summary have transactions but no summary yet.
  const onSummarise = lastTransactionDate
    ? () =>
        invoke('customers.summarise', { calibrationEnd: lastTransactionDate, unit: 'week' }).then(
          () => setSummarised((n) => n + 1),
          (error: unknown) => reportError(t('table.summarising'), error),
        )
    : null;

  return (
    <Stack gap="lg">
      <CustomerTable scope={scope} revision={revision + summarised} format={format} onSummarise={onSummarise} />
      <CustomerCharts scope={scope} revision={revision + summarised} format={format} />
    </Stack>
  );
}
