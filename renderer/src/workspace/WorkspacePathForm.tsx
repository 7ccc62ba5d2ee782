import { Alert, Button, Divider, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { BackendError } from '../../../shared/contract/errors';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { defaultWorkspaceSettings } from '../../../shared/domain/workspaceSettings';
import { appLocale } from '../format/formatters';
import { workspacePathError } from './pathValidation';
import { RecentWorkspaceList } from './RecentWorkspaceList';
import { useRecentWorkspaces } from './useRecentWorkspaces';
import type { PathDialogKind, WorkspaceActions } from './useWorkspaceActions';
import { WorkspaceSettingsFields, type MoneySettings } from './WorkspaceSettingsFields';
import { useTranslation } from 'react-i18next';

function suggestedPath(kind: PathDialogKind, current: WorkspaceSummary | null): string {
  if (kind === 'saveAs' && current) return current.path.replace(/\.lwb$/i, ' copy.lwb');
  return kind === 'new' ? '~/' : '';
}

interface WorkspacePathFormProps {
  kind: PathDialogKind;
  actions: WorkspaceActions;
  current: WorkspaceSummary | null;
  /** A path the user already chose in a native dialog. */
  presetPath?: string | undefined;
}

/**
 * A path field checked with the same schema the backend uses, so the message under the field
 * is the one the backend would give. Backend failures (no such file, file exists) show inside
 * the dialog, next to the path that caused them.
 */
export function WorkspacePathForm({ kind, actions, current, presetPath }: WorkspacePathFormProps) {
  const { t } = useTranslation('workspace');
  const { recent, refresh } = useRecentWorkspaces();
  const [path, setPath] = useState(() => presetPath ?? suggestedPath(kind, current));
  // A new workspace's currency and format start from the interface language (es: es-ES and EUR;
  // en-US: USD), the user's likeliest client; they are the data's, so the user may pick others.
  const [money, setMoney] = useState<MoneySettings>(() => defaultWorkspaceSettings(appLocale()));
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
    actions.submitPath(kind, target, overwrite, kind === 'new' ? money : undefined).then(
      () => actions.closeDialog(),
      (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))),
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(path);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t(`intro.${kind}`)}
        </Text>
        <TextInput
          label={t('file')}
          description={t('fileDescription')}
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
        {kind === 'new' && <WorkspaceSettingsFields value={money} onChange={setMoney} currencyFollowsLocale disabled={actions.busy} />}
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={failure.message} data-testid="workspace-path-failure">
            {failure instanceof BackendError && failure.hint}
            {canReplace && (
              <Group mt="sm">
                <Button size="xs" color="red" onClick={() => submit(path, true)} loading={actions.busy}>
                  {t('replace')}
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
            {t('cancel')}
          </Button>
          <Button type="submit" loading={actions.busy} data-testid="workspace-path-submit">
            {t(`submit.${kind}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
