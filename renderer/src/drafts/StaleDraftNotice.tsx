import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftState } from './draftState';

/**
 * A draft begun from a value that has since been saved anew (goal seek applied to the plan, the
 * same workspace open in another window): saving it would replace that change, so the user
 * chooses, and the notice stays until they do.
 */
export function StaleDraftNotice({ draft, testId }: { draft: Pick<DraftState<unknown>, 'stale' | 'discard' | 'rebase'>; testId: string }) {
  const { t } = useTranslation('drafts');
  if (!draft.stale) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={t('stale.title')} data-testid={testId}>
      <Text size="sm">{t('stale.text')}</Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="default" onClick={draft.rebase} data-testid={`${testId}-keep`}>
          {t('stale.keep')}
        </Button>
        <Button size="xs" variant="default" onClick={draft.discard} data-testid={`${testId}-discard`}>
          {t('stale.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
