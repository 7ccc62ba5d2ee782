import { Center, Loader, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { appLocale, formatTimeLeft } from '../format/formatters';
import type { DisplayedJob } from '../jobs/jobDisplay';
import { formatJobProgress, progressPercent } from '../jobs/jobDisplay';
import { useJobWords } from '../jobs/useJobWords';
import { useTranslation } from 'react-i18next';

interface StartupScreenProps {
  connecting: boolean;
  jobs: readonly DisplayedJob[];
}

/** What the user sees while the backend starts and opens (or first generates) a workspace. */
export function StartupScreen({ connecting, jobs }: StartupScreenProps) {
  const { t } = useTranslation('frame');
  const words = useJobWords();
  const job = jobs.find((j) => j.state === 'running') ?? null;
  const percent = job ? progressPercent(job) : null;
  const timeLeft = job ? formatTimeLeft(job.secondsLeft, words.timeLeft) : null;
  return (
    <Center h="100vh" bg="var(--lw-page-bg)" data-testid="startup-screen">
      <Paper withBorder radius="lg" p={40} w={460} shadow="sm">
        <Stack align="center" gap="lg">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconAward size={30} stroke={1.6} />
          </ThemeIcon>
          <Stack gap={4} align="center">
            <Title order={3}>Loyalty Workbench</Title>
            <Text c="dimmed" size="sm" ta="center">
              {connecting ? t('startup.connecting') : job ? job.label : t('startup.opening')}
            </Text>
          </Stack>
          {job ? (
            <Stack gap={6} w="100%">
              <Progress value={percent ?? 100} animated={percent === null} striped={percent === null} size="md" />
              <Text size="xs" c="dimmed" ta="center" className="lw-figures">
                {formatJobProgress(job, appLocale(), words.progress)}
                {timeLeft ? ` · ${timeLeft}` : ''}
                {job.detail ? ` · ${job.detail}` : ''}
              </Text>
              <Text size="xs" c="dimmed" ta="center">
                {t('startup.firstStart')}
              </Text>
            </Stack>
          ) : (
            <Loader size="sm" type="dots" />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
