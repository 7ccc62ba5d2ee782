import { Button, Group, Input, SegmentedControl, Select, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../RowButtons';
import { AssumptionInput } from '../AssumptionInput';
import { IntegerField, MoneyField, NumberField, PercentField } from '../fields';
import { newReward } from '../planDefaults';
import { errorUnder, removeAt, replaceAt } from '../planForm';
import { fixedDecimals, percentDecimals } from '../planText';
import { SegmentAssumptionRows, SegmentsMultiSelect } from '../SegmentInputs';
import { defaultAt, setPart, type SectionProps } from './sectionProps';
import { SubHeading } from './SubHeading';

const num = (x: number | ''): number => (x === '' ? 0 : x);

export function EnrolmentSection(props: SectionProps) {
  const { draft, errors, segmentNames } = props;
  const { t } = useTranslation('plan');
  const enrolment = draft.enrolment;
  const set = (patch: Partial<typeof enrolment>) => setPart(props, 'enrolment', { ...enrolment, ...patch });
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="md">
        <SegmentsMultiSelect
          label={t('enrolment.eligible')}
          description={t('enrolment.eligibleAbout')}
          value={enrolment.eligibleSegments}
          onChange={(eligibleSegments) => set({ eligibleSegments })}
          segmentNames={segmentNames}
          error={errors['enrolment.eligibleSegments']}
        />
        <IntegerField label={t('enrolment.rampUp')} description={t('enrolment.rampUpAbout')} suffix={t('units.weeks')} value={enrolment.rampUpWeeks} onChange={(rampUpWeeks) => set({ rampUpWeeks })} error={errors['enrolment.rampUpWeeks']} />
      </SimpleGrid>
      <div>
        <SubHeading title={t('enrolment.rateTitle')} about={t('enrolment.rateAbout')} />
        <SegmentAssumptionRows
          label={t('enrolment.rate')}
          unit="percent"
          rows={enrolment.rateBySegment}
          onChange={(rateBySegment) => set({ rateBySegment })}
          path="enrolment.rateBySegment"
          errors={errors}
          segmentNames={segmentNames}
          defaultValue={defaultAt('enrolment.rateBySegment.0.value')}
          testId="enrolment-rates"
        />
      </div>
      <AssumptionInput
        label={t('enrolment.selfSelection')}
        description={t('enrolment.selfSelectionAbout')}
        unit="number"
        value={enrolment.selfSelectionPower}
        onChange={(selfSelectionPower) => set({ selfSelectionPower })}
        defaultValue={defaultAt('enrolment.selfSelectionPower')}
        error={errorUnder(errors, 'enrolment.selfSelectionPower')}
      />
    </Stack>
  );
}


export function EarningSection(props: SectionProps) {
  const { draft, errors, figures, format } = props;
  const { t } = useTranslation('plan');
  const rounding = [
    { value: 'down', label: t('earning.roundDown') },
    { value: 'nearest', label: t('earning.roundNearest') },
    { value: 'none', label: t('earning.roundNone') },
  ];
  const earning = draft.earning;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof earning>) => setPart(props, 'earning', { ...earning, ...patch });
  const mix = earning.rewardMix;
  const setMix = (patch: Partial<typeof mix>) => set({ rewardMix: { ...mix, ...patch } });
  const mixTotal = num(mix.cashLike) + num(mix.ownMerchandise) + num(mix.partner);
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="md">
        <NumberField
          label={t('earning.rate')}
          description={t('earning.rateAbout', { currency })}
          suffix={t('units.pts')}
          decimalScale={4}
          value={earning.pointsPerCurrencyUnit}
          onChange={(pointsPerCurrencyUnit) => set({ pointsPerCurrencyUnit })}
          error={errors['earning.pointsPerCurrencyUnit']}
          testId="earn-rate"
        />
        <MoneyField
          currency={currency}
          label={t('earning.pointValue')}
          description={t('earning.pointValueAbout')}
          value={earning.pointValueCurrency}
          onChange={(pointValueCurrency) => set({ pointValueCurrency })}
          error={errors['earning.pointValueCurrency']}
          testId="point-value"
        />
        <Select label={t('earning.rounding')} description={t('earning.roundingAbout')} data={rounding} value={earning.rounding} onChange={(v) => v && set({ rounding: v as typeof earning.rounding })} allowDeselect={false} />
      </SimpleGrid>
      <div>
        <SubHeading title={t('earning.mixTitle')} about={t('earning.mixAbout')} />
        <SimpleGrid cols={3} spacing="md">
          <PercentField label={t('earning.cashLike')} description={t('earning.cashLikeAbout')} value={mix.cashLike} onChange={(cashLike) => setMix({ cashLike })} error={errors['earning.rewardMix.cashLike']} />
          <PercentField label={t('earning.ownMerchandise')} description={t('earning.ownMerchandiseAbout')} value={mix.ownMerchandise} onChange={(ownMerchandise) => setMix({ ownMerchandise })} error={errors['earning.rewardMix.ownMerchandise']} />
          <PercentField label={t('earning.partner')} description={t('earning.partnerAbout')} value={mix.partner} onChange={(partner) => setMix({ partner })} error={errors['earning.rewardMix.partner']} />
          <PercentField label={t('earning.merchandiseMargin')} description={t('earning.merchandiseMarginAbout')} value={earning.ownMerchandiseMarginRate} onChange={(ownMerchandiseMarginRate) => set({ ownMerchandiseMarginRate })} error={errors['earning.ownMerchandiseMarginRate']} />
          <PercentField label={t('earning.partnerCost')} description={t('earning.partnerCostAbout')} value={earning.partnerRewardCostRate} onChange={(partnerRewardCostRate) => set({ partnerRewardCostRate })} error={errors['earning.partnerRewardCostRate']} />
          <Stack gap={2} justify="flex-end" data-testid="cost-per-point">
            <Text size="xs" c="dimmed">
              {t('earning.costPerPoint')}
            </Text>
            <Text size="lg" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {figures ? `${fixedDecimals(figures.costPerPointCurrency, 4, format.locale)} ${currency}` : '–'}
            </Text>
            <Text size="xs" c="dimmed">
              {figures && figures.valuation.valuePerPointCurrency > 0 ? t('earning.ofPointValue', { share: percentDecimals(figures.costPerPointCurrency / figures.valuation.valuePerPointCurrency, 1, format.locale) }) : ' '}
            </Text>
          </Stack>
        </SimpleGrid>
        <Text size="xs" mt={6} c={errors['earning.rewardMix'] ? 'red' : 'dimmed'} data-testid="reward-mix-total">
          {t('earning.mixTotal', { total: percentDecimals(mixTotal, 1, format.locale) })}
          {errors['earning.rewardMix'] ? ` — ${errors['earning.rewardMix']}` : ''}
        </Text>
      </div>
    </Stack>
  );
}

export function RewardsSection(props: SectionProps) {
  const { draft, errors, segmentNames, format } = props;
  const { t } = useTranslation('plan');
  const rewards = draft.rewards;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof rewards>) => setPart(props, 'rewards', { ...rewards, ...patch });
  const catalogue = rewards.catalogue;
  const pointValue = num(draft.earning.pointValueCurrency);
  return (
    <Stack gap="md">
      <Group gap="xl" align="flex-start">
        <Input.Wrapper label={t('rewards.mode')} description={t('rewards.modeAbout')}>
          <SegmentedControl
            display="flex"
            size="sm"
            data={[
              { value: 'threshold', label: t('rewards.threshold') },
              { value: 'linear', label: t('rewards.linear') },
            ]}
            value={rewards.mode}
            onChange={(v) => set({ mode: v as typeof rewards.mode })}
          />
        </Input.Wrapper>
        <IntegerField label={t('rewards.minimumBalance')} description={t('rewards.minimumBalanceAbout')} suffix={t('units.pts')} w={220} value={rewards.minimumBalancePoints} onChange={(minimumBalancePoints) => set({ minimumBalancePoints })} error={errors['rewards.minimumBalancePoints']} />
      </Group>
      <div>
        <SubHeading title={t('rewards.catalogue')} about={t('rewards.catalogueAbout')} />
        <Table withTableBorder verticalSpacing={6} horizontalSpacing="sm" maw={640} data-testid="reward-catalogue">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rewards.thresholdColumn')}</Table.Th>
              <Table.Th>{t('rewards.valueColumn')}</Table.Th>
              <Table.Th ta="right">{t('rewards.perPointColumn')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {catalogue.map((reward, i) => {
              const perPoint = typeof reward.points === 'number' && reward.points > 0 && typeof reward.rewardValueCurrency === 'number' ? reward.rewardValueCurrency / reward.points : null;
              return (
                <Table.Tr key={i}>
                  <Table.Td>
                    <IntegerField aria-label={t('rewards.thresholdAria', { row: i + 1 })} size="xs" suffix={t('units.pts')} thousandSeparator="," value={reward.points} onChange={(points) => set({ catalogue: replaceAt(catalogue, i, { ...reward, points }) })} error={errors[`rewards.catalogue.${i}.points`]} />
                  </Table.Td>
                  <Table.Td>
                    <MoneyField currency={currency} aria-label={t('rewards.valueAria', { row: i + 1 })} size="xs" value={reward.rewardValueCurrency} onChange={(rewardValueCurrency) => set({ catalogue: replaceAt(catalogue, i, { ...reward, rewardValueCurrency }) })} error={errors[`rewards.catalogue.${i}.rewardValueCurrency`]} />
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    <Text size="sm" c={perPoint !== null && pointValue > 0 && Math.abs(perPoint - pointValue) > 1e-9 ? 'orange' : undefined}>
                      {perPoint === null ? '–' : `${fixedDecimals(perPoint, 4, format.locale)} ${currency}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RemoveButton label={t('rewards.remove', { row: i + 1 })} disabled={catalogue.length === 1} why={t('rewards.needsReward')} onClick={() => set({ catalogue: removeAt(catalogue, i) })} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group mt="xs" gap="sm">
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={catalogue.length >= 20} onClick={() => set({ catalogue: [...catalogue, newReward(catalogue)] })}>
            {t('rewards.add')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('rewards.otherValue', { value: fixedDecimals(pointValue, 4, format.locale), currency })}
          </Text>
        </Group>
      </div>
      <div>
        <SubHeading title={t('rewards.propensityTitle')} about={t('rewards.propensityAbout')} />
        <SegmentAssumptionRows
          label={t('rewards.propensity')}
          unit="percent"
          rows={rewards.redemptionPropensityBySegment}
          onChange={(redemptionPropensityBySegment) => set({ redemptionPropensityBySegment })}
          path="rewards.redemptionPropensityBySegment"
          errors={errors}
          segmentNames={segmentNames}
          defaultValue={defaultAt('rewards.redemptionPropensityBySegment.0.value')}
          testId="redemption-propensity"
        />
      </div>
      <Stack gap="md">
        <AssumptionInput
          label={t('rewards.elasticity')}
          description={t('rewards.elasticityAbout')}
          unit="times"
          value={rewards.balanceElasticity}
          onChange={(balanceElasticity) => set({ balanceElasticity })}
          defaultValue={defaultAt('rewards.balanceElasticity')}
          error={errorUnder(errors, 'rewards.balanceElasticity')}
        />
        <AssumptionInput
          label={t('rewards.nearExpiry')}
          description={t('rewards.nearExpiryAbout')}
          unit="times"
          value={rewards.nearExpiryBoost}
          onChange={(nearExpiryBoost) => set({ nearExpiryBoost })}
          defaultValue={defaultAt('rewards.nearExpiryBoost')}
          error={errorUnder(errors, 'rewards.nearExpiryBoost')}
        />
        <IntegerField label={t('rewards.nearExpiryWindow')} description={t('rewards.nearExpiryWindowAbout')} suffix={t('units.weeks')} w={240} value={rewards.nearExpiryWeeks} onChange={(nearExpiryWeeks) => set({ nearExpiryWeeks })} error={errors['rewards.nearExpiryWeeks']} />
      </Stack>
    </Stack>
  );
}

export function BonusesSection(props: SectionProps) {
  const { draft, errors } = props;
  const { t } = useTranslation('plan');
  const bonuses = draft.bonuses;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof bonuses>) => setPart(props, 'bonuses', { ...bonuses, ...patch });
  const spend = bonuses.spendThreshold;
  const category = bonuses.categoryBonus;
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="md">
        <IntegerField label={t('bonuses.welcome')} description={t('bonuses.welcomeAbout')} suffix={t('units.pts')} value={bonuses.welcomePoints} onChange={(welcomePoints) => set({ welcomePoints })} error={errors['bonuses.welcomePoints']} />
        <IntegerField label={t('bonuses.birthday')} description={t('bonuses.birthdayAbout')} suffix={t('units.pts')} value={bonuses.birthdayPoints} onChange={(birthdayPoints) => set({ birthdayPoints })} error={errors['bonuses.birthdayPoints']} />
      </SimpleGrid>
      <div>
        <Switch label={t('bonuses.spend')} description={t('bonuses.spendAbout')} checked={spend.enabled} onChange={(e) => set({ spendThreshold: { ...spend, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <MoneyField currency={currency} label={t('bonuses.basketOver')} disabled={!spend.enabled} value={spend.basketOverCurrency} onChange={(basketOverCurrency) => set({ spendThreshold: { ...spend, basketOverCurrency } })} error={errors['bonuses.spendThreshold.basketOverCurrency']} />
          <IntegerField label={t('bonuses.bonus')} suffix={t('units.pts')} disabled={!spend.enabled} value={spend.bonusPoints} onChange={(bonusPoints) => set({ spendThreshold: { ...spend, bonusPoints } })} error={errors['bonuses.spendThreshold.bonusPoints']} />
        </SimpleGrid>
      </div>
      <div>
        <Switch label={t('bonuses.category')} description={t('bonuses.categoryAbout')} checked={category.enabled} onChange={(e) => set({ categoryBonus: { ...category, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <PercentField label={t('bonuses.categoryShare')} disabled={!category.enabled} value={category.categoryShareOfBasket} onChange={(categoryShareOfBasket) => set({ categoryBonus: { ...category, categoryShareOfBasket } })} error={errors['bonuses.categoryBonus.categoryShareOfBasket']} />
          <NumberField label={t('bonuses.extraMultiplier')} description={t('bonuses.extraMultiplierAbout')} suffix="×" decimalScale={2} disabled={!category.enabled} value={category.extraMultiplier} onChange={(extraMultiplier) => set({ categoryBonus: { ...category, extraMultiplier } })} error={errors['bonuses.categoryBonus.extraMultiplier']} />
        </SimpleGrid>
      </div>
    </Stack>
  );
}
