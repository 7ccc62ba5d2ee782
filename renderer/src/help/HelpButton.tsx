import { ActionIcon, Kbd, Menu, Tooltip } from '@mantine/core';
import { IconBook2, IconHelp, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { openGlossary, startTour } from './helpStore';
import { HELP_BUTTON_ATTRIBUTE } from './tourSteps';

/** The header's help: the glossary (also on F1) and the tour of the workflow, taken again. */
export function HelpButton() {
  const { t } = useTranslation('help');
  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <Tooltip label={t('buttonHint')} withArrow openDelay={400}>
          <ActionIcon variant="default" size="lg" aria-label={t('button')} data-testid="help-button" {...{ [HELP_BUTTON_ATTRIBUTE]: '' }}>
            <IconHelp size={18} stroke={1.7} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconBook2 size={16} stroke={1.7} />} rightSection={<Kbd size="xs">F1</Kbd>} onClick={() => openGlossary()} data-testid="help-glossary">
          {t('menu.glossary')}
        </Menu.Item>
        <Menu.Item leftSection={<IconRoute size={16} stroke={1.7} />} onClick={startTour} data-testid="help-tour">
          {t('menu.tour')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
