import { Alert, Box, Button, LoadingOverlay, Paper, Progress, SimpleGrid, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import type { MethodResults } from '../../../../shared/contract/methods';
import { DEFAULT_LIFECYCLE_RULES } from '../../../../shared/segments/lifecycle';
import { invoke } from '../../backend/client';
import { draftKey } from '../../drafts/draftStorage';
import { StaleDraftNotice } from '../../drafts/StaleDraftNotice';
import { useDraft } from '../../drafts/useDraft';
import { useDraftControls } from '../../drafts/useDraftControls';
import { toDisplayedError } from '../../errors/displayedError';
import { reportError } from '../../errors/errorStore';
import type { Formatters } from '../../format/formatters';
import { useWorkspaceQuery } from '../data/useWorkspaceQuery';
import { checkLifecycleForm, rulesToForm, type LifecycleForm, type LifecycleFormErrors } from './lifecycleForm';
import { LifecycleRulesForm } from './LifecycleRulesForm';
import { STAGE_COLOURS } from './stageColours';
import { useTranslation } from 'react-i18next';

type Lifecycle = MethodResults['customers.lifecycle'];

/**
 * How many customers are in each lifecycle stage, and the rules that place them, which the user
 * can change. Changed rules are a draft (kept across pages and restarts, with undo) until
 * applied; applying saves them with the workspace.
 */
export function LifecyclePanel({ scope, format }: { scope: string; format: Formatters }) {
  const { t } = useTranslation('segments');
  const { t: words } = useTranslation('drafts');
  // The rules in force (saved or default) and their counts; then the answer to the last Apply.
  const lifecycle = useWorkspaceQuery<Lifecycle>(scope, 'lifecycle', () => invoke('customers.lifecycle', {}));
  const [applied, setApplied] = useState<Lifecycle | null>(null);
  const [applying, setApplying] = useState(false);
  const [errors, setErrors] = useState<LifecycleFormErrors>({});
  const root = useRef<HTMLDivElement>(null);
  const data = applied ?? lifecycle.data;
  const savedForm = useMemo(() => (data ? rulesToForm(data.rules) : null), [data]);
  const draft = useDraft<LifecycleForm>(data ? draftKey(scope, 'lifecycle-rules') : null, savedForm);
  const shownForm = draft.value;
  const checked = shownForm ? checkLifecycleForm(shownForm, t('lifecycle.giveNumber')) : null;

  const edit = (next: LifecycleForm) => {
    draft.edit(next);
    setErrors({});
  };
  // The backend keeps rules it is given, so applying is saving; the answer brings the new counts.
  const apply = async (): Promise<boolean> => {
    if (!shownForm || !checked || applying) return false;
    if (!checked.ok) {
      setErrors(checked.errors);
      return false;
    }
    setErrors({});
    setApplying(true);
    try {
      setApplied(await invoke('customers.lifecycle', { rules: checked.rules }));
      draft.settle(shownForm);
      return true;
    } catch (error) {
      reportError(t('lifecycle.failed'), error);
      return false;
    } finally {
      setApplying(false);
    }
  };
  useDraftControls(root, { draft, label: words('labels.lifecycleRules'), cannotSave: checked && !checked.ok ? t('lifecycle.cannotApply') : null, save: apply });

  return (
    <Paper withBorder radius="md" p="lg" data-testid="lifecycle-panel" ref={root}>
      <Text fw={600} size="sm">
        {t('lifecycle.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {t('lifecycle.intro', { asOf: data ? t('lifecycle.asOf', { date: format.date(data.calibrationEnd) }) : '' })}
      </Text>
      {lifecycle.error !== null && !lifecycle.loading && !data ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('lifecycle.failed')}>
          <Text size="sm">{toDisplayedError(0, '', lifecycle.error).message}</Text>
          <Button size="xs" variant="default" mt="sm" onClick={lifecycle.reload}>
            {t('lifecycle.tryAgain')}
          </Button>
        </Alert>
      ) : (
        <>
          <StaleDraftNotice draft={draft} testId="lifecycle-stale" />
          <SimpleGrid cols={2} spacing="xl" mt={draft.stale ? 'md' : 0}>
            <Box pos="relative">
              <LoadingOverlay visible={(lifecycle.loading && !data) || applying} zIndex={3} overlayProps={{ backgroundOpacity: 0.2 }} loaderProps={{ size: 'sm' }} />
              <StageCounts lifecycle={data} format={format} />
            </Box>
            {shownForm && (
              <LifecycleRulesForm
                form={shownForm}
                errors={errors}
                draft={draft}
                applying={applying}
                onChange={edit}
                onApply={() => void apply()}
                onReset={() => edit(rulesToForm(DEFAULT_LIFECYCLE_RULES))}
              />
            )}
          </SimpleGrid>
        </>
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
