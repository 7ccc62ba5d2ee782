import { ActionIcon, Alert, Badge, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import type { MethodResults } from '../../../../shared/contract/methods';
import { invoke } from '../../backend/client';
import { draftKey } from '../../drafts/draftStorage';
import { DraftToolbar } from '../../drafts/DraftToolbar';
import { StaleDraftNotice } from '../../drafts/StaleDraftNotice';
import { useDraft } from '../../drafts/useDraft';
import { useDraftControls } from '../../drafts/useDraftControls';
import { toDisplayedError, type DisplayedError } from '../../errors/displayedError';
import type { Formatters } from '../../format/formatters';
import { useWorkspaceQuery } from '../data/useWorkspaceQuery';
import { addAttributeRow, checkScoreForm, SCORE_WEIGHTS, sameScoreForm, settingsToForm, weightShares, type AttributeRow, type Direction, type ScoreForm, type ScoreFormErrors } from './scoreForm';
import { useTranslation } from 'react-i18next';

type ScoreSettings = MethodResults['value.scoreSettings'];

const NO_ERRORS: ScoreFormErrors = { weights: {}, attributes: {} };
const asNumber = (v: string | number): number | '' => (typeof v === 'number' ? v : '');

/**
 * The strategic value score's weights and CRM attributes, saved with the workspace and used by
 * the customer card. Edits are a draft (kept across pages and restarts, with undo) until saved.
 */
export function ScoreWeightsPanel({ scope, format }: { scope: string; format: Formatters }) {
  const { t } = useTranslation('value');
  const { t: words } = useTranslation('drafts');
  const loaded = useWorkspaceQuery<ScoreSettings>(scope, 'score-settings', () => invoke('value.scoreSettings', {}));
  const [saved, setSaved] = useState<ScoreSettings | null>(null);
  const [errors, setErrors] = useState<ScoreFormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<DisplayedError | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const current = saved ?? loaded.data;
  const savedForm = useMemo(() => (current ? settingsToForm(current.settings) : null), [current]);
  const draft = useDraft<ScoreForm>(current ? draftKey(scope, 'score-weights') : null, savedForm, null, { same: sameScoreForm });
  const shown = draft.value;
  const errorWords = t('score.errors', { returnObjects: true });
  const checked = shown ? checkScoreForm(shown, errorWords) : null;

  const edit = (next: ScoreForm) => {
    draft.edit(next);
    setErrors(NO_ERRORS);
    setFailure(null);
    setJustSaved(false);
  };
  const save = async (): Promise<boolean> => {
    if (!shown || !checked || saving) return false;
    if (!checked.ok) {
      setErrors(checked.errors);
      return false;
    }
    setSaving(true);
    try {
      const answer = await invoke('value.setScoreSettings', { settings: checked.settings });
      setSaved(answer);
      // The form that was saved, as the draft's new base: ids and all, so the draft is clean.
      draft.settle(shown);
      setJustSaved(true);
      return true;
    } catch (error) {
      setFailure(toDisplayedError(0, t('score.saving'), error));
      return false;
    } finally {
      setSaving(false);
    }
  };
  useDraftControls(root, { draft, label: words('labels.scoreWeights'), cannotSave: checked && !checked.ok ? t('score.cannotSave') : null, save });

  return (
    <Paper withBorder radius="md" p="lg" data-testid="score-weights" ref={root}>
      <Text fw={600} size="sm">
        {t('score.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {t('score.intro')}
      </Text>
      {loaded.error !== null && !current ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('score.readFailed')}>
          <Text size="sm">{toDisplayedError(0, '', loaded.error).message}</Text>
          <Button size="xs" variant="default" mt="sm" onClick={loaded.reload}>
            {t('score.tryAgain')}
          </Button>
        </Alert>
      ) : !shown || !current ? (
        <Text size="sm" c="dimmed">
          {t('score.reading')}
        </Text>
      ) : (
        <Stack gap="md">
          <StaleDraftNotice draft={draft} testId="score-stale" />
          <Weights form={shown} errors={errors} format={format} onChange={edit} />
          <Attributes form={shown} errors={errors} attributes={current.numericAttributes} onChange={edit} />
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={failure.message} data-testid="score-save-error">
              {failure.hint && <Text size="sm">{failure.hint}</Text>}
            </Alert>
          )}
          <Group justify="space-between" gap="sm">
            <DraftToolbar draft={draft} testId="score" />
            <Group gap="sm">
              {justSaved && !draft.dirty && (
                <Group gap={4} c="teal">
                  <IconCheck size={14} />
                  <Text size="xs">{t('score.saved')}</Text>
                </Group>
              )}
              {draft.dirty && (
                <Badge variant="light" color="orange" data-testid="score-dirty">
                  {words('unsaved')}
                </Badge>
              )}
              <Button size="xs" variant="subtle" color="gray" disabled={!draft.dirty} onClick={draft.discard} data-testid="score-discard">
                {t('score.discard')}
              </Button>
              <Button size="xs" onClick={() => void save()} loading={saving} disabled={!draft.dirty} data-testid="score-save">
                {t('score.save')}
              </Button>
            </Group>
          </Group>
          {!draft.kept && (
            <Text size="xs" c="orange">
              {words('notKept')}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}

interface PartProps {
  form: ScoreForm;
  errors: ScoreFormErrors;
  onChange: (form: ScoreForm) => void;
}

function Weights({ form, errors, format, onChange }: PartProps & { format: Formatters }) {
  const { t } = useTranslation('value');
  const shares = weightShares(form.weights);
  return (
    <div>
      <SimpleGrid cols={3} spacing="md">
        {SCORE_WEIGHTS.map((w) => (
          <NumberInput
            key={w}
            size="xs"
            label={t(`score.weights.${w}.label`)}
            description={t(`score.weights.${w}.description`)}
            min={0}
            max={100}
            value={form.weights[w]}
            error={errors.weights[w]}
            onChange={(v) => onChange({ ...form, weights: { ...form.weights, [w]: asNumber(v) } })}
            rightSectionWidth={64}
            rightSection={
              <Badge size="xs" variant="light" color="gray" tt="none">
                {format.percent(shares[w])}
              </Badge>
            }
            data-testid={`score-weight-${w}`}
          />
        ))}
      </SimpleGrid>
      {errors.total && (
        <Text size="xs" c="red" mt={4}>
          {errors.total}
        </Text>
      )}
    </div>
  );
}

function Attributes({ form, errors, attributes, onChange }: PartProps & { attributes: ScoreSettings['numericAttributes'] }) {
  const { t } = useTranslation('value');
  const directions: { value: Direction; label: string }[] = [
    { value: 'higher-is-better', label: t('score.higherIsBetter') },
    { value: 'lower-is-better', label: t('score.lowerIsBetter') },
  ];
  const options = attributes.map((a) => ({ value: a.name, label: a.label === a.name ? a.name : `${a.label} (${a.name})` }));
  const setRow = (i: number, row: AttributeRow) => onChange({ ...form, attributes: form.attributes.map((r, j) => (j === i ? row : r)) });
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          {t('score.qualitativeAttributes')}
        </Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={form.attributes.length >= Math.min(30, attributes.length)}
          onClick={() => onChange(addAttributeRow(form, attributes.map((a) => a.name)))}
          data-testid="score-add-attribute"
        >
          {t('score.addAttribute')}
        </Button>
      </Group>
      {form.attributes.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('score.noAttributes')}
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('score.attribute')}</Table.Th>
              <Table.Th w={190}>{t('score.direction')}</Table.Th>
              <Table.Th w={150}>{t('score.weight')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.attributes.map((row, i) => (
              <Table.Tr key={row.id} data-testid="score-attribute-row">
                <Table.Td>
                  <Select
                    size="xs"
                    data={options}
                    value={row.attribute}
                    searchable
                    placeholder={t('score.chooseAttribute')}
                    error={errors.attributes[i]?.attribute}
                    onChange={(v) => setRow(i, { ...row, attribute: v })}
                    aria-label={t('score.attribute')}
                  />
                </Table.Td>
                <Table.Td>
                  <Select size="xs" data={directions} value={row.direction} allowDeselect={false} onChange={(v) => v && setRow(i, { ...row, direction: v as Direction })} aria-label={t('score.direction')} />
                </Table.Td>
                <Table.Td>
                  <NumberInput size="xs" min={0} max={100} value={row.weight} error={errors.attributes[i]?.weight} onChange={(v) => setRow(i, { ...row, weight: asNumber(v) })} aria-label={t('score.weight')} />
                </Table.Td>
                <Table.Td>
                  <Tooltip label={t('score.remove')} withArrow openDelay={300}>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('score.removeAttribute')} onClick={() => onChange({ ...form, attributes: form.attributes.filter((_, j) => j !== i) })}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {errors.list && (
        <Text size="xs" c="red" mt={4}>
          {errors.list}
        </Text>
      )}
    </div>
  );
}
