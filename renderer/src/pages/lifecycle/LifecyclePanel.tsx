import { Alert, Box, Button, LoadingOverlay, Paper, Progress, SimpleGrid, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodResults } from '../../../../shared/contract/methods';
import { DEFAULT_LIFECYCLE_RULES, type LifecycleRules } from '../../../../shared/segments/lifecycle';
import { invoke } from '../../backend/client';
import { toDisplayedError } from '../../errors/displayedError';
import type { Formatters } from '../../format/formatters';
import { useWorkspaceQuery } from '../data/useWorkspaceQuery';
import { checkLifecycleForm, rulesToForm, sameRules, type LifecycleForm, type LifecycleFormErrors } from './lifecycleForm';
import { LifecycleRulesForm } from './LifecycleRulesForm';
import { STAGE_COLOURS } from './stageColours';
import { useTranslation } from 'react-i18next';

type Lifecycle = MethodResults['customers.lifecycle'];

/** How many customers are in each lifecycle stage, and the rules that place them, which the user can change. */
export function LifecyclePanel({ scope, format }: { scope: string; format: Formatters }) {
  // Null until the user applies their own rules: the backend's (saved or default) rules are used.
  const { t } = useTranslation('segments');
  const [applied, setApplied] = useState<LifecycleRules | null>(null);
  const [form, setForm] = useState<LifecycleForm | null>(null);
  const [errors, setErrors] = useState<LifecycleFormErrors>({});
  const lifecycle = useWorkspaceQuery<Lifecycle>(scope, JSON.stringify(applied), () => invoke('customers.lifecycle', applied ? { rules: applied } : {}));
  const data = lifecycle.data;
  const shownForm = form ?? (data ? rulesToForm(data.rules) : null);

  const apply = () => {
    if (!shownForm) return;
    const checked = checkLifecycleForm(shownForm, t('lifecycle.giveNumber'));
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setApplied(checked.rules);
  };

  return (
    <Paper withBorder radius="md" p="lg" data-testid="lifecycle-panel">
      <Text fw={600} size="sm">
        {t('lifecycle.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {t('lifecycle.intro', { asOf: data ? t('lifecycle.asOf', { date: format.date(data.calibrationEnd) }) : '' })}
      </Text>
      {lifecycle.error !== null && !lifecycle.loading ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('lifecycle.failed')}>
          <Text size="sm">{toDisplayedError(0, '', lifecycle.error).message}</Text>
          <Button size="xs" variant="default" mt="sm" onClick={lifecycle.reload}>
            {t('lifecycle.tryAgain')}
          </Button>
        </Alert>
      ) : (
        <SimpleGrid cols={2} spacing="xl">
          <Box pos="relative">
            <LoadingOverlay visible={lifecycle.loading} zIndex={3} overlayProps={{ backgroundOpacity: 0.2 }} loaderProps={{ size: 'sm' }} />
            <StageCounts lifecycle={data} format={format} />
          </Box>
          {shownForm && (
            <LifecycleRulesForm
              form={shownForm}
              errors={errors}
              changed={data !== null && !sameRules(shownForm, data.rules)}
              applying={lifecycle.loading && applied !== null}
              onChange={(next) => {
                setForm(next);
                setErrors({});
              }}
              onApply={apply}
              onReset={() => {
                setForm(rulesToForm(DEFAULT_LIFECYCLE_RULES));
                setErrors({});
              }}
            />
          )}
        </SimpleGrid>
      )}
    </Paper>
  );
}

function StageCounts({ lifecycle, format }: { lifecycle: Lifecycle | null; format: Formatters }) {
  const { t } = useTranslation('segments');
  if (!lifecycle) return <Box mih={180} />;
  return (
    <Table verticalSpacing={8} fz="sm" className="lw-figures" data-testid="lifecycle-counts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('lifecycle.stage')}</Table.Th>
          <Table.Th w="40%" />
          <Table.Th ta="right">{t('lifecycle.customers')}</Table.Th>
          <Table.Th ta="right">{t('lifecycle.share')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lifecycle.counts.map((c) => (
          <Table.Tr key={c.stage} data-testid="lifecycle-stage-row">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`lifecycle.stages.${c.stage}`)}</Table.Td>
            <Table.Td>
              <Progress value={c.share * 100} color={STAGE_COLOURS[c.stage]} size="md" radius="sm" aria-label={`${t(`lifecycle.stages.${c.stage}`)}: ${format.percent(c.share)}`} />
            </Table.Td>
            <Table.Td ta="right">{format.count(c.count)}</Table.Td>
            <Table.Td ta="right">{format.percent(c.share)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
