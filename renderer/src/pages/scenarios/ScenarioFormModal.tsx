import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import type { PlanSummary } from '../../../../shared/contract/methods';
import type { ScenarioForm, ScenarioFormErrors } from './scenarioForm';

const STRINGS = {
  titles: { create: 'New scenario', edit: 'Edit scenario', duplicate: 'Duplicate scenario' },
  actions: { create: 'Create scenario', edit: 'Save changes', duplicate: 'Duplicate' },
  cancel: 'Cancel',
  name: 'Scenario name',
  plan: 'Plan',
  planLoading: 'Loading plans…',
  noPlans: 'No plans yet: design one on the Plan page',
  seed: 'Seed',
  draws: 'Assumption draws',
  sample: 'Customers to simulate',
  allCustomers: 'All customers',
  editPlanNote: 'A scenario keeps its plan. To try another plan, create a new scenario from it.',
  duplicateNote: 'The copy gets its own copy of the plan, so you can change one without the other.',
  settingsNote:
    'The same plan and seed give the same results. Draw 0 is the base case; further draws sample the assumptions for the P10–P90 bands. Leave “Customers to simulate” empty to run every customer.',
} as const;

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
  return (
    <Modal opened={mode !== null} onClose={onClose} title={STRINGS.titles[shown]} centered size="lg" data-testid="scenario-form">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="md">
          <TextInput label={STRINGS.name} value={form.name} onChange={(e) => onChange({ ...form, name: e.currentTarget.value })} error={errors.name} data-autofocus maxLength={80} data-testid="scenario-name" />
          {shown === 'duplicate' ? (
            <Text size="sm" c="dimmed">
              {STRINGS.duplicateNote}
            </Text>
          ) : (
            <>
              <Select
                label={STRINGS.plan}
                placeholder={plans === null ? STRINGS.planLoading : noPlans ? STRINGS.noPlans : undefined}
                data={(plans ?? []).map((p) => ({ value: String(p.planId), label: `${p.name} (v${p.version})` }))}
                value={form.planId === null ? null : String(form.planId)}
                onChange={(v) => onChange({ ...form, planId: v === null ? null : Number(v) })}
                allowDeselect={false}
                disabled={shown === 'edit' || noPlans}
                description={shown === 'edit' ? STRINGS.editPlanNote : undefined}
                error={errors.planId}
                comboboxProps={{ withinPortal: true }}
                data-testid="scenario-plan"
              />
              <Group grow align="flex-start">
                <NumberInput label={STRINGS.seed} min={0} allowDecimal={false} allowNegative={false} value={form.seed} onChange={(v) => onChange({ ...form, seed: asNumber(v) })} error={errors.seed} data-testid="scenario-seed" />
                <NumberInput label={STRINGS.draws} min={1} max={200} allowDecimal={false} allowNegative={false} value={form.draws} onChange={(v) => onChange({ ...form, draws: asNumber(v) })} error={errors.draws} data-testid="scenario-draws" />
                <NumberInput
                  label={STRINGS.sample}
                  min={100}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator=","
                  placeholder={STRINGS.allCustomers}
                  value={form.maxCustomers}
                  onChange={(v) => onChange({ ...form, maxCustomers: asNumber(v) })}
                  error={errors.maxCustomers}
                  data-testid="scenario-max-customers"
                />
              </Group>
              <Text size="xs" c="dimmed">
                {STRINGS.settingsNote}
              </Text>
            </>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {STRINGS.cancel}
            </Button>
            <Button type="submit" loading={saving} disabled={shown === 'create' && noPlans} data-testid="scenario-form-submit">
              {STRINGS.actions[shown]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
