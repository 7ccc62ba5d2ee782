import { Alert, List, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { SegmentationResult } from '../../../shared/domain/segmentation';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';
import { toDisplayedError } from '../errors/displayedError';
import { reportError } from '../errors/errorStore';
import { useWorkspaceFormatters } from '../format/workspaceFormat';
import { JobResultFrame } from '../jobs/JobResultFrame';
import { useJobResult } from '../jobs/useJobResult';
import { LifecyclePanel } from './lifecycle/LifecyclePanel';
import { useChartTheme } from './data/useChartTheme';
import { QualityBadges } from './segments/QualityBadges';
import { MergeSegmentsModal } from './segments/MergeSegmentsModal';
import { SegmentCharts } from './segments/SegmentCharts';
import { keepExistingSegments, segmentNameProblem, toggleSegment } from './segments/segmentEdits';
import { SegmentModelsTable } from './segments/SegmentModelsTable';
import { checkSegmentForm, DEFAULT_SEGMENT_FORM, type SegmentForm, type SegmentFormErrors } from './segments/segmentForm';
import { SegmentProfileTable } from './segments/SegmentProfileTable';
import { SegmentSettingsForm } from './segments/SegmentSettingsForm';
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
  const [form, setForm] = useState<SegmentForm>(DEFAULT_SEGMENT_FORM);
  const [errors, setErrors] = useState<SegmentFormErrors>({});
  const job = useJobResult<SegmentationResult>(summary.path, t('segmenting'));
  const format = useWorkspaceFormatters(summary);
  const theme = useChartTheme();
  const [chosen, setChosen] = useState<number[]>([]);
  const [merging, setMerging] = useState<number[] | null>(null);
  const { show } = job;

  // The workspace keeps its latest segmentation: show it on arrival, unless a new run already answered.
  useEffect(() => {
    let live = true;
    invoke('segments.current', {}).then(
      (current) => {
        if (live && current) show(current, { onlyIfEmpty: true });
      },
      (error: unknown) => live && reportError(t('loadingCurrent'), error),
    );
    return () => {
      live = false;
    };
  }, [show, t]);

  const problemOf = (error: unknown) => {
    const shown = toDisplayedError(0, '', error);
    return shown.hint ? `${shown.message} ${shown.hint}` : shown.message;
  };
  const rename = async (segment: number, name: string): Promise<string | null> => {
    if (!job.result) return null;
    const problem = segmentNameProblem(job.result, segment, name);
    if (problem) return problem;
    try {
      show(await invoke('segments.rename', { segment, name }));
      return null;
    } catch (error) {
      return problemOf(error);
    }
  };
  const merge = async (segments: number[], name: string): Promise<string | null> => {
    try {
      show(await invoke('segments.merge', { segments, name }));
      setChosen([]);
      return null;
    } catch (error) {
      return problemOf(error);
    }
  };

  const run = () => {
    const checked = checkSegmentForm(form, t('settings.errors', { returnObjects: true }));
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    job.run(() => invoke('segments.run', checked.request));
  };

  const result = job.result;
  const selected = result ? keepExistingSegments(result, chosen) : [];
  return (
    <Stack gap="lg">
      <SegmentSettingsForm
        form={form}
        errors={errors}
        running={job.running}
        disabled={summary.counts.transactions === 0}
        onChange={(next) => {
          setForm(next);
          setErrors({});
        }}
        onRun={run}
      />
      {result ? (
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
            onRename={rename}
          />
          <SegmentCharts result={result} theme={theme} format={format} />
          <MergeSegmentsModal result={result} segments={merging} onClose={() => setMerging(null)} onMerge={merge} />
        </JobResultFrame>
      ) : (
        <Paper withBorder radius="md" p="xl">
          <Text size="sm" c="dimmed">
            {job.running ? t('runningHint') : t('idleHint')}
          </Text>
        </Paper>
      )}
      <LifecyclePanel scope={summary.path} format={format} />
    </Stack>
  );
}
