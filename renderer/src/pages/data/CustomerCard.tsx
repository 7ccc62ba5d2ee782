import { Alert, Badge, Button, Divider, Drawer, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ATTRIBUTE_KINDS, type AttributeKind } from '../../../../shared/domain/attributes';
import type { CustomerValueCard } from '../../../../shared/domain/customerValue';
import { invoke } from '../../backend/client';
import { toDisplayedError } from '../../errors/displayedError';
import type { Formatters } from '../../format/formatters';
import { STAGE_COLOURS } from '../lifecycle/stageColours';
import { attributesByKind } from './customerCardAttributes';
import { useWorkspaceQuery } from './useWorkspaceQuery';
import { useTranslation } from 'react-i18next';

interface CustomerCardProps {
  scope: string;
  /** The customer shown; null keeps the drawer closed. */
  customerId: string | null;
  format: Formatters;
  onClose: () => void;
}

/** One customer's value and standing, in a drawer over the customer table. */
export function CustomerCard({ scope, customerId, format, onClose }: CustomerCardProps) {
  const { t } = useTranslation('data');
  return (
    <Drawer opened={customerId !== null} onClose={onClose} position="right" size={500} title={<Text fw={600}>{t('card.title', { id: customerId })}</Text>} padding="lg">
      {customerId !== null && <CardBody key={customerId} scope={scope} customerId={customerId} format={format} />}
    </Drawer>
  );
}

function CardBody({ scope, customerId, format }: { scope: string; customerId: string; format: Formatters }) {
  const { t } = useTranslation('data');
  const card = useWorkspaceQuery<CustomerValueCard>(scope, customerId, () => invoke('customers.valueCard', { customerId }));
  if (card.error !== null) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('card.failed')} data-testid="customer-card">
        <Text size="sm">{toDisplayedError(0, '', card.error).message}</Text>
        <Button size="xs" variant="default" mt="sm" onClick={card.reload}>
          {t('tryAgain')}
        </Button>
      </Alert>
    );
  }
  if (!card.data) {
    return (
      <Group gap="sm" data-testid="customer-card">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {t('card.fitting')}
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
  const { t } = useTranslation('data');
  const { t: ts } = useTranslation('segments');
  const c = card.customer;
  const { settings } = card;
  return (
    <Stack gap="lg" data-testid="customer-card">
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
          {t('card.lifetimeValue')}
        </Text>
        <Title order={1} className="lw-figures" data-testid="card-ltv">
          {format.currency(card.lifetimeValue)}
        </Title>
        <Text size="xs" c="dimmed">
          {t('card.ltvBasis', {
            months: settings.horizonMonths,
            margin: format.percent(settings.margin),
            rate: format.percent(settings.discountRatePerYear),
            date: format.date(card.calibrationEnd),
          })}
        </Text>
      </div>

      <SimpleGrid cols={3} spacing="sm">
        <Figure label={t('card.probabilityAlive')} value={format.percent(card.probabilityAlive)} testId="card-p-alive" />
        <Figure label={t('card.purchasesNextYear')} value={format.measure(card.expectedPurchasesNextYear)} testId="card-purchases-next-year" />
        <Figure label={t('card.spendPerPurchase')} value={format.currencyPrecise(card.expectedSpendPerPurchase)} testId="card-spend-per-purchase" />
      </SimpleGrid>
      <Text size="xs" c="dimmed" data-testid="card-purchase-count">
        {t('card.nextYear', { list: card.purchaseCountNextYear.map((p, n) => t('card.purchaseChance', { count: n, n: n === 5 ? '5+' : n, share: format.percent(p) })).join(' · ') })}
      </Text>

      <Paper withBorder radius="md" p="md">
        <Group gap="xs" mb={6}>
          <Text size="sm" fw={600}>
            {t('card.lifecycleStage')}
          </Text>
          <Badge variant="light" color={STAGE_COLOURS[card.lifecycle.stage]} tt="none" data-testid="card-lifecycle">
            {ts(`lifecycle.stages.${card.lifecycle.stage}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {card.lifecycle.explanation}
        </Text>
        <Text size="sm" mt="sm">
          {t('card.scoreBefore')} <b className="lw-figures">{format.count(card.strategicScore.score)}</b> {t('card.scoreAfter')}
        </Text>
      </Paper>

      <div>
        <Text size="sm" fw={600} mb={6}>
          {t('card.purchasesSoFar')}
        </Text>
        <Table fz="sm" verticalSpacing={4} className="lw-figures" data-testid="card-summary">
          <Table.Tbody>
            <SummaryRow label={t('card.firstPurchase')} value={format.date(c.firstPurchase)} />
            <SummaryRow label={t('card.lastPurchase')} value={format.date(c.lastPurchase)} />
            <SummaryRow label={t('card.purchaseDays')} value={format.count(c.purchaseDays)} />
            <SummaryRow label={t('card.totalSpend')} value={format.currencyPrecise(c.totalSpend)} />
            <SummaryRow label={t('card.averageSpend')} value={format.currencyPrecise(c.averageSpend)} />
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
  const { t } = useTranslation('data');
  const groups = attributesByKind(card.attributes);
  if (groups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('card.noAttributes')}
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="card-attributes">
      <Text size="sm" fw={600}>
        {t('card.crmAttributes')}
      </Text>
      {groups.map((group) => (
        <div key={group.kind}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4} style={{ letterSpacing: '0.04em' }}>
            {isAttributeKind(group.kind) ? t(`kinds.${group.kind}.label`) : group.label}
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

function isAttributeKind(kind: string): kind is AttributeKind {
  return (ATTRIBUTE_KINDS as readonly string[]).includes(kind);
}
