import { Button, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftState } from './draftState';
import { shortcutKeys } from './shortcutKeys';

interface DraftToolbarProps {
  draft: Pick<DraftState<unknown>, 'canUndo' | 'canRedo' | 'undo' | 'redo'>;
  /** Prefix of the buttons' test ids: `<testId>-undo`, `<testId>-redo`. */
  testId: string;
  size?: 'xs' | 'compact-sm';
}

/** Undo and Redo, with their keys in the tooltip: the same pair on every page that keeps a draft. */
export function DraftToolbar({ draft, testId, size = 'xs' }: DraftToolbarProps) {
  const { t } = useTranslation('drafts');
  const keys = shortcutKeys();
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('undoHint', { keys: keys.undo })} withArrow openDelay={300}>
        <Button size={size} variant="default" leftSection={<IconArrowBackUp size={14} />} disabled={!draft.canUndo} onClick={draft.undo} data-testid={`${testId}-undo`}>
          {t('undo')}
        </Button>
      </Tooltip>
      <Tooltip label={t('redoHint', { keys: keys.redo })} withArrow openDelay={300}>
        <Button size={size} variant="default" leftSection={<IconArrowForwardUp size={14} />} disabled={!draft.canRedo} onClick={draft.redo} data-testid={`${testId}-redo`}>
          {t('redo')}
        </Button>
      </Tooltip>
    </Group>
  );
}
