import { Group, Progress, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { CONTACT_CHANNELS, type ContactChannel } from '../../../../../shared/plan/planSchema';
import { AssumptionInput } from '../AssumptionInput';
import { MoneyField, NumberField, PercentField } from '../fields';
import { newContactRow, newPartner, newPrivilege } from '../planDefaults';
import { errorUnder, removeAt, replaceAt } from '../planForm';
import { AddButton, RemoveButton } from '../RowButtons';
import { SegmentSelect, SegmentsMultiSelect } from '../SegmentInputs';
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
  const privileges = draft.privileges;
  const currency = draft.currency || '…';
  const set = (next: typeof privileges) => setPart(props, 'privileges', next);
  // Privileges may apply to tiers as well as segments.
  const tierNames = draft.tiers.enabled ? draft.tiers.levels.map((l) => l.name).filter((n) => n.trim().length > 0) : [];
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        Each privilege: who it applies to (segments or tiers), what it costs per member who uses it, how many use it, and how much it lowers their dropout.
      </Text>
      <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs" data-testid="privileges">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>Privilege</Table.Th>
            <Table.Th>Applies to</Table.Th>
            <Table.Th w={130}>Unit cost / year</Table.Th>
            <Table.Th w={92}>Uptake</Table.Th>
            <Table.Th w={150}>Dropout reduction</Table.Th>
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {privileges.length === 0 && <Empty columns={6} text="No privileges." />}
          {privileges.map((p, i) => {
            const path = `privileges.${i}`;
            const edit = (patch: Partial<typeof p>) => set(replaceAt(privileges, i, { ...p, ...patch }));
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput size="xs" aria-label={`Privilege ${i + 1}: name`} value={p.name} onChange={(e) => edit({ name: e.currentTarget.value })} error={errors[`${path}.name`]} />
                </Table.Td>
                <Table.Td>
                  <SegmentsMultiSelect label={`${p.name || `Privilege ${i + 1}`}: applies to`} hideLabel size="xs" value={p.appliesTo} onChange={(appliesTo) => edit({ appliesTo })} segmentNames={segmentNames} extraNames={tierNames} error={errors[`${path}.appliesTo`]} />
                </Table.Td>
                <Table.Td>
                  <MoneyField currency={currency} size="xs" hideControls aria-label={`${p.name}: unit cost per year`} value={p.unitCostPerYearCurrency} onChange={(unitCostPerYearCurrency) => edit({ unitCostPerYearCurrency })} error={errors[`${path}.unitCostPerYearCurrency`]} />
                </Table.Td>
                <Table.Td>
                  <PercentField size="xs" hideControls aria-label={`${p.name}: uptake`} value={p.uptakeShare} onChange={(uptakeShare) => edit({ uptakeShare })} error={errors[`${path}.uptakeShare`]} />
                </Table.Td>
                <Table.Td>
                  <AssumptionInput compact label={`${p.name || `Privilege ${i + 1}`}: dropout reduction`} unit="percent" value={p.dropoutReduction} onChange={(dropoutReduction) => edit({ dropoutReduction })} defaultValue={defaultAt(`${path}.dropoutReduction`)} error={errorUnder(errors, `${path}.dropoutReduction`)} />
                </Table.Td>
                <Table.Td>
                  <RemoveButton label={`Remove ${p.name || 'the privilege'}`} onClick={() => set(removeAt(privileges, i))} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <AddButton label="Add a privilege" disabled={privileges.length >= 50} onClick={() => set([...privileges, newPrivilege()])} />
    </Stack>
  );
}

export function PartnersSection(props: SectionProps) {
  const { draft, errors } = props;
  const partners = draft.partners;
  const currency = draft.currency || '…';
  const set = (next: typeof partners) => setPart(props, 'partners', next);
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        Earn partners pay us for each point their customers earn there; burn partners take a share of the redemptions and we pay them per point.
      </Text>
      <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs" data-testid="partners">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>Partner</Table.Th>
            <Table.Th w={150}>Kind</Table.Th>
            <Table.Th>Volume</Table.Th>
            <Table.Th w={170}>Price per point</Table.Th>
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.length === 0 && <Empty columns={5} text="No partners." />}
          {partners.map((p, i) => {
            const path = `partners.${i}`;
            const edit = (patch: Partial<typeof p>) => set(replaceAt(partners, i, { ...p, ...patch }));
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput size="xs" aria-label={`Partner ${i + 1}: name`} value={p.name} onChange={(e) => edit({ name: e.currentTarget.value })} error={errors[`${path}.name`]} />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`${p.name}: kind`}
                    data={[
                      { value: 'earn', label: 'Earn (they pay us)' },
                      { value: 'burn', label: 'Burn (we pay them)' },
                    ]}
                    value={p.kind}
                    onChange={(v) => v && edit({ kind: v as typeof p.kind })}
                    allowDeselect={false}
                  />
                </Table.Td>
                <Table.Td>
                  {p.kind === 'earn' ? (
                    <NumberField size="xs" hideControls aria-label={`${p.name}: points per member per week`} suffix=" pts / member / week" decimalScale={2} value={p.pointsPerMemberPerWeek} onChange={(pointsPerMemberPerWeek) => edit({ pointsPerMemberPerWeek })} error={errors[`${path}.pointsPerMemberPerWeek`]} />
                  ) : (
                    <PercentField size="xs" hideControls aria-label={`${p.name}: share of redemptions`} suffix="% of redemptions" value={p.shareOfRedemptions} onChange={(shareOfRedemptions) => edit({ shareOfRedemptions })} error={errors[`${path}.shareOfRedemptions`]} />
                  )}
                </Table.Td>
                <Table.Td>
                  <MoneyField currency={currency} size="xs" hideControls aria-label={`${p.name}: price per point`} value={p.pricePerPointCurrency} onChange={(pricePerPointCurrency) => edit({ pricePerPointCurrency })} error={errors[`${path}.pricePerPointCurrency`]} />
                </Table.Td>
                <Table.Td>
                  <RemoveButton label={`Remove ${p.name || 'the partner'}`} onClick={() => set(removeAt(partners, i))} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <AddButton label="Add a partner" disabled={partners.length >= 20} onClick={() => set([...partners, newPartner()])} />
    </Stack>
  );
}

export const CHANNEL_LABELS: Readonly<Record<ContactChannel, string>> = {
  directMail: 'Direct mail',
  telemarketing: 'Telemarketing',
  email: 'Email',
  web: 'Web',
  mobile: 'Mobile',
  faceToFace: 'Face to face',
  activations: 'Activations',
  events: 'Events',
  pointOfSale: 'Point of sale',
};
const CHANNEL_OPTIONS = CONTACT_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));

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
  return (
    <Stack gap="xs">
      <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs" data-testid="contacts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>Segment</Table.Th>
            <Table.Th w={140}>Channel</Table.Th>
            <Table.Th w={104} style={{ whiteSpace: 'nowrap' }}>
              Contacts / yr
            </Table.Th>
            <Table.Th w={124} style={{ whiteSpace: 'nowrap' }}>
              Cost / contact
            </Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>Response per contact</Table.Th>
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.length === 0 && <Empty columns={6} text="No planned contacts." />}
          {contacts.map((c, i) => {
            const path = `communication.contacts.${i}`;
            const edit = (patch: Partial<typeof c>) => setRows(replaceAt(contacts, i, { ...c, ...patch }));
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <SegmentSelect label={`Contact row ${i + 1}: segment`} hideLabel w={160} value={c.segment} onChange={(segment) => edit({ segment })} segmentNames={segmentNames} error={errors[`${path}.segment`]} />
                </Table.Td>
                <Table.Td>
                  <Select size="xs" aria-label={`Contact row ${i + 1}: channel`} data={CHANNEL_OPTIONS} value={c.channel} onChange={(v) => v && edit({ channel: v as ContactChannel })} allowDeselect={false} error={errors[`${path}.channel`]} />
                </Table.Td>
                <Table.Td>
                  <NumberField size="xs" hideControls aria-label={`Contact row ${i + 1}: contacts per year`} decimalScale={1} value={c.contactsPerYear} onChange={(contactsPerYear) => edit({ contactsPerYear })} error={errors[`${path}.contactsPerYear`]} />
                </Table.Td>
                <Table.Td>
                  <MoneyField currency={currency} size="xs" hideControls aria-label={`Contact row ${i + 1}: cost per contact`} value={c.costPerContactCurrency} onChange={(costPerContactCurrency) => edit({ costPerContactCurrency })} error={errors[`${path}.costPerContactCurrency`]} />
                </Table.Td>
                <Table.Td>
                  <AssumptionInput compact label={`Contact row ${i + 1}: response per yearly contact`} unit="percent" value={c.responseUpliftPerContact} onChange={(responseUpliftPerContact) => edit({ responseUpliftPerContact })} defaultValue={defaultAt(`${path}.responseUpliftPerContact`)} error={errorUnder(errors, `${path}.responseUpliftPerContact`)} />
                </Table.Td>
                <Table.Td>
                  <RemoveButton label={`Remove contact row ${i + 1}`} onClick={() => setRows(removeAt(contacts, i))} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <AddButton label="Add a contact row" disabled={contacts.length >= 200} onClick={() => setRows([...contacts, newContactRow()])} />
      <Group align="flex-end" gap="xl" mt="sm" wrap="nowrap">
        <MoneyField
          currency={currency}
          label="Outbound budget cap"
          description="Per year; 0 = no cap"
          w={240}
          value={communication.outboundBudgetCapPerYearCurrency}
          onChange={(outboundBudgetCapPerYearCurrency) => set({ outboundBudgetCapPerYearCurrency })}
          error={errors['communication.outboundBudgetCapPerYearCurrency']}
        />
        <Stack gap={4} style={{ flex: 1 }} data-testid="contact-budget">
          <Text size="sm">
            Planned contacts: <b>{planned === null ? '–' : `${money(planned)} a year`}</b>
            {cap > 0 && planned !== null && ` of a ${money(cap)} cap`}
          </Text>
          {cap > 0 && planned !== null && <Progress value={Math.min(100, (planned / cap) * 100)} color={planned > cap ? 'red' : 'indigo'} size="sm" aria-label="Planned contact cost against the cap" />}
          <Text size="xs" c={cap > 0 && planned !== null && planned > cap ? 'red' : 'dimmed'}>
            {planned === null
              ? 'Needs the workspace’s customers.'
              : cap > 0 && planned > cap
                ? `Over the cap by ${money(planned - cap)}: the simulation scales the contacts down to ${((cap / planned) * 100).toFixed(0)}%.`
                : 'For the expected members of each row’s segment, at the central enrolment rates.'}
          </Text>
        </Stack>
      </Group>
    </Stack>
  );
}
