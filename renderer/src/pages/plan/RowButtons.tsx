import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

/** Removes a table row; a row that must stay is faded rather than boxed in grey. */
export function RemoveButton({ label, onClick, disabled, why }: { label: string; onClick: () => void; disabled?: boolean; why?: string }) {
  const button = (
    <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={onClick} disabled={disabled} style={disabled ? { background: 'transparent', opacity: 0.35 } : undefined}>
      <IconTrash size={15} />
    </ActionIcon>
  );
  return disabled && why ? (
    <Tooltip label={why} withArrow>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
}

export function AddButton({ label, onClick, disabled, testId }: { label: string; onClick: () => void; disabled?: boolean; testId?: string }) {
  return (
    <Group>
      <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onClick} disabled={disabled} data-testid={testId}>
        {label}
      </Button>
    </Group>
  );
}
