import { Alert, Button, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { invoke } from '../../backend/client';
import { isCancellation } from '../../errors/displayedError';
import { reportError } from '../../errors/errorStore';
import { appLocale, createFormatters, formatTimeLeft } from '../../format/formatters';
import { formatJobProgress, progressPercent, type DisplayedJob } from '../../jobs/jobDisplay';
import { ImportErrorAlert } from '../ImportErrorAlert';
import { ImportReportView } from '../ImportReportView';
import { describeImport } from '../importSummary';
import type { ImportWizard } from '../useImportWizard';
import { useImportWords } from '../useImportWords';
import { useJobWords } from '../../jobs/useJobWords';
import { useTranslation } from 'react-i18next';

interface RunStepProps {
  wizard: ImportWizard;
  jobs: readonly DisplayedJob[];
  currencyCode: string;
  locale: string;
}

/** The import's own job: one this wizard did not see before it started, about this file. */
function findImportJob(jobs: readonly DisplayedJob[], knownJobIds: ReadonlySet<string>, fileName: string): DisplayedJob | null {
  return jobs.find((job) => !knownJobIds.has(job.id) && job.label.includes(fileName)) ?? null;
}

function RunningImport({ job, fileName }: { job: DisplayedJob | null; fileName: string }) {
  const { t } = useTranslation('import');
  const jobWords = useJobWords();
  const [cancelling, setCancelling] = useState(false);
  const percent = job ? progressPercent(job) : null;
  const timeLeft = job ? formatTimeLeft(job.secondsLeft, jobWords.timeLeft) : null;
  const cancel = () => {
    if (!job) return;
    setCancelling(true);
    invoke('jobs.cancel', { jobId: job.id }).catch((error: unknown) => {
      setCancelling(false);
      reportError(t('run.cancelling'), error);
    });
  };
  return (
    <Paper withBorder radius="md" p="lg" data-testid="import-progress">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm" truncate>
            {job?.label ?? t('run.importing', { file: fileName })}…
          </Text>
          <Button size="xs" variant="default" onClick={cancel} loading={cancelling} disabled={!job} data-testid="import-cancel">
            {t('run.cancel')}
          </Button>
        </Group>
        <Progress value={percent ?? 100} animated={percent === null || percent >= 100} striped={percent === null || percent >= 100} size="lg" />
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text size="xs" c="dimmed" className="lw-figures">
            {job ? formatJobProgress(job, appLocale(), jobWords.progress) : jobWords.progress.starting}
            {timeLeft ? ` · ${timeLeft}` : ''}
          </Text>
          {job?.detail && (
            <Text size="xs" c="dimmed" className="lw-figures" truncate data-testid="import-job-detail">
              {job.detail}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('run.cancelLeaves')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Step 5: a last look at the choices, then the import with its progress and its report. */
export function RunStep({ wizard, jobs, currencyCode, locale }: RunStepProps) {
  const { t } = useTranslation('import');
  const words = useImportWords();
  const format = useMemo(() => createFormatters(locale, currencyCode), [locale, currencyCode]);
  const { preview, read, mapping, attributes, rules, run } = wizard;
  if (!preview || !read || !mapping || !attributes) return null;

  if (run.status === 'done') return <ImportReportView report={run.report} format={format} />;

  const lines = describeImport({ kind: wizard.kind, preview, read, mapping, attributes, rules }, format, words);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('run.check')}
      </Text>
      <Paper withBorder radius="md">
        <Table verticalSpacing={8} horizontalSpacing="md" data-testid="import-summary">
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.label}>
                <Table.Td w={210} c="dimmed" style={{ verticalAlign: 'top' }}>
                  <Text size="sm">{line.label}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{line.value}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {run.status === 'running' && <RunningImport job={findImportJob(jobs, run.knownJobIds, preview.fileName)} fileName={preview.fileName} />}
      {run.status === 'failed' &&
        (isCancellation(run.error) ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title={t('run.cancelledTitle')} data-testid="import-cancelled">
            {t('run.cancelledText', { file: preview.fileName })}
          </Alert>
        ) : (
          <ImportErrorAlert
            title={t('run.stopped')}
            error={run.error}
            testId="import-failure"
            footer={
              <Group gap={6} wrap="nowrap">
                <IconShieldCheck size={16} style={{ flexShrink: 0 }} />
                <Text size="sm" fw={600}>
                  {t('run.unchanged')}
                </Text>
              </Group>
            }
          />
        ))}
      {run.status === 'idle' && (
        <Group gap={6} wrap="nowrap">
          <IconShieldCheck size={16} style={{ flexShrink: 0, opacity: 0.7 }} />
          <Text size="xs" c="dimmed">
            {t('run.onePiece')}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
