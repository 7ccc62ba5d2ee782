import { Button, Group, NumberInput, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconChartDots3 } from '@tabler/icons-react';
import type { SegmentMethod } from '../../../../shared/contract/segmentSchemas';
import type { SegmentForm, SegmentFormErrors } from './segmentForm';
import { useTranslation } from 'react-i18next';

const METHODS: readonly SegmentMethod[] = ['tiers', 'rfm', 'kmeans'];

interface SegmentSettingsFormProps {
  form: SegmentForm;
  errors: SegmentFormErrors;
  running: boolean;
  disabled: boolean;
  onChange: (form: SegmentForm) => void;
  onRun: () => void;
}

const asNumber = (v: string | number): number | '' => (typeof v === 'number' ? v : '');

/** How to segment, and how customers are valued before they are grouped. */
export function SegmentSettingsForm({ form, errors, running, disabled, onChange, onRun }: SegmentSettingsFormProps) {
  const { t } = useTranslation('segments');
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group align="flex-start" gap="xl" wrap="nowrap">
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('settings.method')}
            </Text>
            <SegmentedControl
              data={METHODS.map((m) => ({ value: m, label: t(`settings.methods.${m}.label`) }))}
              value={form.method} onChange={(v) => onChange({ ...form, method: v as SegmentMethod })} data-testid="segment-method" />
            <Text size="xs" c="dimmed" maw={380}>
              {t(`settings.methods.${form.method}.about`)}
            </Text>
          </Stack>
          {form.method === 'kmeans' && (
            <NumberInput
              label={t('settings.k')}
              description={t('settings.kAbout')}
              placeholder={t('settings.kPlaceholder')}
              value={form.k}
              onChange={(v) => onChange({ ...form, k: asNumber(v) })}
              error={errors.k}
              min={2}
              max={12}
              allowDecimal={false}
              w={190}
              data-testid="segment-k"
            />
          )}
        </Group>
        <Group align="flex-start" gap="lg" wrap="nowrap">
          <NumberInput
            label={t('settings.horizon')}
            description={t('settings.horizonAbout')}
            suffix={t('settings.months')}
            value={form.horizonMonths}
            onChange={(v) => onChange({ ...form, horizonMonths: asNumber(v) })}
            error={errors.horizonMonths}
            allowDecimal={false}
            w={190}
            data-testid="value-horizon"
          />
          <NumberInput
            label={t('settings.discount')}
            description={t('settings.discountAbout')}
            suffix="%"
            value={form.discountRatePercent}
            onChange={(v) => onChange({ ...form, discountRatePercent: asNumber(v) })}
            error={errors.discountRatePercent}
            decimalScale={2}
            w={190}
            data-testid="value-discount"
          />
          <NumberInput
            label={t('settings.margin')}
            description={t('settings.marginAbout')}
            placeholder={t('settings.marginPlaceholder')}
            suffix="%"
            value={form.marginPercent}
            onChange={(v) => onChange({ ...form, marginPercent: asNumber(v) })}
            error={errors.marginPercent}
            decimalScale={2}
            w={190}
            data-testid="value-margin"
          />
          <Button leftSection={<IconChartDots3 size={16} />} onClick={onRun} loading={running} disabled={disabled} mt={46} ml="auto" data-testid="run-segmentation">
            {t('settings.run')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
