import { SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IntegerField, MoneyField, PercentField } from '../fields';
import { setPart, type SectionProps } from './sectionProps';

/** What the whole plan is: its name, currency, horizon, margin, discount rate and fixed costs. */
export function GeneralSection(props: SectionProps) {
  const { draft, errors, onChange } = props;
  const currency = draft.currency || '…';
  const { t } = useTranslation('plan');
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="md" verticalSpacing="sm">
        <TextInput label={t('general.name')} description={t('general.nameAbout')} value={draft.name} onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })} error={errors.name} data-testid="plan-name" />
        <TextInput
          label={t('general.currency')}
          description={t('general.currencyAbout')}
          value={draft.currency}
          onChange={(e) => onChange({ ...draft, currency: e.currentTarget.value.toUpperCase() })}
          error={errors.currency ?? (draft.currency.length === 3 && draft.currency !== props.workspaceCurrency ? t('general.currencyNotWorkspace', { plan: draft.currency, workspace: props.workspaceCurrency }) : undefined)}
          maxLength={3}
          data-testid="plan-currency"
        />
        <IntegerField label={t('general.horizon')} description={t('general.horizonAbout')} suffix={t('units.weeks')} value={draft.horizonWeeks} onChange={(v) => onChange({ ...draft, horizonWeeks: v })} error={errors.horizonWeeks} />
        <PercentField label={t('general.margin')} description={t('general.marginAbout')} value={draft.grossMarginRate} onChange={(v) => onChange({ ...draft, grossMarginRate: v })} error={errors.grossMarginRate} />
        <PercentField label={t('general.discount')} description={t('general.discountAbout')} value={draft.discountRatePerYear} onChange={(v) => onChange({ ...draft, discountRatePerYear: v })} error={errors.discountRatePerYear} />
      </SimpleGrid>
      <Textarea label={t('general.description')} value={draft.description} onChange={(e) => onChange({ ...draft, description: e.currentTarget.value })} error={errors.description} autosize minRows={2} maxRows={5} />
      <div>
        <Text size="sm" fw={600}>
          {t('general.fixedCosts')}
        </Text>
        <Text size="xs" c="dimmed" mb="xs">
          {t('general.fixedCostsAbout')}
        </Text>
        <SimpleGrid cols={3} spacing="md">
          <MoneyField currency={currency} label={t('general.launch')} description={t('general.launchAbout')} value={draft.costs.launchCurrency} onChange={(v) => setPart(props, 'costs', { ...draft.costs, launchCurrency: v })} error={errors['costs.launchCurrency']} />
          <MoneyField currency={currency} label={t('general.platform')} description={t('general.platformAbout')} value={draft.costs.platformPerMonthCurrency} onChange={(v) => setPart(props, 'costs', { ...draft.costs, platformPerMonthCurrency: v })} error={errors['costs.platformPerMonthCurrency']} />
          <MoneyField currency={currency} label={t('general.staff')} description={t('general.staffAbout')} value={draft.costs.staffPerYearCurrency} onChange={(v) => setPart(props, 'costs', { ...draft.costs, staffPerYearCurrency: v })} error={errors['costs.staffPerYearCurrency']} />
        </SimpleGrid>
      </div>
    </Stack>
  );
}
