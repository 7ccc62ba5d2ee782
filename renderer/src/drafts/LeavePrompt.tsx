import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconFileDescription, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../backend/client';
import { clearPendingLeave, onBeforeUnload, pendingLeave, subscribeLeave } from './leaveGuard';

/**
 * The question before leaving a page with unsaved drafts: save them, discard them, leave them
 * as drafts (found again on coming back), or stay. Mounted once by the app frame; also asks the
 * browser to confirm a reload or close.
 */
export function LeavePrompt() {
  const { t } = useTranslation('drafts');
  const pending = useSyncExternalStore(subscribeLeave, pendingLeave);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    // Electron shows no dialog for a page that refuses to unload: the window would just not
    // close. The desktop shell has no 'will-prevent-unload' question yet, and the drafts are
    // kept on this machine anyway, so only the browser asks.
    if (host.hasNativeDialogs) return undefined;
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  useEffect(() => setFailed(false), [pending]);

  const guards = pending?.guards ?? [];
  const blocked = guards.map((g) => g.cannotSave).filter((reason): reason is string => reason !== null);

  const leave = () => {
    const proceed = pending?.proceed;
    clearPendingLeave();
    proceed?.();
  };
  const saveAll = async () => {
    setSaving(true);
    let allSaved = true;
    // One after another: each save answers on its own page, and a failure stops the leave.
    for (const guard of guards) if (guard.dirty) allSaved = (await guard.save()) && allSaved;
    setSaving(false);
    if (allSaved) leave();
    else setFailed(true);
  };
  const discardAll = () => {
    for (const guard of guards) guard.discard();
    leave();
  };

  return (
    <Modal opened={pending !== null} onClose={() => !saving && clearPendingLeave()} title={t('leave.title')} centered size="xl" data-testid="leave-prompt">
      <Stack gap="sm">
        <div>
          <Text size="sm">{t('leave.intro')}</Text>
          <List size="sm" mt={4} spacing={2} data-testid="leave-prompt-drafts">
            {guards.map((g) => (
              <List.Item key={g.label}>{g.label}</List.Item>
            ))}
          </List>
        </div>
        {blocked.map((reason) => (
          <Alert key={reason} color="yellow" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
            <Text size="sm">{reason}</Text>
          </Alert>
        ))}
        {failed && (
          <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="leave-prompt-failed">
            <Text size="sm">{t('leave.notSaved')}</Text>
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          {t('leave.kept')}
        </Text>
        <Group justify="space-between" gap="sm" mt="xs" wrap="nowrap">
          <Button variant="default" onClick={clearPendingLeave} disabled={saving} data-testid="leave-stay">
            {t('leave.stay')}
          </Button>
          <Group gap="sm" wrap="nowrap">
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={discardAll} disabled={saving} data-testid="leave-discard">
              {t('leave.discard')}
            </Button>
            <Button variant="default" leftSection={<IconFileDescription size={16} />} onClick={leave} disabled={saving} data-testid="leave-keep">
              {t('leave.keep')}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void saveAll()} loading={saving} disabled={blocked.length > 0} data-testid="leave-save" data-autofocus>
              {t('leave.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
