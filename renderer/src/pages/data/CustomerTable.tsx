import { Alert, Box, Button, Group, LoadingOverlay, Pagination, Paper, ScrollArea, Stack, Table, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerPage, CustomerRow, CustomerSortKey } from '../../../../shared/domain/customers';
import type { TimeUnit } from '../../../../shared/domain/timeUnits';
import { invoke } from '../../backend/client';
import { toDisplayedError } from '../../errors/displayedError';
import type { Formatters } from '../../format/formatters';
import { CustomerCard } from './CustomerCard';
import { PAGE_SIZE, nextSort, pageCount, pageRangeLabel, summaryBasis, withUnit, type CustomerSort, type TableWords } from './customerTableState';
import { useWorkspaceQuery } from './useWorkspaceQuery';

interface Column {
  key: keyof CustomerRow;
  /** Measures in time get the summary's unit added to their header. */
  inTime: boolean;
  sortKey: CustomerSortKey | null;
  numeric: boolean;
  render: (row: CustomerRow, format: Formatters) => string;
}

const COLUMNS: readonly Column[] = [
  { key: 'customerId', inTime: false, sortKey: 'customerId', numeric: false, render: (r) => r.customerId },
  { key: 'firstPurchase', inTime: false, sortKey: 'firstPurchase', numeric: false, render: (r, f) => f.date(r.firstPurchase) },
  { key: 'lastPurchase', inTime: false, sortKey: 'lastPurchase', numeric: false, render: (r, f) => f.date(r.lastPurchase) },
  { key: 'purchaseDays', inTime: false, sortKey: null, numeric: true, render: (r, f) => f.count(r.purchaseDays) },
  { key: 'frequency', inTime: false, sortKey: 'frequency', numeric: true, render: (r, f) => f.count(r.frequency) },
  { key: 'recency', inTime: true, sortKey: 'recency', numeric: true, render: (r, f) => f.measure(r.recency) },
  { key: 'age', inTime: true, sortKey: 'age', numeric: true, render: (r, f) => f.measure(r.age) },
  { key: 'totalSpend', inTime: false, sortKey: 'totalSpend', numeric: true, render: (r, f) => f.currencyPrecise(r.totalSpend) },
  { key: 'averageSpend', inTime: false, sortKey: 'averageSpend', numeric: true, render: (r, f) => f.currencyPrecise(r.averageSpend) },
];

function SortIcon({ active, direction }: { active: boolean; direction: CustomerSort['sortDirection'] }) {
  if (!active) return <IconArrowsSort size={13} stroke={1.6} style={{ opacity: 0.45 }} />;
  return direction === 'asc' ? <IconArrowUp size={13} stroke={2} /> : <IconArrowDown size={13} stroke={2} />;
}

function useTableWords(): TableWords {
  const { t } = useTranslation('data');
  return useMemo(
    () => ({
      units: { day: t('units.day'), week: t('units.week'), month: t('units.month') },
      range: (from, to, total) => t('table.range', { from, to, total }),
      rangeEmpty: (total) => t('table.rangeEmpty', { total }),
      basis: (date, unit) => t('table.basis', { date, unit }),
      noBasis: t('table.noBasis'),
    }),
    [t],
  );
}

function HeaderCell({ column, unit, sort, onSort }: { column: Column; unit: TimeUnit; sort: CustomerSort; onSort: (key: CustomerSortKey) => void }) {
  const { t } = useTranslation('data');
  const words = useTableWords();
  const name = t(`table.columns.${column.key}.label`);
  const label = column.inTime ? withUnit(name, unit, words.units) : name;
  const active = column.sortKey !== null && sort.sortBy === column.sortKey;
  const content = (
    <Group gap={4} wrap="nowrap" justify={column.numeric ? 'flex-end' : 'flex-start'}>
      <Text size="xs" fw={600} c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
      {column.sortKey && <SortIcon active={active} direction={sort.sortDirection} />}
    </Group>
  );
  const { sortKey } = column;
  return (
    <Table.Th
      ta={column.numeric ? 'right' : 'left'}
      aria-sort={active ? (sort.sortDirection === 'asc' ? 'ascending' : 'descending') : undefined}
      data-testid={`customer-header-${column.key}`}
    >
      <Tooltip label={t(`table.columns.${column.key}.about`)} withArrow openDelay={300} multiline maw={260}>
        {sortKey ? (
          <UnstyledButton onClick={() => onSort(sortKey)} style={{ width: '100%' }} aria-label={t('table.sortBy', { label })}>
            {content}
          </UnstyledButton>
        ) : (
          <div>{content}</div>
        )}
      </Tooltip>
    </Table.Th>
  );
}

function EmptyRows({ search, noSummary, onSummarise }: { search: string; noSummary: boolean; onSummarise: (() => Promise<void>) | null }) {
  const { t } = useTranslation('data');
  const [working, setWorking] = useState(false);
  let message: string = t('table.empty');
  if (search) message = t('table.noMatch', { search });
  else if (noSummary && onSummarise) message = t('table.noSummary');
  return (
    <Table.Tr>
      <Table.Td colSpan={COLUMNS.length} py="xl">
        <Stack gap="sm" align="center">
          <Text size="sm" c="dimmed" ta="center">
            {message}
          </Text>
          {!search && noSummary && onSummarise && (
            <Button
              size="xs"
              variant="light"
              loading={working}
              onClick={() => {
                setWorking(true);
                onSummarise().finally(() => setWorking(false));
              }}
              data-testid="customer-summarise"
            >
              {t('table.workOut')}
            </Button>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

interface CustomerTableProps {
  /** The open workspace's path: another workspace starts the table afresh. */
  scope: string;
  revision: number;
  format: Formatters;
  /** Computes a missing customer summary; null when there are no transactions to summarise. */
  onSummarise: (() => Promise<void>) | null;
}

/** The customer base, one row per customer, paged, sorted and searched by the backend. */
export function CustomerTable({ scope, revision, format, onSummarise }: CustomerTableProps) {
  const { t } = useTranslation('data');
  const words = useTableWords();
  const [sort, setSort] = useState<CustomerSort>({ sortBy: 'customerId', sortDirection: 'asc' });
  const [offset, setOffset] = useState(0);
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 300);
  const [openCustomer, setOpenCustomer] = useState<string | null>(null);

  const key = JSON.stringify({ sort, offset, search, revision });
  const page = useWorkspaceQuery<CustomerPage>(scope, key, () =>
    invoke('customers.page', { offset, limit: PAGE_SIZE, sortBy: sort.sortBy, sortDirection: sort.sortDirection, ...(search ? { search } : {}) }),
  );
  const data = page.data;
  const unit = data?.unit ?? 'week';

  const onSort = (sortKey: CustomerSortKey) => {
    setSort((current) => nextSort(current, sortKey));
    setOffset(0);
  };
  const onSearch = (value: string) => {
    setTyped(value);
    setOffset(0);
  };

  return (
    <Paper withBorder radius="md" data-testid="customer-table">
      <CustomerCard scope={scope} customerId={openCustomer} format={format} onClose={() => setOpenCustomer(null)} />
      <Group justify="space-between" px="lg" pt="md" pb="sm" wrap="nowrap" gap="md">
        <div>
          <Text fw={600} size="sm">
            {t('table.title')}
          </Text>
          <Text size="xs" c="dimmed" data-testid="summary-basis">
            {data ? summaryBasis(data.calibrationEnd, data.unit, format, words) : t('table.loadingSummary')}
          </Text>
        </div>
        <TextInput
          value={typed}
          onChange={(event) => onSearch(event.currentTarget.value)}
          placeholder={t('table.search')}
          leftSection={<IconSearch size={15} />}
          w={260}
          aria-label={t('table.search')}
          data-testid="customer-search"
        />
      </Group>

      {page.error !== null && (
        <Alert mx="lg" mb="sm" color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('table.failed')}>
          <Text size="sm">{toDisplayedError(0, '', page.error).message}</Text>
          <Button size="xs" variant="default" mt="sm" onClick={page.reload}>
            {t('tryAgain')}
          </Button>
        </Alert>
      )}

      <Box pos="relative">
        <LoadingOverlay visible={page.loading && data !== null} zIndex={3} overlayProps={{ backgroundOpacity: 0.25 }} loaderProps={{ size: 'sm' }} />
        <ScrollArea.Autosize mah={520} type="auto">
          <Table stickyHeader highlightOnHover verticalSpacing={7} horizontalSpacing="sm" fz="sm" className="lw-figures">
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map((column) => (
                  <HeaderCell key={column.key} column={column} unit={unit} sort={sort} onSort={onSort} />
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data && data.rows.length === 0 && !page.loading && <EmptyRows search={search} noSummary={data.calibrationEnd === null} onSummarise={onSummarise} />}
              {data?.rows.map((row) => (
                <Table.Tr
                  key={row.customerId}
                  data-testid="customer-row"
                  onClick={() => setOpenCustomer(row.customerId)}
                  style={{ cursor: 'pointer' }}
                  aria-label={t('table.openCard', { id: row.customerId })}
                >
                  {COLUMNS.map((column) => (
                    <Table.Td key={column.key} ta={column.numeric ? 'right' : 'left'} style={{ whiteSpace: 'nowrap' }}>
                      {column.render(row, format)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {!data && page.error === null && (
            <Text size="sm" c="dimmed" ta="center" py="xl">
              {t('table.loading')}
            </Text>
          )}
        </ScrollArea.Autosize>
      </Box>

      <Group justify="space-between" px="lg" py="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Text size="sm" c="dimmed" className="lw-figures" data-testid="customer-range">
          {data ? pageRangeLabel(data.offset, data.rows.length, data.total, format, words) : ' '}
        </Text>
        <Pagination
          size="sm"
          total={data ? pageCount(data.total) : 1}
          value={Math.floor(offset / PAGE_SIZE) + 1}
          onChange={(pageNumber) => setOffset((pageNumber - 1) * PAGE_SIZE)}
          siblings={1}
          boundaries={1}
          data-testid="customer-pagination"
        />
      </Group>
    </Paper>
  );
}
