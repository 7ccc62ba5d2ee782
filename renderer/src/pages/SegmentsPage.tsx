import { Alert, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';
import { toDisplayedError } from '../errors/displayedError';
import { useWorkspaceFormatters } from '../format/workspaceFormat';
import { JobResultFrame } from '../jobs/JobResultFrame';
import { KeptResultFrame } from '../results/KeptResultFrame';
import { useJobResult } from '../jobs/useJobResult';
import { LifecyclePanel } from './lifecycle/LifecyclePanel';
import { useChartTheme } from './data/useChartTheme';
import { QualityBadges } from './segments/QualityBadges';
import { MergeSegmentsModal } from './segments/MergeSegmentsModal';
import { SegmentCharts } from './segments/SegmentCharts';
import { keepExistingSegments, segmentNameProblem, toggleSegment } from './segments/segmentEdits';
import { SegmentModelsTable } from './segments/SegmentModelsTable';
import { checkSegmentForm, segmentFormOf, type SegmentFormErrors } from './segments/segmentForm';
import { SegmentProfileTable } from './segments/SegmentProfileTable';
import { SegmentSettingsForm } from './segments/SegmentSettingsForm';
import { RunSegmentationPrompt } from './segments/RunSegmentationPrompt';
import { useSegmentationInUse } from './segments/useSegmentationInUse';
import { useSegmentForm } from './segments/useSegmentForm';
import { useSegmentNames } from './segments/useSegmentNames';
import type { SegmentMethod, SegmentRequest } from '../../../shared/contract/segmentSchemas';
import { useTranslation } from 'react-i18next';
import { WorkspacePage } from './WorkspacePage';


/** The segmentation studio: group the customers by value, see how well the groups hold together. */
export function SegmentsPage({ summary }: { summary: WorkspaceSummary | null }) {
  const { t } = useTranslation('segments');
  return (
    <WorkspacePage testId="page-segments" title={t('title')} intro={t('intro')} noWorkspace={t('noWorkspace')} summary={summary}>
      {(open) => <SegmentationStudio summary={open} />}
    </WorkspacePage>
  );
}

function SegmentationStudio({ summary }: { summary: WorkspaceSummary }) {
  const { t } = useTranslation('segments');
  const [errors, setErrors] = useState<SegmentFormErrors>({});
  const job = useJobResult<SegmentationResult>(summary.path, t('segmenting'));
  const format = useWorkspaceFormatters(summary);
  const theme = useChartTheme();
  const [chosen, setChosen] = useState<number[]>([]);
  const [merging, setMerging] = useState<number[] | null>(null);
  /** A segmentation waiting for the answer about unsaved segment names. */
  const [asking, setAsking] = useState<SegmentRequest | null>(null);
  const inUse = useSegmentationInUse(summary.path);
  const { form, change, put, shown } = useSegmentForm(summary.path, inUse);
  const profileRoot = useRef<HTMLDivElement>(null);

  const problemOf = (error: unknown) => {
    const shown = toDisplayedError(0, '', error);
    return shown.hint ? `${shown.message} ${shown.hint}` : shown.message;
  };
  // Renames and merges act on the segmentation in use, whichever the toggle shows.
  const rename = async (segment: number, name: string): Promise<string | null> => {
    if (!inUse.current) return null;
    const problem = segmentNameProblem(inUse.current, segment, name);
    if (problem) return problem;
    try {
      inUse.show(await invoke('segments.rename', { segment, name }));
      return null;
    } catch (error) {
      return problemOf(error);
    }
  };
  const names = useSegmentNames(inUse.current, profileRoot, rename);
  const merge = async (segments: number[], name: string): Promise<string | null> => {
    try {
      inUse.show(await invoke('segments.merge', { segments, name }));
      shown.reload();
      setChosen([]);
      return null;
    } catch (error) {
      return problemOf(error);
    }
  };

  const segment = (request: SegmentRequest) =>
    job.run(() =>
      invoke('segments.run', request).then((result) => {
        inUse.show(result);
        // The toggle shows what was just made, whatever the page's arrival logic chose meanwhile.
        put({ ...form, method: result.method });
        shown.reload();
        return result;
      }),
    );
  // Names typed for the segments in use would have no segments left to name: ask first.
  const ask = (request: SegmentRequest) => (names.draft.dirty ? setAsking(request) : segment(request));
  const run = () => {
    const checked = checkSegmentForm(form, t('settings.errors', { returnObjects: true }));
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    ask(checked.request);
  };
  const kept = shown.kept;
  // Again as it was made, but up to the last purchase as the form's runs are: a re-run is for today's data.
  const rerun = () => {
    if (!kept) return;
    const { calibrationEnd: _asOf, ...request } = kept.request;
    put(segmentFormOf(request));
    setErrors({});
    ask(request);
  };

  const result = kept?.result ?? null;
  const editable = kept?.inUse === true;
  const selected = result && editable ? keepExistingSegments(result, chosen) : [];
  return (
    <Stack gap="lg">
      <SegmentSettingsForm
        form={form}
        errors={errors}
        running={job.running}
        disabled={summary.counts.transactions === 0}
        onChange={(next) => {
          change(next);
          setErrors({});
        }}
        onRun={run}
      />
      {result && kept ? (
        <JobResultFrame
          testId="segment-results"
          running={job.running}
          basis={
            <>
              {t('basis', { k: result.k, method: t(`methodNames.${result.method}`) })}
              {result.suggestion?.k != null ? t('basisSuggested') : ''}
              {t('basisAsOf', { date: format.date(result.calibrationEnd) })}
            </>
          }
        >
          <KeptResultFrame
            kept={kept}
            format={format}
            onRerun={rerun}
            running={job.running}
            testId="segmentation"
            aside={!editable && inUse.current && <NotInUse current={inUse.current.method} shown={result.method} />}
          >
            {result.warnings.length > 0 && (
              <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />} title={t('readWithCare')}>
                <List size="sm" spacing={4}>
                  {result.warnings.map((w) => (
                    <List.Item key={w}>{w}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <QualityBadges result={result} format={format} />
            <SegmentModelsTable result={result} format={format} />
            <SegmentProfileTable
              result={result}
              theme={theme}
              format={format}
              selected={selected}
              onToggle={(segment) => setChosen(toggleSegment(selected, segment))}
              onMerge={() => setMerging(selected)}
              names={editable ? names : null}
              root={profileRoot}
            />
            <SegmentCharts result={result} theme={theme} format={format} />
          </KeptResultFrame>
          {editable && <MergeSegmentsModal result={result} segments={merging} onClose={() => setMerging(null)} onMerge={merge} />}
        </JobResultFrame>
      ) : (
        <Paper withBorder radius="md" p="xl">
          <Text size="sm" c="dimmed" data-testid="segment-results-empty">
            {job.running ? t('runningHint') : inUse.current && shown.loaded ? t('kept.none', { method: t(`methodNames.${form.method}`) }) : t('idleHint')}
          </Text>
        </Paper>
      )}
      <RunSegmentationPrompt
        opened={asking !== null}
        names={names}
        onRun={() => asking && segment(asking)}
        onClose={() => setAsking(null)}
      />
      <LifecyclePanel scope={summary.path} format={format} />
    </Stack>
  );
}

/** Why the last segmentation of another method cannot be renamed or merged. */
function NotInUse({ current, shown }: { current: SegmentMethod; shown: SegmentMethod }) {
  const { t } = useTranslation('segments');
  return (
    <Group gap="xs" wrap="nowrap" data-testid="segmentation-not-in-use">
      <Badge size="sm" variant="light" color="gray" style={{ flexShrink: 0, overflow: 'visible' }}>
        {t('kept.notInUse')}
      </Badge>
      <Text size="xs" c="dimmed">
        {t('kept.notInUseWhy', { current: t(`methodNames.${current}`), shown: t(`methodNames.${shown}`) })}
      </Text>
    </Group>
  );
}
