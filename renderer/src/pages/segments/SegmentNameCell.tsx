import { ActionIcon, ColorSwatch, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SegmentNameCellProps {
  /** The name as drafted (the saved one when untouched). */
  name: string;
  /** True when the drafted name is not saved yet. */
  renamed: boolean;
  colour: string;
  /** Why the name could not be saved, shown under it. */
  problem: string | undefined;
  onChange: (name: string) => void;
  /** Escape: back to the saved name. */
  onRevert: () => void;
  /** Enter: save the names. */
  onSave: () => void;
}

/**
 * A segment's name with an edit icon that turns it into an input. What is typed is part of the
 * names' draft at once (so leaving the field, or the page, loses nothing); Enter saves the
 * names, Escape puts the saved name back.
 */
export function SegmentNameCell({ name, renamed, colour, problem, onChange, onRevert, onSave }: SegmentNameCellProps) {
  const { t } = useTranslation('segments');
  const [editing, setEditing] = useState(false);
  const open = editing || problem !== undefined;
  return (
    <Group gap="xs" wrap="nowrap">
      <ColorSwatch color={colour} size={10} withShadow={false} />
      {!open ? (
        <>
          <Text size="sm" fw={500} fs={renamed ? 'italic' : undefined} style={{ whiteSpace: 'nowrap' }} data-testid="segment-name">
            {name}
          </Text>
          {renamed && (
            <Tooltip label={t('profile.renamedUnsaved')} withArrow openDelay={300}>
              <ColorSwatch color="var(--mantine-color-orange-6)" size={7} withShadow={false} aria-label={t('profile.renamedUnsaved')} data-testid="segment-renamed" />
            </Tooltip>
          )}
          <Tooltip label={t('profile.rename')} withArrow openDelay={300}>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('profile.renameSegment', { name })} onClick={() => setEditing(true)} data-testid="segment-rename">
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
        </>
      ) : (
        <TextInput
          size="xs"
          w={220}
          autoFocus
          value={name}
          error={problem}
          aria-label={t('profile.segmentName')}
          description={problem ? undefined : t('profile.enterSaves')}
          onChange={(e) => onChange(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              onSave();
              setEditing(false);
            }
            if (e.key === 'Escape') {
              onRevert();
              setEditing(false);
            }
          }}
          onBlur={() => setEditing(false)}
          data-testid="segment-name-input"
        />
      )}
    </Group>
  );
}
