import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { TimeUnit } from '../../../../shared/domain/timeUnits';
import type { FitForm, FitFormErrors } from './fitForm';
import { useTranslation } from 'react-i18next';

interface FitModelsFormProps {
  form: FitForm;
  errors: FitFormErrors;
  running: boolean;
  disabled: boolean;
  onChange: (form: FitForm) => void;
  onFit: () => void;
}

const UNITS: readonly TimeUnit[] = ['day', 'week', 'month'];

/** The calibration and holdout periods the models are fitted and judged on. */
export function FitModelsForm({ form, errors, running, disabled, onChange, onFit }: FitModelsFormProps) {
  const { t } = useTranslation('value');
  return (
    <Paper withBorder radius="md" p="lg">
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <TextInput
          type="date"
          label={t('form.calibrationEnd')}
          description={t('form.calibrationEndAbout')}
          value={form.calibrationEnd}
          onChange={(e) => onChange({ ...form, calibrationEnd: e.currentTarget.value })}
          error={errors.calibrationEnd}
          w={230}
          data-testid="calibration-end"
        />
        <TextInput
          type="date"
          label={t('form.holdoutEnd')}
          description={t('form.holdoutEndAbout')}
          value={form.holdoutEnd}
          onChange={(e) => onChange({ ...form, holdoutEnd: e.currentTarget.value })}
          error={errors.holdoutEnd}
          w={230}
          data-testid="holdout-end"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('form.timeUnit')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('form.timeUnitAbout')}
          </Text>
          <SegmentedControl data={UNITS.map((unit) => ({ value: unit, label: t(`form.units.${unit}`) }))} value={form.unit} onChange={(value) => onChange({ ...form, unit: value as TimeUnit })} data-testid="fit-unit" />
        </Stack>
        <Button leftSection={<IconPlayerPlay size={16} />} onClick={onFit} loading={running} disabled={disabled} mt={46} ml="auto" data-testid="fit-models">
          {t('form.fit')}
        </Button>
      </Group>
    </Paper>
  );
}
