import { Stack } from '@mantine/core';
import type { Formatters } from '../../format/formatters';
import { CustomerCharts } from './CustomerCharts';
import { CustomerTable } from './CustomerTable';

interface CustomersTabProps {
  scope: string;
  revision: number;
  format: Formatters;
}

/** Every customer with their summary figures, then how those figures spread across the base. */
export function CustomersTab({ scope, revision, format }: CustomersTabProps) {
  return (
    <Stack gap="lg">
      <CustomerTable scope={scope} revision={revision} format={format} />
      <CustomerCharts scope={scope} revision={revision} format={format} />
    </Stack>
  );
}
