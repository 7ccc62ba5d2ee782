import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planNameProblem } from './planNames';

export interface NamePlanRequest {
  title: string;
  intro: string;
  /** A name no plan has yet, for the user to keep or change. */
  proposed: string;
  /** The workspace's plan names, which a new plan may not repeat. */
  taken: readonly string[];
  confirm: string;
  onConfirm: (name: string) => void;
}

/**
 * Asks for the name of a plan about to be made (from a template, or a copy with goal seek's
 * value), proposing one no other plan has, so the pickers never show two plans alike.
 */
export function NamePlanModal({ request, busy = false, onClose }: { request: NamePlanRequest | null; busy?: boolean; onClose: () => void }) {
  const { t } = useTranslation('plan');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  useEffect(() => {
    setName(request?.proposed ?? '');
    setTried(false);
  }, [request]);
  const problem = request ? planNameProblem(name, request.taken) : null;
  const submit = () => {
    setTried(true);
    if (!request || problem !== null) return;
    request.onConfirm(name.trim());
  };
  return (
    <Modal opened={request !== null} onClose={onClose} title={request?.title} centered size="md" data-testid="name-plan-modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{request?.intro}</Text>
          <TextInput
            label={t('nameModal.label')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={(tried || problem === 'taken' || problem === 'tooLong') && problem ? t(`nameModal.problems.${problem}`, { name: name.trim() }) : undefined}
            data-autofocus
            onFocus={(e) => e.currentTarget.select()}
            data-testid="name-plan-input"
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('designer.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="name-plan-confirm">
              {request?.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
