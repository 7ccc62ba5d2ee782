import { ActionIcon, Badge, Button, Checkbox, Group, Menu, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconCopy, IconDots, IconPencil, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import type { ScenarioSummary } from '../../../../shared/domain/scenarios';
import type { Formatters } from '../../format/formatters';

const STRINGS = {
  title: 'Scenarios',
  hint: 'Tick up to four to compare; the first ticked is the baseline the others are measured against.',
  columns: { compare: 'Compare', name: 'Scenario', plan: 'Plan', seed: 'Seed', draws: 'Draws', customers: 'Customers', lastRun: 'Last run', status: 'Status' },
  all: 'All',
  never: 'Never',
  status: { notRun: 'Not run', stale: 'Out of date', current: 'Up to date' },
  staleWhy: 'The plan or the settings changed after the last run: its figures are out of date. Run it again.',
  run: 'Run',
  actions: 'More actions',
  edit: 'Rename or edit',
  duplicate: 'Duplicate',
  delete: 'Delete',
  maxCompared: 'At most four scenarios side by side.',
  baseline: 'baseline',
} as const;

export const MAX_COMPARED = 4;

interface ScenarioListProps {
  scenarios: readonly ScenarioSummary[];
  compared: readonly number[];
  runningId: number | null;
  busy: boolean;
  format: Formatters;
  onToggleCompare: (scenarioId: number) => void;
  onRun: (scenario: ScenarioSummary) => void;
  onEdit: (scenario: ScenarioSummary) => void;
  onDuplicate: (scenario: ScenarioSummary) => void;
  onDelete: (scenario: ScenarioSummary) => void;
}

function StatusBadge({ scenario }: { scenario: ScenarioSummary }) {
  if (!scenario.lastRun)
    return (
      <Badge variant="light" color="gray" data-testid="scenario-status">
        {STRINGS.status.notRun}
      </Badge>
    );
  if (scenario.stale)
    return (
      <Tooltip label={STRINGS.staleWhy} multiline w={260} withArrow>
        <Badge variant="light" color="yellow" data-testid="scenario-status" style={{ cursor: 'help' }}>
          {STRINGS.status.stale}
        </Badge>
      </Tooltip>
    );
  return (
    <Badge variant="light" color="teal" data-testid="scenario-status">
      {STRINGS.status.current}
    </Badge>
  );
}

/** The workspace's scenarios: what each runs, whether its figures are current, and what can be done with it. */
export function ScenarioList({ scenarios, compared, runningId, busy, format, onToggleCompare, onRun, onEdit, onDuplicate, onDelete }: ScenarioListProps) {
  const full = compared.length >= MAX_COMPARED;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="scenario-list">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {STRINGS.title}
        </Text>
        <Text size="xs" c="dimmed">
          {STRINGS.hint}
        </Text>
      </Group>
      <Table verticalSpacing={8} fz="sm" className="lw-figures" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{STRINGS.columns.compare}</Table.Th>
            <Table.Th>{STRINGS.columns.name}</Table.Th>
            <Table.Th>{STRINGS.columns.plan}</Table.Th>
            <Table.Th ta="right">{STRINGS.columns.seed}</Table.Th>
            <Table.Th ta="right">{STRINGS.columns.draws}</Table.Th>
            <Table.Th ta="right">{STRINGS.columns.customers}</Table.Th>
            <Table.Th>{STRINGS.columns.lastRun}</Table.Th>
            <Table.Th>{STRINGS.columns.status}</Table.Th>
            <Table.Th w={130} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scenarios.map((s) => {
            const position = compared.indexOf(s.scenarioId);
            const ticked = position >= 0;
            const running = runningId === s.scenarioId;
            return (
              <Table.Tr key={s.scenarioId} data-testid="scenario-row" data-name={s.name} data-stale={s.stale ? 'true' : 'false'} data-run={s.lastRun ? 'true' : 'false'}>
                <Table.Td>
                  <Tooltip label={STRINGS.maxCompared} disabled={ticked || !full} withArrow>
                    <Checkbox
                      checked={ticked}
                      disabled={!ticked && full}
                      onChange={() => onToggleCompare(s.scenarioId)}
                      aria-label={`${STRINGS.columns.compare} ${s.name}`}
                      data-testid="scenario-compare-check"
                    />
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} span>
                    {s.name}
                  </Text>
                  {position === 0 && compared.length > 1 && (
                    <Badge size="xs" variant="outline" color="gray" ml={8}>
                      {STRINGS.baseline}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {s.planName}{' '}
                  <Text span size="xs" c="dimmed">
                    v{s.planVersion}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{s.seed}</Table.Td>
                <Table.Td ta="right">{format.count(s.draws)}</Table.Td>
                <Table.Td ta="right">{s.maxCustomers === null ? STRINGS.all : format.count(s.maxCustomers)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={s.lastRun ? undefined : 'dimmed'}>
                    {s.lastRun ? format.dateTime(s.lastRun.startedAt) : STRINGS.never}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge scenario={s} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant={s.lastRun && !s.stale ? 'default' : 'light'}
                      leftSection={<IconPlayerPlay size={14} />}
                      onClick={() => onRun(s)}
                      loading={running}
                      disabled={busy && !running}
                      data-testid="scenario-run"
                    >
                      {STRINGS.run}
                    </Button>
                    <Menu position="bottom-end" withinPortal shadow="md">
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={`${STRINGS.actions}: ${s.name}`} disabled={running} data-testid="scenario-menu">
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => onEdit(s)} data-testid="scenario-edit">
                          {STRINGS.edit}
                        </Menu.Item>
                        <Menu.Item leftSection={<IconCopy size={15} />} onClick={() => onDuplicate(s)} data-testid="scenario-duplicate">
                          {STRINGS.duplicate}
                        </Menu.Item>
                        <Menu.Divider />
                        <Menu.Item color="red" leftSection={<IconTrash size={15} />} onClick={() => onDelete(s)} data-testid="scenario-delete">
                          {STRINGS.delete}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
