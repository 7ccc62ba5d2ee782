import { Button, Group, NumberInput, Paper, Select, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../shared/contract/methods';
import { appLocale } from '../../format/formatters';
import type { RunForm, RunFormErrors } from './runForm';

interface RunPanelProps {
  plans: readonly PlanSummary[] | null;
  form: RunForm;
  errors: RunFormErrors;
  running: boolean;
  onChange: (form: RunForm) => void;
  onRun: () => void;
}

const asNumber = (v: string | number): number | '' => (typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v));

/** What to run and how: the plan, the seed, the assumption draws and, for a large base, a sample size. */
export function RunPanel({ plans, form, errors, running, onChange, onRun }: RunPanelProps) {
  const noPlans = plans !== null && plans.length === 0;
  const { t } = useTranslation('simulation');
  const spanish = appLocale().startsWith('es');
  return (
    <Paper withBorder radius="md" p="lg" data-testid="simulation-run-panel">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onRun();
        }}
      >
        <Group align="flex-start" gap="md" wrap="wrap">
          <Select
            label={t('run.plan')}
            w={300}
            placeholder={plans === null ? t('run.loadingPlans') : noPlans ? t('run.noPlans') : t('run.choosePlan')}
            data={(plans ?? []).map((p) => ({ value: String(p.planId), label: `${p.name} (v${p.version})` }))}
            value={form.planId === null ? null : String(form.planId)}
            onChange={(v) => onChange({ ...form, planId: v === null ? null : Number(v) })}
            allowDeselect={false}
            disabled={running || noPlans}
            error={errors.planId}
            data-testid="simulation-plan"
          />
          <NumberInput
            label={t('run.seed')}
            w={130}
            min={0}
            max={2 ** 32 - 1}
            allowDecimal={false}
            allowNegative={false}
            value={form.seed}
            onChange={(v) => onChange({ ...form, seed: asNumber(v) })}
            disabled={running}
            error={errors.seed}
            data-testid="simulation-seed"
          />
          <NumberInput
            label={t('run.draws')}
            w={160}
            min={1}
            max={200}
            allowDecimal={false}
            allowNegative={false}
            value={form.draws}
            onChange={(v) => onChange({ ...form, draws: asNumber(v) })}
            disabled={running}
            error={errors.draws}
            data-testid="simulation-draws"
          />
          <NumberInput
            label={t('run.customers')}
            w={200}
            min={100}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={spanish ? '.' : ','}
            {...(spanish ? { decimalSeparator: ',' } : {})}
            placeholder={t('run.allCustomers')}
            value={form.maxCustomers}
            onChange={(v) => onChange({ ...form, maxCustomers: asNumber(v) })}
            disabled={running}
            error={errors.maxCustomers}
            data-testid="simulation-max-customers"
          />
          {/* Level with the inputs: a label's height above the button. */}
          <Button type="submit" mt={25} leftSection={<IconPlayerPlay size={16} />} loading={running} disabled={noPlans || plans === null} data-testid="simulation-run">
            {t('run.run')}
          </Button>
        </Group>
      </form>
      <Text size="xs" c="dimmed" mt="sm">
        {t('run.help')}
      </Text>
    </Paper>
  );
}
