import { Button, Group, Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appLocale, formatTimeLeft } from '../../format/formatters';
import { formatJobProgress, progressPercent, type DisplayedJob } from '../../jobs/jobDisplay';

/**
 * A running scenario job in place (a run, a sensitivity, a goal seek): what it is, how far, time
 * left, and Cancel. `job` is null in the moment between the request and the job's first report.
 */
export function JobProgress({ job, title, cancelling, onCancel, testId }: { job: DisplayedJob | null; title: string; cancelling: boolean; onCancel: () => void; testId: string }) {
  const { t } = useTranslation('scenarios');
  const percent = job ? progressPercent(job) : null;
  const timeLeft = job ? formatTimeLeft(job.secondsLeft) : null;
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId} data-percent={percent === null ? '' : Math.round(percent)}>
      <Group justify="space-between" wrap="nowrap" mb={8}>
        <Text fw={600} size="sm" truncate>
          {job?.label ?? title}…
        </Text>
        <Group gap="md" wrap="nowrap">
          <Text fw={650} size="sm" className="lw-figures">
            {percent === null ? '' : `${Math.floor(percent)}%`}
          </Text>
          <Button size="compact-sm" variant="default" onClick={onCancel} loading={cancelling} disabled={!job}>
            {t('job.cancel')}
          </Button>
        </Group>
      </Group>
      <Progress value={percent ?? 100} animated={percent === null} striped={percent === null} size="md" aria-label={title} />
      <Text size="xs" c="dimmed" className="lw-figures" mt={6}>
        {job ? formatJobProgress(job, appLocale()) : t('job.starting')}
        {timeLeft ? ` · ${timeLeft}` : ''}
      </Text>
    </Paper>
  );
}
