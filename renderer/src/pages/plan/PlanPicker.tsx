import { Alert, Badge, Button, FileButton, Group, List, Menu, Paper, Select, Text } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconDownload, IconFilePlus, IconTrash, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../shared/contract/methods';
import type { Formatters } from '../../format/formatters';

interface PlanPickerProps {
  plans: readonly PlanSummary[] | null;
  listError: string | null;
  planId: number | null;
  version: number | null;
  /** The unsaved new plan's name while there is one; it is listed with the stored plans. */
  newPlanName: string | null;
  showingNew: boolean;
  dirty: boolean;
  /** True for a stored plan with unsaved changes kept as a draft. */
  hasDraft: (planId: number) => boolean;
  canExport: boolean;
  importProblems: readonly string[] | null;
  format: Formatters;
  onOpen: (planId: number) => void;
  onOpenNew: () => void;
  onNew: (template: 'basic' | 'full') => void;
  onDelete: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
  onDismissImport: () => void;
}

/** The workspace's plans, and where a plan comes from or goes to: a template, a file, the bin. */
export function PlanPicker(props: PlanPickerProps) {
  const { plans, planId, version, dirty, format } = props;
  const { t } = useTranslation('plan');
  const stored = (plans ?? []).map((p) => {
    const label = `${p.name} · v${p.version}`;
    return { value: String(p.planId), label: props.hasDraft(p.planId) ? t('picker.withDraft', { label }) : label };
  });
  const options = props.newPlanName === null ? stored : [{ value: 'new', label: t('picker.newDraft', { name: props.newPlanName }) }, ...stored];
  const shown = plans?.find((p) => p.planId === planId) ?? null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-picker">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Select
          label={t('picker.label')}
          placeholder={plans === null ? t('picker.reading') : options.length ? t('picker.open') : t('picker.none')}
          data={options}
          value={props.showingNew ? (props.newPlanName === null ? null : 'new') : planId === null ? null : String(planId)}
          onChange={(v) => (v === 'new' ? props.onOpenNew() : v && props.onOpen(Number(v)))}
          allowDeselect={false}
          disabled={!options.length}
          w={320}
          data-testid="plan-select"
        />
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="default" leftSection={<IconFilePlus size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="new-plan">
              {t('picker.newPlan')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => props.onNew('basic')} data-testid="new-plan-basic">
              {t('picker.basic')}
              <Text size="xs" c="dimmed">
                {t('picker.basicAbout')}
              </Text>
            </Menu.Item>
            <Menu.Item onClick={() => props.onNew('full')} data-testid="new-plan-full">
              {t('picker.full')}
              <Text size="xs" c="dimmed">
                {t('picker.fullAbout')}
              </Text>
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <FileButton onChange={(file) => file && props.onImport(file)} accept=".json,application/json" inputProps={{ 'data-testid': 'plan-file-input' } as Record<string, string>}>
          {(button) => (
            <Button variant="default" leftSection={<IconUpload size={16} />} {...button}>
              {t('picker.importFile')}
            </Button>
          )}
        </FileButton>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={props.onExport} disabled={!props.canExport} data-testid="export-plan">
          {t('picker.exportFile')}
        </Button>
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={props.onDelete} disabled={planId === null} ml="auto" data-testid="delete-plan">
          {t('picker.delete')}
        </Button>
      </Group>
      <Group gap="xs" mt="sm">
        {planId === null ? (
          <Badge variant="light" color="gray">
            {t('picker.unsavedNew')}
          </Badge>
        ) : (
          <Badge variant="light" color="indigo">
            {t('picker.version', { version })}
          </Badge>
        )}
        {dirty && planId !== null && (
          <Badge variant="light" color="orange" data-testid="plan-dirty">
            {t('picker.unsavedChanges')}
          </Badge>
        )}
        {shown && (
          <Text size="xs" c="dimmed">
            {t('picker.savedAt', { when: format.dateTime(shown.updatedAt) })}
          </Text>
        )}
      </Group>
      {props.listError && (
        <Alert color="red" variant="light" mt="sm" icon={<IconAlertTriangle size={18} />} title={t('picker.listError')}>
          <Text size="sm">{props.listError}</Text>
        </Alert>
      )}
      {props.importProblems && (
        <Alert color="red" variant="light" mt="sm" icon={<IconAlertTriangle size={18} />} title={t('picker.importError')} withCloseButton onClose={props.onDismissImport} data-testid="plan-import-problems">
          <List size="sm" spacing={2}>
            {props.importProblems.map((p, i) => (
              <List.Item key={i}>
                <Text size="sm" ff="monospace" span>
                  {p}
                </Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Paper>
  );
}
