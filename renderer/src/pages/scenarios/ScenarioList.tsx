import { ActionIcon, Badge, Button, Checkbox, Group, Menu, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconCopy, IconDots, IconPencil, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import type { ScenarioSummary } from '../../../../shared/domain/scenarios';
import { useTranslation } from 'react-i18next';
import type { Formatters } from '../../format/formatters';
import { staleReasonsText, statusExplanation } from './staleness';

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

const STATUS_COLOUR = { 'up-to-date': 'teal', stale: 'orange', 'never-run': 'gray' } as const;

/** The status the backend computed, with why in words: under the badge when stale, in full in its tooltip. */
function StatusBadge({ scenario }: { scenario: ScenarioSummary }) {
  const { t, i18n } = useTranslation('scenarios');
  const reasons = scenario.status === 'stale' ? staleReasonsText(scenario, t, i18n.language) : '';
  return (
    <Tooltip label={statusExplanation(scenario, t, i18n.language)} multiline w={300} withArrow>
      <div style={{ cursor: 'help', maxWidth: 220 }}>
        <Badge variant="light" color={STATUS_COLOUR[scenario.status]} data-testid="scenario-status" data-status={scenario.status}>
          {t(`staleness.status.${scenario.status}`)}
        </Badge>
        {reasons && (
          <Text size="xs" c="orange.8" mt={3} lh={1.3} data-testid="scenario-stale-because">
            {reasons.charAt(0).toLocaleUpperCase(i18n.language) + reasons.slice(1)}
          </Text>
        )}
      </div>
    </Tooltip>
  );
}

/** The workspace's scenarios: what each runs, whether its figures are current, and what can be done with it. */
export function ScenarioList({ scenarios, compared, runningId, busy, format, onToggleCompare, onRun, onEdit, onDuplicate, onDelete }: ScenarioListProps) {
  const { t } = useTranslation('scenarios');
  const full = compared.length >= MAX_COMPARED;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="scenario-list">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {t('list.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('list.hint')}
        </Text>
      </Group>
      <Table verticalSpacing={8} fz="sm" className="lw-figures" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('list.columns.compare')}</Table.Th>
            <Table.Th>{t('list.columns.name')}</Table.Th>
            <Table.Th>{t('list.columns.plan')}</Table.Th>
            <Table.Th ta="right">{t('list.columns.seed')}</Table.Th>
            <Table.Th ta="right">{t('list.columns.draws')}</Table.Th>
            <Table.Th ta="right">{t('list.columns.customers')}</Table.Th>
            <Table.Th>{t('list.columns.lastRun')}</Table.Th>
            <Table.Th>{t('list.columns.status')}</Table.Th>
            <Table.Th w={130} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scenarios.map((s) => {
            const position = compared.indexOf(s.scenarioId);
            const ticked = position >= 0;
            const running = runningId === s.scenarioId;
            return (
              <Table.Tr key={s.scenarioId} data-testid="scenario-row" data-name={s.name} data-stale={s.status === 'stale' ? 'true' : 'false'} data-status={s.status} data-run={s.lastRun ? 'true' : 'false'}>
                <Table.Td>
                  <Tooltip label={t('list.maxCompared')} disabled={ticked || !full} withArrow>
                    <Checkbox
                      checked={ticked}
                      disabled={!ticked && full}
                      onChange={() => onToggleCompare(s.scenarioId)}
                      aria-label={`${t('list.columns.compare')} ${s.name}`}
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
                      {t('list.baseline')}
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
                <Table.Td ta="right">{s.maxCustomers === null ? t('list.all') : format.count(s.maxCustomers)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={s.lastRun ? undefined : 'dimmed'}>
                    {s.lastRun ? format.dateTime(s.lastRun.startedAt) : t('list.never')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge scenario={s} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant={s.status === 'up-to-date' ? 'default' : 'light'}
                      leftSection={<IconPlayerPlay size={14} />}
                      onClick={() => onRun(s)}
                      loading={running}
                      disabled={busy && !running}
                      data-testid="scenario-run"
                    >
                      {t('list.run')}
                    </Button>
                    <Menu position="bottom-end" withinPortal shadow="md">
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={`${t('list.actions')}: ${s.name}`} disabled={running} data-testid="scenario-menu">
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => onEdit(s)} data-testid="scenario-edit">
                          {t('list.edit')}
                        </Menu.Item>
                        <Menu.Item leftSection={<IconCopy size={15} />} onClick={() => onDuplicate(s)} data-testid="scenario-duplicate">
                          {t('list.duplicate')}
                        </Menu.Item>
                        <Menu.Divider />
                        <Menu.Item color="red" leftSection={<IconTrash size={15} />} onClick={() => onDelete(s)} data-testid="scenario-delete">
                          {t('list.delete')}
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
