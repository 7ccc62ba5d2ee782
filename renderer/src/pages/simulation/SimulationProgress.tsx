import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appLocale, formatTimeLeft } from '../../format/formatters';
import { formatJobProgress, progressPercent, type DisplayedJob } from '../../jobs/jobDisplay';

/** The running simulation on the page itself: percent, how far in its own unit, time left, and Cancel. */
export function SimulationProgress({ job, cancelling, onCancel }: { job: DisplayedJob | null; cancelling: boolean; onCancel: () => void }) {
  const percent = job ? progressPercent(job) : null;
  const timeLeft = job ? formatTimeLeft(job.secondsLeft) : null;
  const unknown = percent === null;
  const { t } = useTranslation('simulation');
  return (
    <Paper withBorder radius="md" p="lg" data-testid="simulation-progress" data-percent={percent === null ? '' : Math.round(percent)}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm" truncate>
            {job?.label ?? t('progress.starting')}…
          </Text>
          <Group gap="md" wrap="nowrap">
            <Text fw={650} size="sm" className="lw-figures" data-testid="simulation-progress-percent">
              {unknown ? '' : `${Math.floor(percent)}%`}
            </Text>
            <Button size="xs" variant="default" onClick={onCancel} loading={cancelling} disabled={!job} data-testid="simulation-cancel">
              {t('progress.cancel')}
            </Button>
          </Group>
        </Group>
        <Progress value={percent ?? 100} animated={unknown} striped={unknown} size="lg" aria-label={t('progress.aria')} />
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text size="xs" c="dimmed" className="lw-figures">
            {job ? formatJobProgress(job, appLocale()) : t('progress.startingShort')}
            {timeLeft ? ` · ${timeLeft}` : ''}
          </Text>
          {job?.detail && (
            <Text size="xs" c="dimmed" className="lw-figures" truncate>
              {job.detail}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('progress.note')}
        </Text>
      </Stack>
    </Paper>
  );
}
