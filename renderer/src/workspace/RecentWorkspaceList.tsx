import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { RecentWorkspace } from '../../../shared/domain/workspace';
import classes from './RecentWorkspaceList.module.css';
import { useTranslation } from 'react-i18next';
import { appLocale } from '../format/formatters';

interface RecentWorkspaceListProps {
  recent: readonly RecentWorkspace[];
  onPick: (path: string) => void;
  disabled?: boolean;
}

/** Recent workspaces to click in the in-page Open dialog; missing files are shown but not offered. */
export function RecentWorkspaceList({ recent, onPick, disabled = false }: RecentWorkspaceListProps) {
  const { t } = useTranslation('workspace');
  if (recent.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {t('recent')}
      </Text>
      {recent.map((r) => (
        <UnstyledButton
          key={r.path}
          className={classes.item}
          disabled={disabled || !r.exists}
          onClick={() => onPick(r.path)}
          data-testid="recent-workspace"
        >
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                {r.name}
              </Text>
              <Text size="xs" c="dimmed" truncate title={r.path}>
                {r.path}
              </Text>
            </div>
            {r.exists ? (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {new Date(r.openedAtMs).toLocaleDateString(appLocale(), { day: 'numeric', month: 'short', year: 'numeric' })}
              </Text>
            ) : (
              <Badge size="xs" color="gray" variant="light">
                {t('missing')}
              </Badge>
            )}
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
