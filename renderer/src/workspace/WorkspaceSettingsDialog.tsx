import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSettingsView } from '../../../shared/contract/methods';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';
import { appLocale } from '../format/formatters';
import { settingsConsequences } from './settingsChoices';
import { WorkspaceSettingsFields, type MoneySettings } from './WorkspaceSettingsFields';

interface WorkspaceSettingsDialogProps {
  opened: boolean;
  onClose: () => void;
  summary: WorkspaceSummary;
}

/**
 * The open workspace's currency and number format. A change of currency converts nothing: it says
 * so before it is saved, naming the transactions read in the new currency and the plans it leaves
 * in another (they are refused at run time until their own currency is changed).
 */
export function WorkspaceSettingsDialog({ opened, onClose, summary }: WorkspaceSettingsDialogProps) {
  const { t } = useTranslation('workspace');
  return (
    <Modal opened={opened} onClose={onClose} title={t('titles.settings')} size="lg" centered styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}>
      {/* Mounted afresh each time it opens, so it reads the settings as they are now. */}
      {opened && <SettingsForm summary={summary} onClose={onClose} />}
    </Modal>
  );
}

function SettingsForm({ summary, onClose }: { summary: WorkspaceSummary; onClose: () => void }) {
  const { t } = useTranslation('workspace');
  const [view, setView] = useState<WorkspaceSettingsView | null>(null);
  const [value, setValue] = useState<MoneySettings | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    invoke('workspace.settings', {}).then(
      (read) => {
        if (!live) return;
        setView(read);
        setValue({ currencyCode: read.currencyCode, locale: read.locale ?? appLocale() });
      },
      (error: unknown) => live && setFailure(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, []);

  if (!view || !value) {
    return failure ? (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={failure.message} />
    ) : (
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm">{t('settingsDialog.loading')}</Text>
      </Group>
    );
  }

  // A workspace that never chose a format keeps following the interface language unless one is picked.
  const shownLocale = view.locale ?? appLocale();
  const change = {
    ...(value.currencyCode !== view.currencyCode ? { currencyCode: value.currencyCode } : {}),
    ...(value.locale !== shownLocale ? { locale: value.locale } : {}),
  };
  const changed = Object.keys(change).length > 0;
  const consequences = settingsConsequences(view, value.currencyCode);

  const save = () => {
    setSaving(true);
    setFailure(null);
    // The backend tells every window of the change ('workspace.changed'): the pages follow it.
    invoke('workspace.setSettings', change).then(
      () => onClose(),
      (error: unknown) => {
        setSaving(false);
        setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
  };

  return (
    <Stack gap="md" data-testid="workspace-settings">
      <Text size="sm" c="dimmed">
        {t('settingsDialog.intro', { name: summary.name })}
      </Text>
      {view.locale === null && (
        <Text size="sm" c="dimmed">
          {t('settingsDialog.followsLanguage', { locale: appLocale() })}
        </Text>
      )}
      <WorkspaceSettingsFields value={value} onChange={setValue} currencyFollowsLocale={false} disabled={saving} />
      {consequences.currencyChanged && (consequences.transactions > 0 || consequences.plansLeft.length > 0) && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} title={t('settingsDialog.whatHappens')} data-testid="workspace-settings-consequences">
          <List size="sm" spacing={6}>
            {consequences.transactions > 0 && <List.Item>{t('settingsDialog.transactions', { count: consequences.transactions, currency: value.currencyCode })}</List.Item>}
            {consequences.plansLeft.length > 0 && (
              <List.Item>
                {t('settingsDialog.plansLeft', {
                  count: consequences.plansLeft.length,
                  plans: consequences.plansLeft.map((p) => `${t('settingsDialog.quoted', { name: p.name })} (${p.currency})`).join(', '),
                  currency: value.currencyCode,
                })}
              </List.Item>
            )}
            <List.Item>{t('settingsDialog.runsKept')}</List.Item>
          </List>
        </Alert>
      )}
      {failure && <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('settingsDialog.failed')}>{failure.message}</Alert>}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('cancel')}
        </Button>
        <Button onClick={save} disabled={!changed} loading={saving} data-testid="workspace-settings-save">
          {t('settingsDialog.save')}
        </Button>
      </Group>
    </Stack>
  );
}
