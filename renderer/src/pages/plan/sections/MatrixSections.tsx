import { Group, Progress, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTACT_CHANNELS, type ContactChannel } from '../../../../../shared/plan/planSchema';
import { AssumptionInput } from '../AssumptionInput';
import { MoneyField, NumberField, PercentField } from '../fields';
import { newContactRow, newPartner, newPrivilege } from '../planDefaults';
import { errorUnder, removeAt, replaceAt } from '../planForm';
import { AddButton, RemoveButton } from '../RowButtons';
import { SegmentSelect, SegmentsMultiSelect } from '../SegmentInputs';
import { percentDecimals } from '../planText';
import { defaultAt, setPart, type SectionProps } from './sectionProps';

const Empty = ({ text, columns }: { text: string; columns: number }) => (
  <Table.Tr>
    <Table.Td colSpan={columns}>
      <Text size="sm" c="dimmed" py={4}>
        {text}
      </Text>
    </Table.Td>
  </Table.Tr>
);

export function PrivilegesSection(props: SectionProps) {
  const { draft, errors, segmentNames } = props;
  const { t } = useTranslation('plan');
  const privileges = draft.privileges;
  const currency = draft.currency || '…';
  const set = (next: typeof privileges) => setPart(props, 'privileges', next);
  // Privileges may apply to tiers as well as segments.
  const tierNames = draft.tiers.enabled ? draft.tiers.levels.map((l) => l.name).filter((n) => n.trim().length > 0) : [];
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('privileges.about')}
      </Text>
      <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs" data-testid="privileges">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('privileges.privilege')}</Table.Th>
            <Table.Th>{t('privileges.appliesTo')}</Table.Th>
            <Table.Th w={130}>{t('privileges.unitCost')}</Table.Th>
            <Table.Th w={92}>{t('privileges.uptake')}</Table.Th>
            <Table.Th w={150}>{t('privileges.dropout')}</Table.Th>
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {privileges.length === 0 && <Empty columns={6} text={t('privileges.none')} />}
          {privileges.map((p, i) => {
            const path = `privileges.${i}`;
            const edit = (patch: Partial<typeof p>) => set(replaceAt(privileges, i, { ...p, ...patch }));
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput size="xs" aria-label={t('privileges.nameAria', { row: i + 1 })} value={p.name} onChange={(e) => edit({ name: e.currentTarget.value })} error={errors[`${path}.name`]} />
                </Table.Td>
                <Table.Td>
                  <SegmentsMultiSelect label={t('privileges.appliesToAria', { name: p.name || t('privileges.privilegeN', { row: i + 1 }) })} hideLabel size="xs" value={p.appliesTo} onChange={(appliesTo) => edit({ appliesTo })} segmentNames={segmentNames} extraNames={tierNames} error={errors[`${path}.appliesTo`]} />
                </Table.Td>
                <Table.Td>
                  <MoneyField currency={currency} size="xs" hideControls aria-label={t('privileges.unitCostAria', { name: p.name })} value={p.unitCostPerYearCurrency} onChange={(unitCostPerYearCurrency) => edit({ unitCostPerYearCurrency })} error={errors[`${path}.unitCostPerYearCurrency`]} />
                </Table.Td>
                <Table.Td>
                  <PercentField size="xs" hideControls aria-label={t('privileges.uptakeAria', { name: p.name })} value={p.uptakeShare} onChange={(uptakeShare) => edit({ uptakeShare })} error={errors[`${path}.uptakeShare`]} />
                </Table.Td>
                <Table.Td>
                  <AssumptionInput compact label={t('privileges.dropoutAria', { name: p.name || t('privileges.privilegeN', { row: i + 1 }) })} unit="percent" value={p.dropoutReduction} onChange={(dropoutReduction) => edit({ dropoutReduction })} defaultValue={defaultAt(`${path}.dropoutReduction`)} error={errorUnder(errors, `${path}.dropoutReduction`)} />
                </Table.Td>
                <Table.Td>
                  <RemoveButton label={t('privileges.removeAria', { name: p.name || t('privileges.thePrivilege') })} onClick={() => set(removeAt(privileges, i))} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <AddButton label={t('privileges.add')} disabled={privileges.length >= 50} onClick={() => set([...privileges, newPrivilege(t('privileges.newName'))])} />
    </Stack>
  );
}

export function PartnersSection(props: SectionProps) {
  const { draft, errors } = props;
  const { t } = useTranslation('plan');
  const partners = draft.partners;
  const currency = draft.currency || '…';
  const set = (next: typeof partners) => setPart(props, 'partners', next);
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('partners.about')}
      </Text>
      <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs" data-testid="partners">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t('partners.partner')}</Table.Th>
            <Table.Th w={150}>{t('partners.kind')}</Table.Th>
            <Table.Th>{t('partners.volume')}</Table.Th>
            <Table.Th w={170}>{t('partners.price')}</Table.Th>
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.length === 0 && <Empty columns={5} text={t('partners.none')} />}
          {partners.map((p, i) => {
            const path = `partners.${i}`;
            const edit = (patch: Partial<typeof p>) => set(replaceAt(partners, i, { ...p, ...patch }));
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput size="xs" aria-label={t('partners.nameAria', { row: i + 1 })} value={p.name} onChange={(e) => edit({ name: e.currentTarget.value })} error={errors[`${path}.name`]} />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={t('partners.kindAria', { name: p.name })}
                    data={[
                      { value: 'earn', label: t('partners.earn') },
                      { value: 'burn', label: t('partners.burn') },
                    ]}
                    value={p.kind}
                    onChange={(v) => v && edit({ kind: v as typeof p.kind })}
                    allowDeselect={false}
                  />
                </Table.Td>
                <Table.Td>
                  {p.kind === 'earn' ? (
                    <NumberField size="xs" hideControls aria-label={t('partners.pointsAria', { name: p.name })} suffix={t('partners.pointsSuffix')} decimalScale={2} value={p.pointsPerMemberPerWeek} onChange={(pointsPerMemberPerWeek) => edit({ pointsPerMemberPerWeek })} error={errors[`${path}.pointsPerMemberPerWeek`]} />
                  ) : (
                    <PercentField size="xs" hideControls aria-label={t('partners.shareAria', { name: p.name })} suffix={t('partners.shareSuffix')} value={p.shareOfRedemptions} onChange={(shareOfRedemptions) => edit({ shareOfRedemptions })} error={errors[`${path}.shareOfRedemptions`]} />
                  )}
                </Table.Td>
                <Table.Td>
                  <MoneyField currency={currency} size="xs" hideControls aria-label={t('partners.priceAria', { name: p.name })} value={p.pricePerPointCurrency} onChange={(pricePerPointCurrency) => edit({ pricePerPointCurrency })} error={errors[`${path}.pricePerPointCurrency`]} />
                </Table.Td>
                <Table.Td>
                  <RemoveButton label={t('partners.removeAria', { name: p.name || t('partners.thePartner') })} onClick={() => set(removeAt(partners, i))} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <AddButton label={t('partners.add')} disabled={partners.length >= 20} onClick={() => set([...partners, newPartner(t('partners.newName'))])} />
    </Stack>
  );
}

export function CommunicationSection(props: SectionProps) {
  const { draft, errors, segmentNames, figures, format } = props;
  const communication = draft.communication;
  const contacts = communication.contacts;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof communication>) => setPart(props, 'communication', { ...communication, ...patch });
  const setRows = (next: typeof contacts) => set({ contacts: next });
  const planned = figures?.plannedContactCostPerYearCurrency ?? null;
  const cap = typeof communication.outboundBudgetCapPerYearCurrency === 'number' ? communication.outboundBudgetCapPerYearCurrency : 0;
  const money = format.currency;
  const { t } = useTranslation('plan');
  const channelOptions = CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`communication.channels.${c}`) }));
  return (
    <Stack gap="xs">
      <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs" data-testid="contacts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('communication.segment')}</Table.Th>
            <Table.Th w={140}>{t('communication.channel')}</Table.Th>
            <Table.Th w={104} style={{ whiteSpace: 'nowrap' }}>
              {t('communication.contactsPerYear')}
            </Table.Th>
            <Table.Th w={124} style={{ whiteSpace: 'nowrap' }}>
              {t('communication.costPerContact')}
            </Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('communication.response')}</Table.Th>
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.length === 0 && <Empty columns={6} text={t('communication.none')} />}
          {contacts.map((c, i) => {
            const path = `communication.contacts.${i}`;
            const edit = (patch: Partial<typeof c>) => setRows(replaceAt(contacts, i, { ...c, ...patch }));
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <SegmentSelect label={t('communication.segmentAria', { row: i + 1 })} hideLabel w={160} value={c.segment} onChange={(segment) => edit({ segment })} segmentNames={segmentNames} error={errors[`${path}.segment`]} />
                </Table.Td>
                <Table.Td>
                  <Select size="xs" aria-label={t('communication.channelAria', { row: i + 1 })} data={channelOptions} value={c.channel} onChange={(v) => v && edit({ channel: v as ContactChannel })} allowDeselect={false} error={errors[`${path}.channel`]} />
                </Table.Td>
                <Table.Td>
                  <NumberField size="xs" hideControls aria-label={t('communication.contactsAria', { row: i + 1 })} decimalScale={1} value={c.contactsPerYear} onChange={(contactsPerYear) => edit({ contactsPerYear })} error={errors[`${path}.contactsPerYear`]} />
                </Table.Td>
                <Table.Td>
                  <MoneyField currency={currency} size="xs" hideControls aria-label={t('communication.costAria', { row: i + 1 })} value={c.costPerContactCurrency} onChange={(costPerContactCurrency) => edit({ costPerContactCurrency })} error={errors[`${path}.costPerContactCurrency`]} />
                </Table.Td>
                <Table.Td>
                  <AssumptionInput compact label={t('communication.responseAria', { row: i + 1 })} unit="percent" value={c.responseUpliftPerContact} onChange={(responseUpliftPerContact) => edit({ responseUpliftPerContact })} defaultValue={defaultAt(`${path}.responseUpliftPerContact`)} error={errorUnder(errors, `${path}.responseUpliftPerContact`)} />
                </Table.Td>
                <Table.Td>
                  <RemoveButton label={t('communication.removeAria', { row: i + 1 })} onClick={() => setRows(removeAt(contacts, i))} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <AddButton label={t('communication.add')} disabled={contacts.length >= 200} onClick={() => setRows([...contacts, newContactRow()])} />
      <Group align="flex-end" gap="xl" mt="sm" wrap="nowrap">
        <MoneyField
          currency={currency}
          label={t('communication.cap')}
          description={t('communication.capAbout')}
          w={240}
          value={communication.outboundBudgetCapPerYearCurrency}
          onChange={(outboundBudgetCapPerYearCurrency) => set({ outboundBudgetCapPerYearCurrency })}
          error={errors['communication.outboundBudgetCapPerYearCurrency']}
        />
        <Stack gap={4} style={{ flex: 1 }} data-testid="contact-budget">
          <Text size="sm">
            {t('communication.planned')}
            <b>{planned === null ? '–' : t('communication.plannedValue', { amount: money(planned) })}</b>
            {cap > 0 && planned !== null && t('communication.ofCap', { cap: money(cap) })}
          </Text>
          {cap > 0 && planned !== null && <Progress value={Math.min(100, (planned / cap) * 100)} color={planned > cap ? 'red' : 'indigo'} size="sm" aria-label={t('communication.capAria')} />}
          <Text size="xs" c={cap > 0 && planned !== null && planned > cap ? 'red' : 'dimmed'}>
            {planned === null
              ? t('communication.needsCustomers')
              : cap > 0 && planned > cap
                ? t('communication.overCap', { over: money(planned - cap), share: percentDecimals(cap / planned, 0, format.locale) })
                : t('communication.forMembers')}
          </Text>
        </Stack>
      </Group>
    </Stack>
  );
}
