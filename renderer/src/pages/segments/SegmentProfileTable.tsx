import { ColorSwatch, Group, Paper, ScrollArea, Table, Text } from '@mantine/core';
import type { SegmentationResult, SegmentSummary } from '../../../../shared/domain/segmentation';
import { segmentColour } from '../../charts/segmentScatterOption';
import type { ChartTheme } from '../../charts/chartTheme';
import type { Formatters } from '../../format/formatters';
import { formatFeature } from './qualityWords';

interface SegmentProfileTableProps {
  result: SegmentationResult;
  theme: ChartTheme;
  format: Formatters;
}

/** One row per segment and one for all customers: size, share and the mean of each value feature. */
export function SegmentProfileTable({ result, theme, format }: SegmentProfileTableProps) {
  const featureNames = result.overall.features.map((f) => f.name);
  const row = (s: SegmentSummary, colour: string | null) => (
    <Table.Tr key={s.segment} fw={colour ? undefined : 600} bg={colour ? undefined : 'var(--lw-group-row-bg)'} data-testid={colour ? 'segment-profile-row' : 'segment-profile-overall'}>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {colour ? <ColorSwatch color={colour} size={10} withShadow={false} /> : <span style={{ width: 10 }} />}
          <Text size="sm" fw={colour ? 500 : 600} style={{ whiteSpace: 'nowrap' }}>
            {s.name}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td ta="right">{format.count(s.size)}</Table.Td>
      <Table.Td ta="right">{format.percent(s.share)}</Table.Td>
      {featureNames.map((name) => {
        const f = s.features.find((x) => x.name === name);
        return (
          <Table.Td key={name} ta="right" style={{ whiteSpace: 'nowrap' }}>
            {f ? formatFeature(name, f.mean, format) : '–'}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
  return (
    <Paper withBorder radius="md" p="lg" data-testid="segment-profile">
      <Text fw={600} size="sm">
        Segment profiles
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        Means per segment; lifetime value is the discounted margin over {result.valueModel.horizonMonths} months at {format.percent(result.valueModel.margin)} margin and{' '}
        {format.percent(result.valueModel.discountRatePerYear)} a year discount.
      </Text>
      <ScrollArea type="auto">
        <Table verticalSpacing={8} fz="sm" className="lw-figures" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
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
            {result.segments.map((s, i) => row(s, segmentColour(theme, i)))}
            {row(result.overall, null)}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
