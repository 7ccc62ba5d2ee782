import { Modal } from '@mantine/core';
import { useState } from 'react';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { WorkspacePathForm } from './WorkspacePathForm';
import type { PathDialog, WorkspaceActions } from './useWorkspaceActions';
import { useTranslation } from 'react-i18next';

interface WorkspaceDialogsProps {
  actions: WorkspaceActions;
  current: WorkspaceSummary | null;
}

/** The browser mode's stand-in for the native New, Open and Save As dialogs. */
export function WorkspaceDialogs({ actions, current }: WorkspaceDialogsProps) {
  // The last dialog stays rendered while the modal fades out, instead of going blank.
  const { t } = useTranslation('workspace');
  const [last, setLast] = useState<PathDialog | null>(null);
  if (actions.dialog && actions.dialog !== last) setLast(actions.dialog);
  const shown = actions.dialog ?? last;

  return (
    <Modal
      opened={actions.dialog !== null}
      onClose={actions.closeDialog}
      title={shown ? t(`titles.${shown.kind}`) : ''}
      size="lg"
      centered
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {shown && <WorkspacePathForm key={shown.id} kind={shown.kind} actions={actions} current={current} presetPath={shown.path} />}
    </Modal>
  );
}
