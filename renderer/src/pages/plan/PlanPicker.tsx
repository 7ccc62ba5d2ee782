import { Alert, Badge, Button, FileButton, Group, List, Menu, Paper, Select, Text } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconDownload, IconFilePlus, IconTrash, IconUpload } from '@tabler/icons-react';
import type { PlanSummary } from '../../../../shared/contract/methods';
import type { Formatters } from '../../format/formatters';

interface PlanPickerProps {
  plans: readonly PlanSummary[] | null;
  listError: string | null;
  planId: number | null;
  version: number | null;
  dirty: boolean;
  canExport: boolean;
  importProblems: readonly string[] | null;
  format: Formatters;
  onOpen: (planId: number) => void;
  onNew: (template: 'basic' | 'full') => void;
  onDelete: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
  onDismissImport: () => void;
}

/** The workspace's plans, and where a plan comes from or goes to: a template, a file, the bin. */
export function PlanPicker(props: PlanPickerProps) {
  const { plans, planId, version, dirty, format } = props;
  const options = (plans ?? []).map((p) => ({ value: String(p.planId), label: `${p.name} · v${p.version}` }));
  const stored = plans?.find((p) => p.planId === planId) ?? null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-picker">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Select
          label="Plan"
          placeholder={plans === null ? 'Reading the plans…' : options.length ? 'Open a stored plan' : 'No stored plans yet'}
          data={options}
          value={planId === null ? null : String(planId)}
          onChange={(v) => v && props.onOpen(Number(v))}
          allowDeselect={false}
          disabled={!options.length}
          w={320}
          data-testid="plan-select"
        />
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="default" leftSection={<IconFilePlus size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="new-plan">
              New plan
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => props.onNew('basic')} data-testid="new-plan-basic">
              Basic template
              <Text size="xs" c="dimmed">
                1 point per unit, one reward, no expiry
              </Text>
            </Menu.Item>
            <Menu.Item onClick={() => props.onNew('full')} data-testid="new-plan-full">
              Full template
              <Text size="xs" c="dimmed">
                Every mechanic switched on
              </Text>
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <FileButton onChange={(file) => file && props.onImport(file)} accept=".json,application/json" inputProps={{ 'data-testid': 'plan-file-input' } as Record<string, string>}>
          {(button) => (
            <Button variant="default" leftSection={<IconUpload size={16} />} {...button}>
              Import plan file
            </Button>
          )}
        </FileButton>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={props.onExport} disabled={!props.canExport} data-testid="export-plan">
          Export plan file
        </Button>
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={props.onDelete} disabled={planId === null} ml="auto" data-testid="delete-plan">
          Delete
        </Button>
      </Group>
      <Group gap="xs" mt="sm">
        {planId === null ? (
          <Badge variant="light" color="gray">
            New, not saved yet
          </Badge>
        ) : (
          <Badge variant="light" color="indigo">
            Version {version}
          </Badge>
        )}
        {dirty && planId !== null && (
          <Badge variant="light" color="orange" data-testid="plan-dirty">
            Unsaved changes
          </Badge>
        )}
        {stored && (
          <Text size="xs" c="dimmed">
            Saved {format.dateTime(stored.updatedAt)}
          </Text>
        )}
      </Group>
      {props.listError && (
        <Alert color="red" variant="light" mt="sm" icon={<IconAlertTriangle size={18} />} title="The workspace’s plans could not be read">
          <Text size="sm">{props.listError}</Text>
        </Alert>
      )}
      {props.importProblems && (
        <Alert color="red" variant="light" mt="sm" icon={<IconAlertTriangle size={18} />} title="This file is not a valid plan; nothing was imported" withCloseButton onClose={props.onDismissImport} data-testid="plan-import-problems">
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
