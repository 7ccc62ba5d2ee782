import { Paper, SimpleGrid, Text, ThemeIcon, Group } from '@mantine/core';
import { IconCalendar, IconCash, IconReceipt, IconShoppingCart, IconUsers, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CustomerOverview } from '../../../../shared/domain/workspace';
import type { Formatters } from '../../format/formatters';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

interface KpiCardProps {
  label: string;
  value: ReactNode;
  detail: ReactNode;
  icon: Icon;
  testId?: string;
}

function KpiCard({ label, value, detail, icon: Icon, testId }: KpiCardProps) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
          {label}
        </Text>
        <ThemeIcon size={26} radius="md" variant="light">
          <Icon size={16} stroke={1.7} />
        </ThemeIcon>
      </Group>
      <Text fz={24} fw={650} lh={1.2} className="lw-figures" data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {detail}
      </Text>
    </Paper>
  );
}

function monthsCovered(overview: CustomerOverview): number {
  return overview.monthly.length;
}

function activeInLastMonth(overview: CustomerOverview, format: Formatters, t: TFunction<'data'>): string {
  const last = overview.monthly[overview.monthly.length - 1];
  return last ? t('kpi.activeIn', { count: format.count(last.activeCustomers), month: format.month(last.month) }) : t('kpi.noPurchasesYet');
}

/** The headline figures of the customer base. */
export function KpiCards({ overview, format }: { overview: CustomerOverview; format: Formatters }) {
  const { t } = useTranslation('data');
  const perCustomer = overview.customers > 0 ? overview.transactions / overview.customers : null;
  const revenuePerCustomer = overview.customers > 0 ? overview.revenue / overview.customers : null;
  const first = overview.firstTransactionDate;
  const last = overview.lastTransactionDate;
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 5 }} spacing="md">
      <KpiCard
        label={t('kpi.customers')}
        value={format.count(overview.customers)}
        detail={activeInLastMonth(overview, format, t)}
        icon={IconUsers}
        testId="customer-count"
      />
      <KpiCard
        label={t('kpi.transactions')}
        value={format.count(overview.transactions)}
        detail={perCustomer === null ? '—' : t('kpi.perCustomer', { value: format.measure(perCustomer) })}
        icon={IconShoppingCart}
        testId="transaction-count"
      />
      <KpiCard
        label={t('kpi.revenue')}
        value={format.currency(overview.revenue)}
        detail={revenuePerCustomer === null ? '—' : t('kpi.perCustomer', { value: format.currency(revenuePerCustomer) })}
        icon={IconCash}
        testId="revenue"
      />
      <KpiCard
        label={t('kpi.averageTransaction')}
        value={overview.averageTransactionValue === null ? '—' : format.currencyPrecise(overview.averageTransactionValue)}
        detail={t('kpi.inCurrency', { currency: overview.currencyCode })}
        icon={IconReceipt}
        testId="average-transaction"
      />
      <KpiCard
        label={t('kpi.dateRange')}
        value={first && last ? t('kpi.months', { count: monthsCovered(overview) }) : '—'}
        detail={first && last ? `${format.date(first)} – ${format.date(last)}` : t('kpi.noTransactionsYet')}
        icon={IconCalendar}
        testId="date-range"
      />
    </SimpleGrid>
  );
}
