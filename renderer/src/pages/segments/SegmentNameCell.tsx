import { ActionIcon, ColorSwatch, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SegmentNameCellProps {
  name: string;
  colour: string;
  /** Saves the new name; resolves to a message to show under the input, or null when saved. */
  onRename: (name: string) => Promise<string | null>;
}

/** A segment's name with an edit icon that turns it into an input; Enter saves, Escape cancels. */
export function SegmentNameCell({ name, colour, onRename }: SegmentNameCellProps) {
  const { t } = useTranslation('segments');
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const cancel = () => {
    setDraft(null);
    setError(null);
  };
  const save = (value: string) => {
    if (value.trim() === name) {
      cancel();
      return;
    }
    setSaving(true);
    void onRename(value).then((problem) => {
      setSaving(false);
      if (problem) setError(problem);
      else cancel();
    });
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <ColorSwatch color={colour} size={10} withShadow={false} />
      {draft === null ? (
        <>
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {name}
          </Text>
          <Tooltip label={t('profile.rename')} withArrow openDelay={300}>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('profile.renameSegment', { name })} onClick={() => setDraft(name)} data-testid="segment-rename">
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
        </>
      ) : (
        <TextInput
          size="xs"
          w={220}
          autoFocus
          value={draft}
          disabled={saving}
          error={error}
          aria-label={t('profile.segmentName')}
          description={error ? undefined : t('profile.enterSaves')}
          onChange={(e) => {
            setDraft(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save(draft);
            if (e.key === 'Escape') cancel();
          }}
          onBlur={() => {
            if (!saving && !error) cancel();
          }}
          data-testid="segment-name-input"
        />
      )}
    </Group>
  );
}
