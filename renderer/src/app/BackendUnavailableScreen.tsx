import { Button, Center, Code, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { BackendError } from '../../../shared/contract/errors';
import { useTranslation } from 'react-i18next';

interface BackendUnavailableScreenProps {
  /** Set when the backend answered but start-up failed; null when it could not be reached. */
  failure: unknown;
  onRetry: () => void;
}

/** The whole page when there is no backend to work with: what happened and what to do. */
export function BackendUnavailableScreen({ failure, onRetry }: BackendUnavailableScreenProps) {
  const { t } = useTranslation('frame');
  const unreachable = failure === null || failure === undefined;
  const message = failure instanceof Error ? failure.message : String(failure);
  const hint = failure instanceof BackendError ? failure.hint : null;
  return (
    <Center h="100vh" bg="var(--lw-page-bg)" data-testid="backend-unavailable">
      <Paper withBorder radius="lg" p={40} w={560} shadow="sm">
        <Stack gap="lg">
          <ThemeIcon size={56} radius="xl" variant="light" color="red">
            <IconPlugConnectedX size={30} stroke={1.6} />
          </ThemeIcon>
          <Stack gap={6}>
            <Title order={3}>{unreachable ? t('unavailable.unreachableTitle') : t('unavailable.failedTitle')}</Title>
            {unreachable ? (
              <Text c="dimmed" size="sm">
                {t('unavailable.unreachableText')}
              </Text>
            ) : (
              <Text size="sm">{message}</Text>
            )}
            {hint && (
              <Text c="dimmed" size="sm">
                {hint}
              </Text>
            )}
          </Stack>
          {unreachable && (
            <List size="sm" spacing={6}>
              <List.Item>
                {t('unavailable.checkRunningBefore')}
                <Code>npm run browser</Code>
                {t('unavailable.checkRunningAfter')}
              </List.Item>
              <List.Item>{t('unavailable.openAddress')}</List.Item>
              <List.Item>{t('unavailable.keepsTrying')}</List.Item>
            </List>
          )}
          <Button variant="default" onClick={onRetry} style={{ alignSelf: 'flex-start' }}>
            {unreachable ? t('unavailable.reload') : t('unavailable.tryAgain')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
