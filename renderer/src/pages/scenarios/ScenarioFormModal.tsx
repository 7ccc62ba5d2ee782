import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../shared/contract/methods';
import { appLocale } from '../../format/formatters';
import type { ScenarioForm, ScenarioFormErrors } from './scenarioForm';

export type ScenarioFormMode = 'create' | 'edit' | 'duplicate';

interface ScenarioFormModalProps {
  mode: ScenarioFormMode | null;
  form: ScenarioForm;
  errors: ScenarioFormErrors;
  plans: readonly PlanSummary[] | null;
  saving: boolean;
  onChange: (form: ScenarioForm) => void;
  onSubmit: () => void;
  onClose: () => void;
}

const asNumber = (v: string | number): number | '' => (typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v));

/** Create, edit or duplicate a scenario: its name, its plan, and how it runs. */
export function ScenarioFormModal({ mode, form, errors, plans, saving, onChange, onSubmit, onClose }: ScenarioFormModalProps) {
  const shown = mode ?? 'create';
  const noPlans = plans !== null && plans.length === 0;
  const { t } = useTranslation('scenarios');
  const spanish = appLocale().startsWith('es');
  return (
    <Modal opened={mode !== null} onClose={onClose} title={t(`form.titles.${shown}`)} centered size="lg" data-testid="scenario-form">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="md">
          <TextInput label={t('form.name')} value={form.name} onChange={(e) => onChange({ ...form, name: e.currentTarget.value })} error={errors.name} data-autofocus maxLength={80} data-testid="scenario-name" />
          {shown === 'duplicate' ? (
            <Text size="sm" c="dimmed">
              {t('form.duplicateNote')}
            </Text>
          ) : (
            <>
              <Select
                label={t('form.plan')}
                placeholder={plans === null ? t('form.planLoading') : noPlans ? t('form.noPlans') : undefined}
                data={(plans ?? []).map((p) => ({ value: String(p.planId), label: `${p.name} (v${p.version})` }))}
                value={form.planId === null ? null : String(form.planId)}
                onChange={(v) => onChange({ ...form, planId: v === null ? null : Number(v) })}
                allowDeselect={false}
                disabled={shown === 'edit' || noPlans}
                description={shown === 'edit' ? t('form.editPlanNote') : undefined}
                error={errors.planId}
                comboboxProps={{ withinPortal: true }}
                data-testid="scenario-plan"
              />
              <Group grow align="flex-start">
                <NumberInput label={t('form.seed')} min={0} allowDecimal={false} allowNegative={false} value={form.seed} onChange={(v) => onChange({ ...form, seed: asNumber(v) })} error={errors.seed} data-testid="scenario-seed" />
                <NumberInput label={t('form.draws')} min={1} max={200} allowDecimal={false} allowNegative={false} value={form.draws} onChange={(v) => onChange({ ...form, draws: asNumber(v) })} error={errors.draws} data-testid="scenario-draws" />
                <NumberInput
                  label={t('form.sample')}
                  min={100}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator={spanish ? '.' : ','}
                  {...(spanish ? { decimalSeparator: ',' } : {})}
                  placeholder={t('form.allCustomers')}
                  value={form.maxCustomers}
                  onChange={(v) => onChange({ ...form, maxCustomers: asNumber(v) })}
                  error={errors.maxCustomers}
                  data-testid="scenario-max-customers"
                />
              </Group>
              <Text size="xs" c="dimmed">
                {t('form.settingsNote')}
              </Text>
            </>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={shown === 'create' && noPlans} data-testid="scenario-form-submit">
              {t(`form.actions.${shown}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
