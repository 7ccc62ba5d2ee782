import { Button, Checkbox, Group, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { IconArrowMerge } from '@tabler/icons-react';
import type { SegmentationResult, SegmentSummary } from '../../../../shared/domain/segmentation';
import { segmentColour } from '../../charts/segmentScatterOption';
import type { ChartTheme } from '../../charts/chartTheme';
import type { Formatters } from '../../format/formatters';
import { formatFeature } from './qualityWords';
import { SegmentNameCell } from './SegmentNameCell';

interface SegmentProfileTableProps {
  result: SegmentationResult;
  theme: ChartTheme;
  format: Formatters;
  /** Segments ticked for merging. */
  selected: readonly number[];
  onToggle: (segment: number) => void;
  onMerge: () => void;
  /** Resolves to a message to show under the name, or null when saved. */
  onRename: (segment: number, name: string) => Promise<string | null>;
}

/** One row per segment and one for all customers: size, share and the mean of each value feature; rename and merge from here. */
export function SegmentProfileTable({ result, theme, format, selected, onToggle, onMerge, onRename }: SegmentProfileTableProps) {
  const featureNames = result.overall.features.map((f) => f.name);
  const features = (s: SegmentSummary) =>
    featureNames.map((name) => {
      const f = s.features.find((x) => x.name === name);
      return (
        <Table.Td key={name} ta="right" style={{ whiteSpace: 'nowrap' }}>
          {f ? formatFeature(name, f.mean, format) : '–'}
        </Table.Td>
      );
    });
  return (
    <Paper withBorder radius="md" p="lg" data-testid="segment-profile">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <div>
          <Text fw={600} size="sm">
            Segment profiles
          </Text>
          <Text size="xs" c="dimmed">
            Means per segment; lifetime value is the discounted margin over {result.valueModel.horizonMonths} months at {format.percent(result.valueModel.margin)} margin and{' '}
            {format.percent(result.valueModel.discountRatePerYear)} a year discount. Tick two or more segments to merge them.
          </Text>
        </div>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconArrowMerge size={14} />}
          disabled={selected.length < 2}
          onClick={onMerge}
          style={{ flexShrink: 0 }}
          data-testid="segment-merge"
        >
          Merge selected…
        </Button>
      </Group>
      <ScrollArea type="auto">
        <Table verticalSpacing={8} fz="sm" className="lw-figures" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36} />
              <Table.Th>Segment</Table.Th>
              <Table.Th ta="right">Customers</Table.Th>
              <Table.Th ta="right">Share</Table.Th>
              {featureNames.map((name) => (
                <Table.Th key={name} ta="right">
                  {name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.segments.map((s, i) => (
              <Table.Tr key={s.segment} data-testid="segment-profile-row">
                <Table.Td>
                  <Checkbox
                    size="xs"
                    checked={selected.includes(s.segment)}
                    onChange={() => onToggle(s.segment)}
                    aria-label={`Select ${s.name} for merging`}
                    data-testid="segment-select"
                  />
                </Table.Td>
                <Table.Td>
                  <SegmentNameCell key={s.name} name={s.name} colour={segmentColour(theme, i)} onRename={(name) => onRename(s.segment, name)} />
                </Table.Td>
                <Table.Td ta="right">{format.count(s.size)}</Table.Td>
                <Table.Td ta="right">{format.percent(s.share)}</Table.Td>
                {features(s)}
              </Table.Tr>
            ))}
            <Table.Tr fw={600} bg="var(--lw-group-row-bg)" data-testid="segment-profile-overall">
              <Table.Td />
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <span style={{ width: 10 }} />
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {result.overall.name}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td ta="right">{format.count(result.overall.size)}</Table.Td>
              <Table.Td ta="right">{format.percent(result.overall.share)}</Table.Td>
              {features(result.overall)}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
