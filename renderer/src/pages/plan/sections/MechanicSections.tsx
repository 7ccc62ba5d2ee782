import { ActionIcon, Box, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Switch, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('plan');
  const promotions = draft.promotions;
  const set = (next: typeof promotions) => setPart(props, 'promotions', next);
  return (
    <Stack gap="sm" data-testid="promotions">
      {promotions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('promotions.none')}
        </Text>
      )}
      {promotions.map((promo, i) => {
        const path = `promotions.${i}`;
        const edit = (patch: Partial<typeof promo>) => set(replaceAt(promotions, i, { ...promo, ...patch }));
        return (
          <Paper key={i} withBorder radius="md" p="md" data-testid="promotion">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
              <Box style={{ ...PROMOTION_GRID, flex: 1 }}>
                <TextInput label={t('promotions.name')} value={promo.name} onChange={(e) => edit({ name: e.currentTarget.value })} error={errors[`${path}.name`]} />
                <NumberField label={t('promotions.multiplier')} description={t('promotions.multiplierAbout')} suffix="×" decimalScale={2} value={promo.pointsMultiplier} onChange={(pointsMultiplier) => edit({ pointsMultiplier })} error={errors[`${path}.pointsMultiplier`]} />
                <IntegerField label={t('promotions.start')} description={t('promotions.startAbout')} prefix={t('units.weekPrefix')} value={promo.startWeek} onChange={(startWeek) => edit({ startWeek })} error={errors[`${path}.startWeek`]} />
                <IntegerField label={t('promotions.length')} description={t('promotions.lengthAbout')} suffix={promo.lengthWeeks === 1 ? t('units.week') : t('units.weeks')} value={promo.lengthWeeks} onChange={(lengthWeeks) => edit({ lengthWeeks })} error={errors[`${path}.lengthWeeks`]} />
              </Box>
              <Tooltip label={t('promotions.remove')} withArrow>
                <ActionIcon variant="subtle" color="gray" mt={24} aria-label={t('promotions.removeAria', { name: promo.name || t('promotions.thePromotion') })} onClick={() => set(removeAt(promotions, i))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <Box style={PROMOTION_GRID} mt="sm" mr={44}>
              <SegmentsMultiSelect label={t('promotions.segments')} value={promo.segments} onChange={(segments) => edit({ segments })} segmentNames={segmentNames} error={errors[`${path}.segments`]} />
              <LabelledAssumption label={t('promotions.uplift')} unit="percent" value={promo.upliftShare} onChange={(upliftShare) => edit({ upliftShare })} defaultValue={defaultAt(`${path}.upliftShare`)} error={errorUnder(errors, `${path}.upliftShare`)} />
              <LabelledAssumption label={t('promotions.pullForward')} unit="percent" value={promo.pullForwardShare} onChange={(pullForwardShare) => edit({ pullForwardShare })} defaultValue={defaultAt(`${path}.pullForwardShare`)} error={errorUnder(errors, `${path}.pullForwardShare`)} />
              <LabelledAssumption label={t('promotions.dip')} unit="weeks" value={promo.dipWeeks} onChange={(dipWeeks) => edit({ dipWeeks })} defaultValue={defaultAt(`${path}.dipWeeks`)} error={errorUnder(errors, `${path}.dipWeeks`)} />
            </Box>
          </Paper>
        );
      })}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={promotions.length >= 50} onClick={() => set([...promotions, newPromotion(t('promotions.newName'))])} data-testid="add-promotion">
          {t('promotions.add')}
        </Button>
      </Group>
    </Stack>
  );
}

export function FrequencySection(props: SectionProps) {
  const { draft, errors } = props;
  const { t } = useTranslation('plan');
  const frequency = draft.frequency;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof frequency>) => setPart(props, 'frequency', { ...frequency, ...patch });
  const { punchCard: card, visitBonus: visits, streak } = frequency;
  return (
    <Stack gap="lg">
      <div>
        <Switch label={t('frequency.punchCard')} description={t('frequency.punchCardAbout')} checked={card.enabled} onChange={(e) => set({ punchCard: { ...card, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <IntegerField label={t('frequency.purchasesNeeded')} suffix={t('units.purchases')} disabled={!card.enabled} value={card.purchasesNeeded} onChange={(purchasesNeeded) => set({ punchCard: { ...card, purchasesNeeded } })} error={errors['frequency.punchCard.purchasesNeeded']} />
          <MoneyField currency={currency} label={t('frequency.cardReward')} disabled={!card.enabled} value={card.rewardValueCurrency} onChange={(rewardValueCurrency) => set({ punchCard: { ...card, rewardValueCurrency } })} error={errors['frequency.punchCard.rewardValueCurrency']} />
          <IntegerField label={t('frequency.prestamped')} description={t('frequency.prestampedAbout')} suffix={t('units.stamps')} disabled={!card.enabled} value={card.prestampedPurchases} onChange={(prestampedPurchases) => set({ punchCard: { ...card, prestampedPurchases } })} error={errors['frequency.punchCard.prestampedPurchases']} />
        </SimpleGrid>
      </div>
      <div>
        <Switch label={t('frequency.visitBonus')} description={t('frequency.visitBonusAbout')} checked={visits.enabled} onChange={(e) => set({ visitBonus: { ...visits, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <IntegerField label={t('frequency.visits')} suffix={t('units.visits')} disabled={!visits.enabled} value={visits.visits} onChange={(v) => set({ visitBonus: { ...visits, visits: v } })} error={errors['frequency.visitBonus.visits']} />
          <IntegerField label={t('frequency.within')} suffix={t('units.weeks')} disabled={!visits.enabled} value={visits.periodWeeks} onChange={(periodWeeks) => set({ visitBonus: { ...visits, periodWeeks } })} error={errors['frequency.visitBonus.periodWeeks']} />
          <IntegerField label={t('frequency.bonus')} suffix={t('units.pts')} disabled={!visits.enabled} value={visits.bonusPoints} onChange={(bonusPoints) => set({ visitBonus: { ...visits, bonusPoints } })} error={errors['frequency.visitBonus.bonusPoints']} />
        </SimpleGrid>
      </div>
      <div>
        <Switch label={t('frequency.streak')} description={t('frequency.streakAbout')} checked={streak.enabled} onChange={(e) => set({ streak: { ...streak, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <IntegerField label={t('frequency.period')} suffix={t('units.weeks')} disabled={!streak.enabled} value={streak.periodWeeks} onChange={(periodWeeks) => set({ streak: { ...streak, periodWeeks } })} error={errors['frequency.streak.periodWeeks']} />
          <IntegerField label={t('frequency.periodsInARow')} suffix={t('units.periods')} disabled={!streak.enabled} value={streak.periodsInARow} onChange={(periodsInARow) => set({ streak: { ...streak, periodsInARow } })} error={errors['frequency.streak.periodsInARow']} />
          <IntegerField label={t('frequency.bonus')} suffix={t('units.pts')} disabled={!streak.enabled} value={streak.bonusPoints} onChange={(bonusPoints) => set({ streak: { ...streak, bonusPoints } })} error={errors['frequency.streak.bonusPoints']} />
        </SimpleGrid>
      </div>
    </Stack>
  );
}

export function TiersSection(props: SectionProps) {
  const { draft, errors } = props;
  const { t } = useTranslation('plan');
  const tiers = draft.tiers;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof tiers>) => setPart(props, 'tiers', { ...tiers, ...patch });
  const levels = tiers.levels;
  const off = !tiers.enabled;
  return (
    <Stack gap="md">
      <Switch label={t('tiers.tiers')} description={t('tiers.tiersAbout')} checked={tiers.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
      <SimpleGrid cols={3} spacing="md">
        <IntegerField label={t('tiers.window')} description={t('tiers.windowAbout')} suffix={t('units.weeks')} disabled={off} value={tiers.rollingWindowWeeks} onChange={(rollingWindowWeeks) => set({ rollingWindowWeeks })} error={errors['tiers.rollingWindowWeeks']} />
        <IntegerField label={t('tiers.review')} description={t('tiers.reviewAbout')} suffix={t('units.weeks')} disabled={off} value={tiers.reviewEveryWeeks} onChange={(reviewEveryWeeks) => set({ reviewEveryWeeks })} error={errors['tiers.reviewEveryWeeks']} />
      </SimpleGrid>
      <div>
        <SubHeading title={t('tiers.levels')} about={t('tiers.levelsAbout')} />
        <Table withTableBorder verticalSpacing={6} horizontalSpacing="sm" data-testid="tier-levels">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={190}>{t('tiers.tier')}</Table.Th>
              <Table.Th w={190}>{t('tiers.spend')}</Table.Th>
              <Table.Th w={130}>{t('tiers.multiplier')}</Table.Th>
              <Table.Th>{t('tiers.dropout')}</Table.Th>
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
                    <TextInput size="xs" aria-label={t('tiers.nameAria', { row: i + 1 })} disabled={off} value={level.name} onChange={(e) => edit({ name: e.currentTarget.value })} error={errors[`${path}.name`]} />
                  </Table.Td>
                  <Table.Td>
                    <MoneyField currency={currency} size="xs" aria-label={t('tiers.spendAria', { row: i + 1 })} disabled={off} value={level.qualifyingSpendCurrency} onChange={(qualifyingSpendCurrency) => edit({ qualifyingSpendCurrency })} error={errors[`${path}.qualifyingSpendCurrency`]} />
                  </Table.Td>
                  <Table.Td>
                    <NumberField size="xs" aria-label={t('tiers.multiplierAria', { row: i + 1 })} suffix="×" decimalScale={2} disabled={off} value={level.earnMultiplier} onChange={(earnMultiplier) => edit({ earnMultiplier })} error={errors[`${path}.earnMultiplier`]} />
                  </Table.Td>
                  <Table.Td>
                    <AssumptionInput compact label={t('tiers.dropoutAria', { name: level.name || t('tiers.tierN', { row: i + 1 }) })} unit="percent" value={level.dropoutReduction} onChange={(dropoutReduction) => edit({ dropoutReduction })} defaultValue={defaultAt(`${path}.dropoutReduction`)} error={errorUnder(errors, `${path}.dropoutReduction`)} />
                  </Table.Td>
                  <Table.Td>
                    <RemoveButton label={t('tiers.remove', { name: level.name || i + 1 })} disabled={off || levels.length === 1} why={off ? t('tiers.off') : t('tiers.oneNeeded')} onClick={() => set({ levels: removeAt(levels, i) })} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group mt="xs" gap="sm">
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={off || levels.length >= 6} onClick={() => set({ levels: [...levels, newTierLevel(levels)] })}>
            {t('tiers.add')}
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
          label={t('tiers.demotion')}
          description={t('tiers.demotionAbout')}
          unit="percent"
          value={tiers.demotionDropoutIncrease}
          onChange={(demotionDropoutIncrease) => set({ demotionDropoutIncrease })}
          defaultValue={defaultAt('tiers.demotionDropoutIncrease')}
          error={errorUnder(errors, 'tiers.demotionDropoutIncrease')}
        />
        <IntegerField label={t('tiers.demotionLasts')} description={t('tiers.demotionLastsAbout')} suffix={t('units.weeks')} w={240} disabled={off} value={tiers.demotionEffectWeeks} onChange={(demotionEffectWeeks) => set({ demotionEffectWeeks })} error={errors['tiers.demotionEffectWeeks']} />
      </Stack>
    </Stack>
  );
}


export function ExpirySection(props: SectionProps) {
  const { draft, errors } = props;
  const { t } = useTranslation('plan');
  const expiry = draft.expiry;
  const set = (patch: Partial<typeof expiry>) => setPart(props, 'expiry', { ...expiry, ...patch });
  const usesMonths = expiry.rule === 'rolling' || expiry.rule === 'inactivity';
  return (
    <Stack gap="sm">
      <SegmentedControl size="xs" w="fit-content" data={EXPIRY_RULES.map((r) => ({ value: r, label: t(`expiry.${r}`) }))} value={expiry.rule} onChange={(v) => set({ rule: v as typeof expiry.rule })} />
      <Text size="xs" c="dimmed">
        {t(`expiry.${expiry.rule}About`)}
      </Text>
      <IntegerField label={expiry.rule === 'inactivity' ? t('expiry.monthsInactive') : t('expiry.monthsAfter')} suffix={t('units.months')} w={240} disabled={!usesMonths} value={expiry.months} onChange={(months) => set({ months })} error={errors['expiry.months']} />
    </Stack>
  );
}
