import { Button, Group, Progress, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconBan, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useState } from 'react';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';
import { reportError } from '../errors/errorStore';
import { appLocale, formatTimeLeft } from '../format/formatters';
import { formatJobProgress, progressPercent, type DisplayedJob } from '../jobs/jobDisplay';
import { useJobWords } from '../jobs/useJobWords';
import { useTranslation } from 'react-i18next';

interface StatusAreaProps {
  jobs: readonly DisplayedJob[];
  summary: WorkspaceSummary | null;
}

/** The footer: jobs in progress (with Cancel), jobs just finished, and the open file. */
export function StatusArea({ jobs, summary }: StatusAreaProps) {
  const { t } = useTranslation('frame');
  return (
    <Group h="100%" px="lg" justify="space-between" wrap="nowrap" gap="xl" data-testid="status-area">
      <Group gap="xl" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
        {jobs.length === 0 ? (
          <Group gap={8} wrap="nowrap">
            <ThemeIcon size={18} radius="xl" variant="transparent" color="teal">
              <IconCircleCheck size={16} />
            </ThemeIcon>
            <Text size="xs" c="dimmed">
              {t('ready')}
            </Text>
          </Group>
        ) : (
          jobs.map((job) => <JobStatus key={job.id} job={job} />)
        )}
      </Group>
      {summary && (
        <Text size="xs" c="dimmed" truncate title={summary.path} style={{ maxWidth: 420 }}>
          {summary.path}
        </Text>
      )}
    </Group>
  );
}

function JobStatus({ job }: { job: DisplayedJob }) {
  const [cancelling, setCancelling] = useState(false);
  const { t } = useTranslation('frame');
  const words = useJobWords();

  if (job.state !== 'running') {
    const outcome = {
      done: { icon: <IconCircleCheck size={16} />, color: 'teal', text: t(job.cancelArrivedLate ? 'jobDoneBeforeCancel' : 'jobDone', { label: job.label }) },
      cancelled: { icon: <IconBan size={16} />, color: 'gray', text: t('jobCancelled', { label: job.label }) },
      failed: { icon: <IconCircleX size={16} />, color: 'red', text: job.error ? t('jobFailedWith', { label: job.label, error: job.error }) : t('jobFailed', { label: job.label }) },
    }[job.state];
    return (
      <Group gap={8} wrap="nowrap" data-testid="job-finished" data-state={job.state} style={{ minWidth: 0 }}>
        <ThemeIcon size={18} radius="xl" variant="transparent" color={outcome.color}>
          {outcome.icon}
        </ThemeIcon>
        <Text size="xs" c={job.state === 'failed' ? 'red' : 'dimmed'} truncate title={outcome.text}>
          {outcome.text}
        </Text>
      </Group>
    );
  }

  const percent = progressPercent(job);
  const timeLeft = formatTimeLeft(job.secondsLeft, words.timeLeft);
  const cancel = () => {
    setCancelling(true);
    invoke('jobs.cancel', { jobId: job.id }).then(
      () => setCancelling(false),
      (error: unknown) => {
        setCancelling(false);
        reportError(t('cancellingJob', { label: job.label }), error);
      },
    );
  };

  return (
    <Group gap="sm" wrap="nowrap" data-testid="job-running" style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} truncate style={{ maxWidth: 260 }} title={job.label}>
        {job.label}
      </Text>
      <Progress
        value={percent ?? 100}
        animated={percent === null}
        striped={percent === null}
        w={160}
        style={{ flexShrink: 0 }}
        size="sm"
        aria-label={t('jobProgress', { label: job.label })}
      />
      <Text size="xs" c="dimmed" className="lw-figures" style={{ whiteSpace: 'nowrap' }}>
        {formatJobProgress(job, appLocale(), words.progress)}
        {timeLeft ? ` · ${timeLeft}` : ''}
      </Text>
      {job.detail && (
        <Text size="xs" c="dimmed" truncate title={job.detail} style={{ maxWidth: 280 }}>
          {job.detail}
        </Text>
      )}
      <Tooltip label={t('cancelTooltip')} withArrow>
        {/* Never squeezed: with several jobs at once the label gives way, not the way to stop one. */}
        <Button size="compact-xs" variant="default" onClick={cancel} loading={cancelling} data-testid="job-cancel" style={{ flexShrink: 0 }}>
          {t('cancel')}
        </Button>
      </Tooltip>
    </Group>
  );
}
