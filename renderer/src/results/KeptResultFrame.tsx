import { Alert, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisStatus } from '../../../shared/domain/analysisResults';
import type { StaleReason } from '../../../shared/domain/scenarios';
import type { Formatters } from '../format/formatters';
import { staleNotice } from './staleWords';

interface KeptResultFrameProps {
  /** Null for a result not (yet) read back from the workspace: shown as it is, without a word on its age. */
  kept: { madeAt: string; status: AnalysisStatus; staleBecause: readonly StaleReason[] } | null;
  format: Formatters;
  /** Runs it again with what it was made with; absent where it cannot be run from here. */
  onRerun?: (() => void) | undefined;
  running?: boolean;
  /** Prefix of the test ids: `<testId>-kept`, `<testId>-made-at`, `<testId>-stale`, `<testId>-rerun`. */
  testId: string;
  /** Said after the time when there is more to say (a segmentation not in use). */
  aside?: ReactNode;
  children: ReactNode;
}

/**
 * A result kept in the workspace, as shown when the user comes back to it: when it was made and
 * whether it still stands. A result that no longer does is never shown as current: it is greyed,
 * under a notice naming what changed, with a button to run it again.
 */
export function KeptResultFrame({ kept, format, onRerun, running = false, testId, aside, children }: KeptResultFrameProps) {
  const { t, i18n } = useTranslation('results');
  if (!kept) return <>{children}</>;
  const notice = staleNotice(kept, t, i18n.language);
  return (
    <Stack gap="sm" data-testid={`${testId}-kept`} data-status={kept.status}>
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={notice?.title ?? t('currentWhy')} withArrow multiline maw={360}>
          <Badge size="sm" variant="light" color={notice ? 'orange' : 'teal'} style={{ flexShrink: 0, overflow: 'visible' }}>
            {notice ? t('stale') : t('current')}
          </Badge>
        </Tooltip>
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }} data-testid={`${testId}-made-at`} data-made-at={kept.madeAt}>
          {t('madeAt', { when: format.dateTime(kept.madeAt) })}
        </Text>
        {aside}
      </Group>
      {notice && (
        <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} title={notice.title} data-testid={`${testId}-stale`} data-reasons={kept.staleBecause.join(',')}>
          <Group justify="space-between" gap="md" wrap="nowrap">
            <Text size="sm">{notice.text}</Text>
            {onRerun && (
              <Button size="compact-sm" variant="white" color="orange" leftSection={<IconRefresh size={14} />} onClick={onRerun} loading={running} style={{ flexShrink: 0 }} data-testid={`${testId}-rerun`}>
                {t('rerun')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {/* Greyed, not hidden: what it said is still worth reading, but never as today's figures. */}
      <Stack gap="lg" style={notice ? { opacity: 0.5, filter: 'grayscale(0.8)' } : undefined} data-stale={notice ? 'true' : 'false'}>
        {children}
      </Stack>
    </Stack>
  );
}
