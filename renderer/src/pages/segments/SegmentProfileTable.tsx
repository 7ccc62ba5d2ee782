import { Badge, Button, Checkbox, ColorSwatch, Group, Paper, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowMerge, IconDeviceFloppy } from '@tabler/icons-react';
import type { RefObject } from 'react';
import type { SegmentationResult, SegmentSummary } from '../../../../shared/domain/segmentation';
import { segmentColour } from '../../charts/segmentScatterOption';
import type { ChartTheme } from '../../charts/chartTheme';
import type { Formatters } from '../../format/formatters';
import { formatFeature } from './qualityWords';
import { SegmentNameCell } from './SegmentNameCell';
import { useTranslation } from 'react-i18next';
import { useFeatureName } from './useFeatureName';
import type { SegmentNamesDraft } from './useSegmentNames';
import { DraftToolbar } from '../../drafts/DraftToolbar';
import { StaleDraftNotice } from '../../drafts/StaleDraftNotice';

interface SegmentProfileTableProps {
  result: SegmentationResult;
  theme: ChartTheme;
  format: Formatters;
  /** Segments ticked for merging. */
  selected: readonly number[];
  onToggle: (segment: number) => void;
  onMerge: () => void;
  /**
   * The names' draft of the segmentation in use, which this table shows; null for another
   * (the last of another method), which is read only: renames and merges act on the one in use.
   */
  names: SegmentNamesDraft | null;
  /** The part of the page the names' keys (save, undo, redo) work in. */
  root: RefObject<HTMLDivElement | null>;
}

/** One row per segment and one for all customers: size, share and the mean of each value feature; rename and merge from here. */
export function SegmentProfileTable({ result, theme, format, selected, onToggle, onMerge, names, root }: SegmentProfileTableProps) {
  const { t } = useTranslation('segments');
  const { t: words } = useTranslation('drafts');
  const featureName = useFeatureName();
  const draft = names?.draft ?? null;
  const featureNames = result.overall.features.map((f) => f.name);
  const features = (s: SegmentSummary) =>
    featureNames.map((name) => {
      const f = s.features.find((x) => x.name === name);
      return (
        <Table.Td key={name} ta="right" style={{ whiteSpace: 'nowrap' }}>
          {f ? formatFeature(name, f.mean, format, (value) => t('profile.days', { value })) : '–'}
        </Table.Td>
      );
    });
  return (
    <Paper withBorder radius="md" p="lg" data-testid="segment-profile" ref={root}>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <div>
          <Text fw={600} size="sm">
            {t('profile.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('profile.intro', {
              months: result.valueModel.horizonMonths,
              margin: format.percent(result.valueModel.margin),
              rate: format.percent(result.valueModel.discountRatePerYear),
            })}
          </Text>
        </div>
        {names && draft && (
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <DraftToolbar draft={draft} testId="segment-names" />
          {draft.dirty && (
            <>
              <Badge variant="light" color="orange" data-testid="segment-names-dirty">
                {words('unsaved')}
              </Badge>
              <Button size="xs" variant="subtle" color="gray" onClick={draft.discard} data-testid="segment-names-discard">
                {t('profile.discardNames')}
              </Button>
              <Button size="xs" leftSection={<IconDeviceFloppy size={14} />} onClick={() => void names.save()} loading={names.saving} data-testid="segment-names-save">
                {t('profile.saveNames')}
              </Button>
            </>
          )}
          {/* A merge renumbers the segments: names typed for the old ones are saved or discarded first. */}
          <Tooltip label={t('profile.mergeAfterNames')} disabled={!draft.dirty} withArrow>
            <Button size="xs" variant="light" leftSection={<IconArrowMerge size={14} />} disabled={selected.length < 2 || draft.dirty} onClick={onMerge} data-testid="segment-merge">
              {t('profile.merge')}
            </Button>
          </Tooltip>
        </Group>
        )}
      </Group>
      {draft && <StaleDraftNotice draft={draft} testId="segment-names-stale" />}
      <ScrollArea type="auto">
        <Table verticalSpacing={8} fz="sm" className="lw-figures" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {names && <Table.Th w={36} />}
              <Table.Th>{t('profile.segment')}</Table.Th>
              <Table.Th ta="right">{t('profile.customers')}</Table.Th>
              <Table.Th ta="right">{t('profile.share')}</Table.Th>
              {featureNames.map((name) => (
                <Table.Th key={name} ta="right">
                  {featureName(name)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.segments.map((s, i) => (
              <Table.Tr key={s.segment} data-testid="segment-profile-row">
                {names && (
                  <Table.Td>
                    <Checkbox
                      size="xs"
                      checked={selected.includes(s.segment)}
                      onChange={() => onToggle(s.segment)}
                      aria-label={t('profile.selectForMerge', { name: names.nameOf(s.segment) })}
                      data-testid="segment-select"
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  {names ? (
                    <SegmentNameCell
                      name={names.nameOf(s.segment)}
                      renamed={names.renamed(s.segment)}
                      colour={segmentColour(theme, i)}
                      problem={names.problems[s.segment]}
                      onChange={(name) => names.setName(s.segment, name)}
                      onRevert={() => names.revert(s.segment)}
                      onSave={() => void names.save()}
                    />
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <ColorSwatch color={segmentColour(theme, i)} size={10} withShadow={false} />
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="segment-name">
                        {s.name}
                      </Text>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td ta="right">{format.count(s.size)}</Table.Td>
                <Table.Td ta="right">{format.percent(s.share)}</Table.Td>
                {features(s)}
              </Table.Tr>
            ))}
            <Table.Tr fw={600} bg="var(--lw-group-row-bg)" data-testid="segment-profile-overall">
              {names && <Table.Td />}
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
