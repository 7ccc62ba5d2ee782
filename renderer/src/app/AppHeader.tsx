import { Badge, Divider, Group, Text, ThemeIcon } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { HelpButton } from '../help/HelpButton';
import { WorkspaceMenu } from '../workspace/WorkspaceMenu';
import type { WorkspaceActions } from '../workspace/useWorkspaceActions';
import { ThemeToggle } from './ThemeToggle';
import { LanguageSwitch } from './LanguageSwitch';
import { useTranslation } from 'react-i18next';

interface AppHeaderProps {
  summary: WorkspaceSummary | null;
  actions: WorkspaceActions;
}

export function AppHeader({ summary, actions }: AppHeaderProps) {
  const { t } = useTranslation();
  const customers = summary ? t('customers', { count: summary.counts.customers }) : null;
  return (
    <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
      <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
        <Group gap={10} wrap="nowrap">
          <ThemeIcon size={30} radius="md" variant="filled">
            <IconAward size={18} stroke={1.8} />
          </ThemeIcon>
          <Text fw={700} size="md" style={{ whiteSpace: 'nowrap', letterSpacing: '-0.01em' }}>
            {t('productName')}
          </Text>
        </Group>
        <Divider orientation="vertical" h={24} style={{ alignSelf: 'center' }} />
        {summary ? (
          <Group gap={10} wrap="nowrap" style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" truncate data-testid="workspace-name" title={summary.path}>
              {summary.name}
            </Text>
            {summary.isSample && (
              <Badge variant="light" color="orange" size="sm" radius="sm" data-testid="sample-badge">
                {t('sample')}
              </Badge>
            )}
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} className="lw-figures">
              {customers}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('noWorkspace')}
          </Text>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        <WorkspaceMenu actions={actions} current={summary} />
        <LanguageSwitch />
        <ThemeToggle />
        <HelpButton />
      </Group>
    </Group>
  );
}
