import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconDeviceFloppy, IconFilePlus, IconFlask, IconFolder, IconFolderOpen, IconHistory, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { useRecentWorkspaces } from './useRecentWorkspaces';
import type { WorkspaceActions } from './useWorkspaceActions';
import { WorkspaceSettingsDialog } from './WorkspaceSettingsDialog';
import { useTranslation } from 'react-i18next';

const MAX_RECENT = 6;

/** The folder part of a path, so two workspaces with the same name can be told apart. */
const folderOf = (path: string): string => path.replace(/[/\\][^/\\]*$/, '') || path;

interface WorkspaceMenuProps {
  actions: WorkspaceActions;
  current: WorkspaceSummary | null;
}

/** New, Open, Save As, the sample and the recent workspaces, in one menu in the title bar. */
export function WorkspaceMenu({ actions, current }: WorkspaceMenuProps) {
  const { t } = useTranslation('workspace');
  const { recent, refresh } = useRecentWorkspaces();
  const others = recent.filter((r) => r.exists && r.path !== current?.path).slice(0, MAX_RECENT);
  const icon = { size: 16, stroke: 1.7 };
  const [settingsOpen, setSettingsOpen] = useState(false);

  return (
    <>
      <Menu position="bottom-end" width={300} shadow="md" onOpen={refresh} withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconFolder {...icon} />}
            rightSection={<IconChevronDown size={14} />}
            loading={actions.busy}
            data-testid="workspace-menu"
          >
            {t('menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconFilePlus {...icon} />} onClick={actions.newWorkspace} data-testid="menu-new">
            {t('new')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFolderOpen {...icon} />} onClick={actions.openWorkspace} data-testid="menu-open">
            {t('open')}
          </Menu.Item>
          <Menu.Item leftSection={<IconDeviceFloppy {...icon} />} onClick={actions.saveAs} disabled={!current} data-testid="menu-save-as">
            {t('saveAs')}
          </Menu.Item>
          <Menu.Item leftSection={<IconSettings {...icon} />} onClick={() => setSettingsOpen(true)} disabled={!current} data-testid="menu-settings">
            {t('settings')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconFlask {...icon} />} onClick={actions.openSample} data-testid="menu-open-sample">
            {t('openSample')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('recent')}</Menu.Label>
          {others.length === 0 ? (
            <Text size="xs" c="dimmed" px="sm" py={6}>
              {t('noRecent')}
            </Text>
          ) : (
            others.map((r) => (
              <Menu.Item
                key={r.path}
                leftSection={<IconHistory {...icon} />}
                onClick={() => actions.openRecent(r.path)}
                title={r.path}
                data-testid="menu-recent"
              >
                <Text size="sm" truncate>
                  {r.name}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {folderOf(r.path)}
                </Text>
              </Menu.Item>
            ))
          )}
        </Menu.Dropdown>
      </Menu>
      {current && <WorkspaceSettingsDialog opened={settingsOpen} onClose={() => setSettingsOpen(false)} summary={current} />}
    </>
  );
}
