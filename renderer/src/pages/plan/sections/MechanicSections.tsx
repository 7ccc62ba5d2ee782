import { ActionIcon, Box, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Switch, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { EXPIRY_RULES } from '../../../../../shared/plan/planSchema';
import { AssumptionInput } from '../AssumptionInput';
import { IntegerField, MoneyField, NumberField } from '../fields';
import { newPromotion, newTierLevel } from '../planDefaults';
import { errorUnder, removeAt, replaceAt } from '../planForm';
import { RemoveButton } from '../RowButtons';
import { SegmentsMultiSelect } from '../SegmentInputs';
import { LabelledAssumption } from './LabelledCompact';
import { defaultAt, setPart, type SectionProps } from './sectionProps';
import { SubHeading } from './SubHeading';

// Both rows of a promotion card share the columns, the name and segments a little wider.
const PROMOTION_GRID = { display: 'grid', gridTemplateColumns: '1.5fr 1fr 1fr 1fr', gap: 'var(--mantine-spacing-md)' } as const;

export function PromotionsSection(props: SectionProps) {
  const { draft, errors, segmentNames } = props;
  const promotions = draft.promotions;
  const set = (next: typeof promotions) => setPart(props, 'promotions', next);
  return (
    <Stack gap="sm" data-testid="promotions">
      {promotions.length === 0 && (
        <Text size="sm" c="dimmed">
          No promotions: points are earned at the base rate all year.
        </Text>
      )}
      {promotions.map((promo, i) => {
        const path = `promotions.${i}`;
        const edit = (patch: Partial<typeof promo>) => set(replaceAt(promotions, i, { ...promo, ...patch }));
        return (
          <Paper key={i} withBorder radius="md" p="md" data-testid="promotion">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
              <Box style={{ ...PROMOTION_GRID, flex: 1 }}>
                <TextInput label="Promotion name" value={promo.name} onChange={(e) => edit({ name: e.currentTarget.value })} error={errors[`${path}.name`]} />
                <NumberField label="Points multiplier" description="2 = double points" suffix="×" decimalScale={2} value={promo.pointsMultiplier} onChange={(pointsMultiplier) => edit({ pointsMultiplier })} error={errors[`${path}.pointsMultiplier`]} />
                <IntegerField label="Start" description="Week of the horizon" prefix="week " value={promo.startWeek} onChange={(startWeek) => edit({ startWeek })} error={errors[`${path}.startWeek`]} />
                <IntegerField label="Length" description="How long it runs" suffix={promo.lengthWeeks === 1 ? ' week' : ' weeks'} value={promo.lengthWeeks} onChange={(lengthWeeks) => edit({ lengthWeeks })} error={errors[`${path}.lengthWeeks`]} />
              </Box>
              <Tooltip label="Remove this promotion" withArrow>
                <ActionIcon variant="subtle" color="gray" mt={24} aria-label={`Remove ${promo.name || 'the promotion'}`} onClick={() => set(removeAt(promotions, i))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <Box style={PROMOTION_GRID} mt="sm" mr={44}>
              <SegmentsMultiSelect label="Segments" value={promo.segments} onChange={(segments) => edit({ segments })} segmentNames={segmentNames} error={errors[`${path}.segments`]} />
              <LabelledAssumption label="Uplift while it runs" unit="percent" value={promo.upliftShare} onChange={(upliftShare) => edit({ upliftShare })} defaultValue={defaultAt(`${path}.upliftShare`)} error={errorUnder(errors, `${path}.upliftShare`)} />
              <LabelledAssumption label="Pull-forward share" unit="percent" value={promo.pullForwardShare} onChange={(pullForwardShare) => edit({ pullForwardShare })} defaultValue={defaultAt(`${path}.pullForwardShare`)} error={errorUnder(errors, `${path}.pullForwardShare`)} />
              <LabelledAssumption label="Dip after it" unit="weeks" value={promo.dipWeeks} onChange={(dipWeeks) => edit({ dipWeeks })} defaultValue={defaultAt(`${path}.dipWeeks`)} error={errorUnder(errors, `${path}.dipWeeks`)} />
            </Box>
          </Paper>
        );
      })}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={promotions.length >= 50} onClick={() => set([...promotions, newPromotion()])} data-testid="add-promotion">
          Add a promotion
        </Button>
      </Group>
    </Stack>
  );
}

export function FrequencySection(props: SectionProps) {
  const { draft, errors } = props;
  const frequency = draft.frequency;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof frequency>) => setPart(props, 'frequency', { ...frequency, ...patch });
  const { punchCard: card, visitBonus: visits, streak } = frequency;
  return (
    <Stack gap="lg">
      <div>
        <Switch label="Punch card" description="Buy N, get a reward" checked={card.enabled} onChange={(e) => set({ punchCard: { ...card, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <IntegerField label="Purchases needed" suffix=" purchases" disabled={!card.enabled} value={card.purchasesNeeded} onChange={(purchasesNeeded) => set({ punchCard: { ...card, purchasesNeeded } })} error={errors['frequency.punchCard.purchasesNeeded']} />
          <MoneyField currency={currency} label="Card reward" disabled={!card.enabled} value={card.rewardValueCurrency} onChange={(rewardValueCurrency) => set({ punchCard: { ...card, rewardValueCurrency } })} error={errors['frequency.punchCard.rewardValueCurrency']} />
          <IntegerField label="Pre-stamped" description="Endowed progress (Nunes & Drèze 2006)" suffix=" stamps" disabled={!card.enabled} value={card.prestampedPurchases} onChange={(prestampedPurchases) => set({ punchCard: { ...card, prestampedPurchases } })} error={errors['frequency.punchCard.prestampedPurchases']} />
        </SimpleGrid>
      </div>
      <div>
        <Switch label="Visit bonus" description="Points for a number of visits within a period" checked={visits.enabled} onChange={(e) => set({ visitBonus: { ...visits, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <IntegerField label="Visits" suffix=" visits" disabled={!visits.enabled} value={visits.visits} onChange={(v) => set({ visitBonus: { ...visits, visits: v } })} error={errors['frequency.visitBonus.visits']} />
          <IntegerField label="Within" suffix=" weeks" disabled={!visits.enabled} value={visits.periodWeeks} onChange={(periodWeeks) => set({ visitBonus: { ...visits, periodWeeks } })} error={errors['frequency.visitBonus.periodWeeks']} />
          <IntegerField label="Bonus" suffix=" pts" disabled={!visits.enabled} value={visits.bonusPoints} onChange={(bonusPoints) => set({ visitBonus: { ...visits, bonusPoints } })} error={errors['frequency.visitBonus.bonusPoints']} />
        </SimpleGrid>
      </div>
      <div>
        <Switch label="Streak" description="Points for buying in consecutive periods" checked={streak.enabled} onChange={(e) => set({ streak: { ...streak, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <IntegerField label="Period" suffix=" weeks" disabled={!streak.enabled} value={streak.periodWeeks} onChange={(periodWeeks) => set({ streak: { ...streak, periodWeeks } })} error={errors['frequency.streak.periodWeeks']} />
          <IntegerField label="Periods in a row" suffix=" periods" disabled={!streak.enabled} value={streak.periodsInARow} onChange={(periodsInARow) => set({ streak: { ...streak, periodsInARow } })} error={errors['frequency.streak.periodsInARow']} />
          <IntegerField label="Bonus" suffix=" pts" disabled={!streak.enabled} value={streak.bonusPoints} onChange={(bonusPoints) => set({ streak: { ...streak, bonusPoints } })} error={errors['frequency.streak.bonusPoints']} />
        </SimpleGrid>
      </div>
    </Stack>
  );
}

export function TiersSection(props: SectionProps) {
  const { draft, errors } = props;
  const tiers = draft.tiers;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof tiers>) => setPart(props, 'tiers', { ...tiers, ...patch });
  const levels = tiers.levels;
  const off = !tiers.enabled;
  return (
    <Stack gap="md">
      <Switch label="Tiers" description="Members qualify for higher tiers on their rolling spend" checked={tiers.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
      <SimpleGrid cols={3} spacing="md">
        <IntegerField label="Rolling window" description="Spend counted over" suffix=" weeks" disabled={off} value={tiers.rollingWindowWeeks} onChange={(rollingWindowWeeks) => set({ rollingWindowWeeks })} error={errors['tiers.rollingWindowWeeks']} />
        <IntegerField label="Review every" description="Tiers re-evaluated" suffix=" weeks" disabled={off} value={tiers.reviewEveryWeeks} onChange={(reviewEveryWeeks) => set({ reviewEveryWeeks })} error={errors['tiers.reviewEveryWeeks']} />
      </SimpleGrid>
      <div>
        <SubHeading title="Levels" about="From the entry tier up; each threshold above the one before." />
        <Table withTableBorder verticalSpacing={6} horizontalSpacing="sm" data-testid="tier-levels">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={190}>Tier</Table.Th>
              <Table.Th w={190}>Qualifying spend</Table.Th>
              <Table.Th w={130}>Earn multiplier</Table.Th>
              <Table.Th>Dropout reduction</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {levels.map((level, i) => {
              const path = `tiers.levels.${i}`;
              const edit = (patch: Partial<typeof level>) => set({ levels: replaceAt(levels, i, { ...level, ...patch }) });
              return (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput size="xs" aria-label={`Tier ${i + 1}: name`} disabled={off} value={level.name} onChange={(e) => edit({ name: e.currentTarget.value })} error={errors[`${path}.name`]} />
                  </Table.Td>
                  <Table.Td>
                    <MoneyField currency={currency} size="xs" aria-label={`Tier ${i + 1}: qualifying spend`} disabled={off} value={level.qualifyingSpendCurrency} onChange={(qualifyingSpendCurrency) => edit({ qualifyingSpendCurrency })} error={errors[`${path}.qualifyingSpendCurrency`]} />
                  </Table.Td>
                  <Table.Td>
                    <NumberField size="xs" aria-label={`Tier ${i + 1}: earn multiplier`} suffix="×" decimalScale={2} disabled={off} value={level.earnMultiplier} onChange={(earnMultiplier) => edit({ earnMultiplier })} error={errors[`${path}.earnMultiplier`]} />
                  </Table.Td>
                  <Table.Td>
                    <AssumptionInput compact label={`${level.name || `Tier ${i + 1}`}: dropout reduction`} unit="percent" value={level.dropoutReduction} onChange={(dropoutReduction) => edit({ dropoutReduction })} defaultValue={defaultAt(`${path}.dropoutReduction`)} error={errorUnder(errors, `${path}.dropoutReduction`)} />
                  </Table.Td>
                  <Table.Td>
                    <RemoveButton label={`Remove tier ${level.name || i + 1}`} disabled={off || levels.length === 1} why={off ? 'Tiers are off' : 'At least one tier is needed'} onClick={() => set({ levels: removeAt(levels, i) })} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group mt="xs" gap="sm">
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={off || levels.length >= 6} onClick={() => set({ levels: [...levels, newTierLevel(levels)] })}>
            Add a tier
          </Button>
          {errors['tiers.levels'] && (
            <Text size="xs" c="red">
              {errors['tiers.levels']}
            </Text>
          )}
        </Group>
      </div>
      <Stack gap="md">
        <AssumptionInput
          label="Demotion dropout increase"
          description="Extra weekly dropout hazard after a demotion"
          unit="percent"
          value={tiers.demotionDropoutIncrease}
          onChange={(demotionDropoutIncrease) => set({ demotionDropoutIncrease })}
          defaultValue={defaultAt('tiers.demotionDropoutIncrease')}
          error={errorUnder(errors, 'tiers.demotionDropoutIncrease')}
        />
        <IntegerField label="Demotion effect lasts" description="Weeks the extra hazard applies" suffix=" weeks" w={240} disabled={off} value={tiers.demotionEffectWeeks} onChange={(demotionEffectWeeks) => set({ demotionEffectWeeks })} error={errors['tiers.demotionEffectWeeks']} />
      </Stack>
    </Stack>
  );
}

const EXPIRY_TEXT: Readonly<Record<(typeof EXPIRY_RULES)[number], { label: string; about: string }>> = {
  none: { label: 'No expiry', about: 'Points never expire: the lowest breakage and the largest liability.' },
  rolling: { label: 'Rolling age', about: 'Each batch of points expires the given months after it was earned (oldest first).' },
  inactivity: { label: 'Inactivity', about: 'The whole balance expires after the given months without a purchase.' },
  calendarYearEnd: { label: 'Calendar year end', about: 'Points expire at the end of the calendar year.' },
};

export function ExpirySection(props: SectionProps) {
  const { draft, errors } = props;
  const expiry = draft.expiry;
  const set = (patch: Partial<typeof expiry>) => setPart(props, 'expiry', { ...expiry, ...patch });
  const usesMonths = expiry.rule === 'rolling' || expiry.rule === 'inactivity';
  return (
    <Stack gap="sm">
      <SegmentedControl size="xs" w="fit-content" data={EXPIRY_RULES.map((r) => ({ value: r, label: EXPIRY_TEXT[r].label }))} value={expiry.rule} onChange={(v) => set({ rule: v as typeof expiry.rule })} />
      <Text size="xs" c="dimmed">
        {EXPIRY_TEXT[expiry.rule].about}
      </Text>
      <IntegerField label={expiry.rule === 'inactivity' ? 'Months without a purchase' : 'Months after earning'} suffix=" months" w={240} disabled={!usesMonths} value={expiry.months} onChange={(months) => set({ months })} error={errors['expiry.months']} />
    </Stack>
  );
}
