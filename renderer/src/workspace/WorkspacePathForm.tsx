import { Alert, Button, Divider, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { BackendError } from '../../../shared/contract/errors';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { workspacePathError } from './pathValidation';
import { RecentWorkspaceList } from './RecentWorkspaceList';
import { useRecentWorkspaces } from './useRecentWorkspaces';
import type { PathDialogKind, WorkspaceActions } from './useWorkspaceActions';

export const PATH_DIALOG_TITLES: Record<PathDialogKind, string> = {
  new: 'New workspace',
  open: 'Open workspace',
  saveAs: 'Save workspace as',
};

const COPY: Record<PathDialogKind, { intro: string; submit: string }> = {
  new: {
    intro: 'A workspace is one file that holds a client’s customer data, plans and scenarios. Choose where to create it.',
    submit: 'Create',
  },
  open: { intro: 'Type the path of a workspace file, or pick a recent one.', submit: 'Open' },
  saveAs: {
    intro: 'Saves a copy of the open workspace under a new name and carries on working in the copy.',
    submit: 'Save',
  },
};

function suggestedPath(kind: PathDialogKind, current: WorkspaceSummary | null): string {
  if (kind === 'saveAs' && current) return current.path.replace(/\.lwb$/i, ' copy.lwb');
  return kind === 'new' ? '~/' : '';
}

interface WorkspacePathFormProps {
  kind: PathDialogKind;
  actions: WorkspaceActions;
  current: WorkspaceSummary | null;
}

/**
 * A path field checked with the same schema the backend uses, so the message under the field
 * is the one the backend would give. Backend failures (no such file, file exists) show inside
 * the dialog, next to the path that caused them.
 */
export function WorkspacePathForm({ kind, actions, current }: WorkspacePathFormProps) {
  const { recent, refresh } = useRecentWorkspaces();
  const [path, setPath] = useState(() => suggestedPath(kind, current));
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);

  useEffect(() => {
    if (kind === 'open') refresh();
  }, [kind, refresh]);

  const fieldError = touched ? workspacePathError(path) : null;
  const canReplace = kind === 'saveAs' && failure instanceof BackendError && failure.code === 'already-exists';

  const submit = (target: string, overwrite = false) => {
    setTouched(true);
    if (workspacePathError(target)) return;
    setFailure(null);
    actions.submitPath(kind, target, overwrite).then(
      () => actions.closeDialog(),
      (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))),
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(path);
  };

  const copy = COPY[kind];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {copy.intro}
        </Text>
        <TextInput
          label="Workspace file"
          description="A full path, or one starting with ~ for your home folder. Workspace files end in .lwb."
          placeholder="~/Clients/acme.lwb"
          value={path}
          onChange={(e) => {
            setPath(e.currentTarget.value);
            setFailure(null);
          }}
          onBlur={() => setTouched(path.trim().length > 0 && path.trim() !== '~/')}
          error={fieldError}
          data-autofocus
          spellCheck={false}
          autoComplete="off"
          data-testid="workspace-path-input"
        />
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={failure.message} data-testid="workspace-path-failure">
            {failure instanceof BackendError && failure.hint}
            {canReplace && (
              <Group mt="sm">
                <Button size="xs" color="red" onClick={() => submit(path, true)} loading={actions.busy}>
                  Replace the existing file
                </Button>
              </Group>
            )}
          </Alert>
        )}
        {kind === 'open' && recent.length > 0 && (
          <>
            <Divider />
            <RecentWorkspaceList recent={recent} onPick={(p) => submit(p)} disabled={actions.busy} />
          </>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={actions.closeDialog}>
            Cancel
          </Button>
          <Button type="submit" loading={actions.busy} data-testid="workspace-path-submit">
            {copy.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
