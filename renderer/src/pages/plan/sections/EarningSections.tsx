import { Button, Group, Input, SegmentedControl, Select, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { RemoveButton } from '../RowButtons';
import { AssumptionInput } from '../AssumptionInput';
import { IntegerField, MoneyField, NumberField, PercentField } from '../fields';
import { newReward } from '../planDefaults';
import { errorUnder, removeAt, replaceAt } from '../planForm';
import { SegmentAssumptionRows, SegmentsMultiSelect } from '../SegmentInputs';
import { defaultAt, setPart, type SectionProps } from './sectionProps';
import { SubHeading } from './SubHeading';

const num = (x: number | ''): number => (x === '' ? 0 : x);

export function EnrolmentSection(props: SectionProps) {
  const { draft, errors, segmentNames } = props;
  const enrolment = draft.enrolment;
  const set = (patch: Partial<typeof enrolment>) => setPart(props, 'enrolment', { ...enrolment, ...patch });
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="md">
        <SegmentsMultiSelect
          label="Eligible segments"
          description="Who is invited to join"
          value={enrolment.eligibleSegments}
          onChange={(eligibleSegments) => set({ eligibleSegments })}
          segmentNames={segmentNames}
          error={errors['enrolment.eligibleSegments']}
        />
        <IntegerField label="Ramp-up" description="Weeks until all have joined (0 = at launch)" suffix=" weeks" value={enrolment.rampUpWeeks} onChange={(rampUpWeeks) => set({ rampUpWeeks })} error={errors['enrolment.rampUpWeeks']} />
      </SimpleGrid>
      <div>
        <SubHeading title="Enrolment rate by segment" about="Share of an eligible segment's customers that joins; the All segments row applies to segments without their own row." />
        <SegmentAssumptionRows
          label="Enrolment rate"
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
        label="Self-selection power"
        description="The chance of joining grows with the customer's purchase rate to this power (0 = unrelated to how much one buys)."
        unit="number"
        value={enrolment.selfSelectionPower}
        onChange={(selfSelectionPower) => set({ selfSelectionPower })}
        defaultValue={defaultAt('enrolment.selfSelectionPower')}
        error={errorUnder(errors, 'enrolment.selfSelectionPower')}
      />
    </Stack>
  );
}

const ROUNDING = [
  { value: 'down', label: 'Round down' },
  { value: 'nearest', label: 'Round to nearest' },
  { value: 'none', label: 'No rounding (fractions kept)' },
];

export function EarningSection(props: SectionProps) {
  const { draft, errors, figures } = props;
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
          label="Points per currency unit"
          description={`Base earn, points per ${currency} spent`}
          suffix=" pts"
          decimalScale={4}
          value={earning.pointsPerCurrencyUnit}
          onChange={(pointsPerCurrencyUnit) => set({ pointsPerCurrencyUnit })}
          error={errors['earning.pointsPerCurrencyUnit']}
          testId="earn-rate"
        />
        <MoneyField
          currency={currency}
          label="Point value"
          description="What one point is worth when redeemed"
          value={earning.pointValueCurrency}
          onChange={(pointValueCurrency) => set({ pointValueCurrency })}
          error={errors['earning.pointValueCurrency']}
          testId="point-value"
        />
        <Select label="Rounding" description="Of the points earned on a purchase" data={ROUNDING} value={earning.rounding} onChange={(v) => v && set({ rounding: v as typeof earning.rounding })} allowDeselect={false} />
      </SimpleGrid>
      <div>
        <SubHeading title="Reward mix" about="Shares of the reward value by kind; they add up to 100%. The cost per point follows from them." />
        <SimpleGrid cols={3} spacing="md">
          <PercentField label="Cash-like" description="Vouchers, cash back: at face value" value={mix.cashLike} onChange={(cashLike) => setMix({ cashLike })} error={errors['earning.rewardMix.cashLike']} />
          <PercentField label="Own merchandise" description="At its cost: value × (1 − margin)" value={mix.ownMerchandise} onChange={(ownMerchandise) => setMix({ ownMerchandise })} error={errors['earning.rewardMix.ownMerchandise']} />
          <PercentField label="Partner rewards" description="At the partner's rate" value={mix.partner} onChange={(partner) => setMix({ partner })} error={errors['earning.rewardMix.partner']} />
          <PercentField label="Merchandise margin" description="Gross margin on reward merchandise" value={earning.ownMerchandiseMarginRate} onChange={(ownMerchandiseMarginRate) => set({ ownMerchandiseMarginRate })} error={errors['earning.ownMerchandiseMarginRate']} />
          <PercentField label="Partner reward cost rate" description="Cost per unit of reward value" value={earning.partnerRewardCostRate} onChange={(partnerRewardCostRate) => set({ partnerRewardCostRate })} error={errors['earning.partnerRewardCostRate']} />
          <Stack gap={2} justify="flex-end" data-testid="cost-per-point">
            <Text size="xs" c="dimmed">
              Cost per point
            </Text>
            <Text size="lg" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {figures ? `${figures.costPerPointCurrency.toFixed(4)} ${currency}` : '–'}
            </Text>
            <Text size="xs" c="dimmed">
              {figures && num(earning.pointValueCurrency) > 0 ? `${((figures.costPerPointCurrency / num(earning.pointValueCurrency)) * 100).toFixed(1)}% of the point's value` : ' '}
            </Text>
          </Stack>
        </SimpleGrid>
        <Text size="xs" mt={6} c={errors['earning.rewardMix'] ? 'red' : 'dimmed'} data-testid="reward-mix-total">
          Mix total {(mixTotal * 100).toFixed(1)}%{errors['earning.rewardMix'] ? ` — ${errors['earning.rewardMix']}` : ''}
        </Text>
      </div>
    </Stack>
  );
}

export function RewardsSection(props: SectionProps) {
  const { draft, errors, segmentNames } = props;
  const rewards = draft.rewards;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof rewards>) => setPart(props, 'rewards', { ...rewards, ...patch });
  const catalogue = rewards.catalogue;
  const pointValue = num(draft.earning.pointValueCurrency);
  return (
    <Stack gap="md">
      <Group gap="xl" align="flex-start">
        <Input.Wrapper label="Mode" description="How points turn into rewards">
          <SegmentedControl
            display="flex"
            size="sm"
            data={[
              { value: 'threshold', label: 'Threshold catalogue' },
              { value: 'linear', label: 'Linear (spend freely)' },
            ]}
            value={rewards.mode}
            onChange={(v) => set({ mode: v as typeof rewards.mode })}
          />
        </Input.Wrapper>
        <IntegerField label="Minimum balance" description="Points kept after a redemption" suffix=" pts" w={220} value={rewards.minimumBalancePoints} onChange={(minimumBalancePoints) => set({ minimumBalancePoints })} error={errors['rewards.minimumBalancePoints']} />
      </Group>
      <div>
        <SubHeading title="Catalogue" about="Rewards issued when the balance reaches their threshold." />
        <Table withTableBorder verticalSpacing={6} horizontalSpacing="sm" maw={640} data-testid="reward-catalogue">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Threshold</Table.Th>
              <Table.Th>Reward value</Table.Th>
              <Table.Th ta="right">Value per point</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {catalogue.map((reward, i) => {
              const perPoint = typeof reward.points === 'number' && reward.points > 0 && typeof reward.rewardValueCurrency === 'number' ? reward.rewardValueCurrency / reward.points : null;
              return (
                <Table.Tr key={i}>
                  <Table.Td>
                    <IntegerField aria-label={`Reward ${i + 1}: threshold`} size="xs" suffix=" pts" thousandSeparator="," value={reward.points} onChange={(points) => set({ catalogue: replaceAt(catalogue, i, { ...reward, points }) })} error={errors[`rewards.catalogue.${i}.points`]} />
                  </Table.Td>
                  <Table.Td>
                    <MoneyField currency={currency} aria-label={`Reward ${i + 1}: value`} size="xs" value={reward.rewardValueCurrency} onChange={(rewardValueCurrency) => set({ catalogue: replaceAt(catalogue, i, { ...reward, rewardValueCurrency }) })} error={errors[`rewards.catalogue.${i}.rewardValueCurrency`]} />
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    <Text size="sm" c={perPoint !== null && pointValue > 0 && Math.abs(perPoint - pointValue) > 1e-9 ? 'orange' : undefined}>
                      {perPoint === null ? '–' : `${perPoint.toFixed(4)} ${currency}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RemoveButton label={`Remove reward ${i + 1}`} disabled={catalogue.length === 1} why="The catalogue needs a reward" onClick={() => set({ catalogue: removeAt(catalogue, i) })} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group mt="xs" gap="sm">
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={catalogue.length >= 20} onClick={() => set({ catalogue: [...catalogue, newReward(catalogue)] })}>
            Add a reward
          </Button>
          <Text size="xs" c="dimmed">
            A value per point other than the point value ({pointValue.toFixed(4)} {currency}) is shown in orange.
          </Text>
        </Group>
      </div>
      <div>
        <SubHeading title="Redemption propensity by segment" about="Weekly chance that a member who can redeem does so; the All segments row applies to segments without their own row." />
        <SegmentAssumptionRows
          label="Redemption propensity"
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
          label="Balance elasticity"
          description="Rise of the propensity per extra reward's worth of balance"
          unit="times"
          value={rewards.balanceElasticity}
          onChange={(balanceElasticity) => set({ balanceElasticity })}
          defaultValue={defaultAt('rewards.balanceElasticity')}
          error={errorUnder(errors, 'rewards.balanceElasticity')}
        />
        <AssumptionInput
          label="Near-expiry boost"
          description="Propensity multiplier before points expire"
          unit="times"
          value={rewards.nearExpiryBoost}
          onChange={(nearExpiryBoost) => set({ nearExpiryBoost })}
          defaultValue={defaultAt('rewards.nearExpiryBoost')}
          error={errorUnder(errors, 'rewards.nearExpiryBoost')}
        />
        <IntegerField label="Near-expiry window" description="Weeks before expiry the boost applies" suffix=" weeks" w={240} value={rewards.nearExpiryWeeks} onChange={(nearExpiryWeeks) => set({ nearExpiryWeeks })} error={errors['rewards.nearExpiryWeeks']} />
      </Stack>
    </Stack>
  );
}

export function BonusesSection(props: SectionProps) {
  const { draft, errors } = props;
  const bonuses = draft.bonuses;
  const currency = draft.currency || '…';
  const set = (patch: Partial<typeof bonuses>) => setPart(props, 'bonuses', { ...bonuses, ...patch });
  const spend = bonuses.spendThreshold;
  const category = bonuses.categoryBonus;
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="md">
        <IntegerField label="Welcome bonus" description="On joining" suffix=" pts" value={bonuses.welcomePoints} onChange={(welcomePoints) => set({ welcomePoints })} error={errors['bonuses.welcomePoints']} />
        <IntegerField label="Birthday bonus" description="Once a year" suffix=" pts" value={bonuses.birthdayPoints} onChange={(birthdayPoints) => set({ birthdayPoints })} error={errors['bonuses.birthdayPoints']} />
      </SimpleGrid>
      <div>
        <Switch label="Spend-threshold bonus" description="Extra points on a large basket" checked={spend.enabled} onChange={(e) => set({ spendThreshold: { ...spend, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <MoneyField currency={currency} label="Basket over" disabled={!spend.enabled} value={spend.basketOverCurrency} onChange={(basketOverCurrency) => set({ spendThreshold: { ...spend, basketOverCurrency } })} error={errors['bonuses.spendThreshold.basketOverCurrency']} />
          <IntegerField label="Bonus" suffix=" pts" disabled={!spend.enabled} value={spend.bonusPoints} onChange={(bonusPoints) => set({ spendThreshold: { ...spend, bonusPoints } })} error={errors['bonuses.spendThreshold.bonusPoints']} />
        </SimpleGrid>
      </div>
      <div>
        <Switch label="Category bonus" description="A featured category earns extra points" checked={category.enabled} onChange={(e) => set({ categoryBonus: { ...category, enabled: e.currentTarget.checked } })} mb="xs" />
        <SimpleGrid cols={3} spacing="md">
          <PercentField label="Category share of basket" disabled={!category.enabled} value={category.categoryShareOfBasket} onChange={(categoryShareOfBasket) => set({ categoryBonus: { ...category, categoryShareOfBasket } })} error={errors['bonuses.categoryBonus.categoryShareOfBasket']} />
          <NumberField label="Extra multiplier" description="× base earn on that share" suffix="×" decimalScale={2} disabled={!category.enabled} value={category.extraMultiplier} onChange={(extraMultiplier) => set({ categoryBonus: { ...category, extraMultiplier } })} error={errors['bonuses.categoryBonus.extraMultiplier']} />
        </SimpleGrid>
      </div>
    </Stack>
  );
}
