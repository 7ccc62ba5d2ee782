import { Alert, Badge, Button, Divider, Drawer, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { CustomerValueCard } from '../../../../shared/domain/customerValue';
import { invoke } from '../../backend/client';
import { toDisplayedError } from '../../errors/displayedError';
import type { Formatters } from '../../format/formatters';
import { STAGE_COLOURS } from '../lifecycle/stageColours';
import { attributesByKind } from './customerCardAttributes';
import { useWorkspaceQuery } from './useWorkspaceQuery';

interface CustomerCardProps {
  scope: string;
  /** The customer shown; null keeps the drawer closed. */
  customerId: string | null;
  format: Formatters;
  onClose: () => void;
}

/** One customer's value and standing, in a drawer over the customer table. */
export function CustomerCard({ scope, customerId, format, onClose }: CustomerCardProps) {
  return (
    <Drawer opened={customerId !== null} onClose={onClose} position="right" size={500} title={<Text fw={600}>Customer {customerId}</Text>} padding="lg">
      {customerId !== null && <CardBody key={customerId} scope={scope} customerId={customerId} format={format} />}
    </Drawer>
  );
}

function CardBody({ scope, customerId, format }: { scope: string; customerId: string; format: Formatters }) {
  const card = useWorkspaceQuery<CustomerValueCard>(scope, customerId, () => invoke('customers.valueCard', { customerId }));
  if (card.error !== null) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The customer’s value could not be worked out" data-testid="customer-card">
        <Text size="sm">{toDisplayedError(0, '', card.error).message}</Text>
        <Button size="xs" variant="default" mt="sm" onClick={card.reload}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (!card.data) {
    return (
      <Group gap="sm" data-testid="customer-card">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          Fitting the value models to this customer’s history…
        </Text>
      </Group>
    );
  }
  return <CardContent card={card.data} format={format} />;
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={650} size="lg" className="lw-figures" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function CardContent({ card, format }: { card: CustomerValueCard; format: Formatters }) {
  const c = card.customer;
  const { settings } = card;
  return (
    <Stack gap="lg" data-testid="customer-card">
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
          Lifetime value
        </Text>
        <Title order={1} className="lw-figures" data-testid="card-ltv">
          {format.currency(card.lifetimeValue)}
        </Title>
        <Text size="xs" c="dimmed">
          Discounted margin over the next {settings.horizonMonths} months at {format.percent(settings.margin)} margin and {format.percent(settings.discountRatePerYear)} a year,
          from purchases up to {format.date(card.calibrationEnd)}.
        </Text>
      </div>

      <SimpleGrid cols={3} spacing="sm">
        <Figure label="Probability alive" value={format.percent(card.probabilityAlive)} testId="card-p-alive" />
        <Figure label="Purchases next year" value={format.measure(card.expectedPurchasesNextYear)} testId="card-purchases-next-year" />
        <Figure label="Spend per purchase" value={format.currencyPrecise(card.expectedSpendPerPurchase)} testId="card-spend-per-purchase" />
      </SimpleGrid>
      <Text size="xs" c="dimmed" data-testid="card-purchase-count">
        Next year: {card.purchaseCountNextYear.map((p, n) => `${n === 5 ? '5+' : n} purchase${n === 1 ? '' : 's'} ${format.percent(p)}`).join(' · ')}
      </Text>

      <Paper withBorder radius="md" p="md">
        <Group gap="xs" mb={6}>
          <Text size="sm" fw={600}>
            Lifecycle stage
          </Text>
          <Badge variant="light" color={STAGE_COLOURS[card.lifecycle.stage]} tt="none" data-testid="card-lifecycle">
            {card.lifecycle.label}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {card.lifecycle.explanation}
        </Text>
        <Text size="sm" mt="sm">
          Strategic value score <b className="lw-figures">{format.count(card.strategicScore.score)}</b> of 100
        </Text>
      </Paper>

      <div>
        <Text size="sm" fw={600} mb={6}>
          Purchases so far
        </Text>
        <Table fz="sm" verticalSpacing={4} className="lw-figures" data-testid="card-summary">
          <Table.Tbody>
            <SummaryRow label="First purchase" value={format.date(c.firstPurchase)} />
            <SummaryRow label="Last purchase" value={format.date(c.lastPurchase)} />
            <SummaryRow label="Purchase days" value={format.count(c.purchaseDays)} />
            <SummaryRow label="Total spend" value={format.currencyPrecise(c.totalSpend)} />
            <SummaryRow label="Average spend per purchase day" value={format.currencyPrecise(c.averageSpend)} />
          </Table.Tbody>
        </Table>
      </div>

      <Divider />
      <CrmAttributes card={card} format={format} />
    </Stack>
  );
}

function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Td c="dimmed">{label}</Table.Td>
      <Table.Td ta="right">{value}</Table.Td>
    </Table.Tr>
  );
}

function CrmAttributes({ card, format }: { card: CustomerValueCard; format: Formatters }) {
  const groups = attributesByKind(card.attributes);
  if (groups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No CRM attributes have been imported for this workspace.
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="card-attributes">
      <Text size="sm" fw={600}>
        CRM attributes
      </Text>
      {groups.map((group) => (
        <div key={group.kind}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4} style={{ letterSpacing: '0.04em' }}>
            {group.label}
          </Text>
          <Table fz="sm" verticalSpacing={4} className="lw-figures">
            <Table.Tbody>
              {group.attributes.map((a) => (
                <SummaryRow key={a.name} label={a.label} value={a.value === null ? '—' : typeof a.value === 'number' ? format.decimal(a.value) : a.value} />
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
    </Stack>
  );
}
