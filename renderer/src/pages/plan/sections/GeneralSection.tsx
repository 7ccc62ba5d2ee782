import { SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IntegerField, MoneyField, PercentField } from '../fields';
import { setPart, type SectionProps } from './sectionProps';

/** What the whole plan is: its name, currency, horizon, margin, discount rate and fixed costs. */
export function GeneralSection(props: SectionProps) {
  const { draft, errors, onChange } = props;
  const currency = draft.currency || '…';
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="md" verticalSpacing="sm">
        <TextInput label="Plan name" description="As reports and runs will show it" value={draft.name} onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })} error={errors.name} data-testid="plan-name" />
        <TextInput
          label="Currency"
          description="ISO code, e.g. EUR"
          value={draft.currency}
          onChange={(e) => onChange({ ...draft, currency: e.currentTarget.value.toUpperCase() })}
          error={errors.currency}
          maxLength={3}
        />
        <IntegerField label="Horizon" description="How far the simulation looks" suffix=" weeks" value={draft.horizonWeeks} onChange={(v) => onChange({ ...draft, horizonWeeks: v })} error={errors.horizonWeeks} />
        <PercentField label="Gross margin" description="On sales, before the programme" value={draft.grossMarginRate} onChange={(v) => onChange({ ...draft, grossMarginRate: v })} error={errors.grossMarginRate} />
        <PercentField label="Discount rate" description="Per year, for NPV" value={draft.discountRatePerYear} onChange={(v) => onChange({ ...draft, discountRatePerYear: v })} error={errors.discountRatePerYear} />
      </SimpleGrid>
      <Textarea label="Description" value={draft.description} onChange={(e) => onChange({ ...draft, description: e.currentTarget.value })} error={errors.description} autosize minRows={2} maxRows={5} />
      <div>
        <Text size="sm" fw={600}>
          Fixed costs
        </Text>
        <Text size="xs" c="dimmed" mb="xs">
          What the programme costs whatever the members do.
        </Text>
        <SimpleGrid cols={3} spacing="md">
          <MoneyField currency={currency} label="Launch" description="Once, at the start" value={draft.costs.launchCurrency} onChange={(v) => setPart(props, 'costs', { ...draft.costs, launchCurrency: v })} error={errors['costs.launchCurrency']} />
          <MoneyField currency={currency} label="Platform" description="Per month" value={draft.costs.platformPerMonthCurrency} onChange={(v) => setPart(props, 'costs', { ...draft.costs, platformPerMonthCurrency: v })} error={errors['costs.platformPerMonthCurrency']} />
          <MoneyField currency={currency} label="Staff" description="Per year" value={draft.costs.staffPerYearCurrency} onChange={(v) => setPart(props, 'costs', { ...draft.costs, staffPerYearCurrency: v })} error={errors['costs.staffPerYearCurrency']} />
        </SimpleGrid>
      </div>
    </Stack>
  );
}
