import { ActionIcon, Box, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconStarFilled, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResults } from '../../../shared/domain/scenarios';
import type { SimulationResults } from '../../../shared/simulation/results';
import type { ChartOption } from '../charts/chartOption';
import type { SimulationChartLabels } from '../charts/simulationLabels';
import type { ChartTheme } from '../charts/chartTheme';
import { EChart } from '../charts/EChart';
import { buildCompareOption } from '../charts/scenarioCompareOption';
import { buildCostStackOption } from '../charts/simulationCostStackOption';
import { buildLiabilityOption } from '../charts/simulationLiabilityOption';
import { buildPointsFlowsOption } from '../charts/simulationPointsFlowsOption';
import { buildRetentionOption } from '../charts/simulationRetentionOption';
import { defaultPeriod } from '../charts/simulationSeries';
import type { Formatters } from '../format/formatters';
import { compareRows } from '../pages/scenarios/compareKpis';
import { compareChartLabels, type CompareKpiKey } from '../pages/scenarios/scenariosText';
import { simulationChartLabels } from '../pages/simulation/simulationText';
import { HEADLINE_KPIS, kpiBandText, kpiBaseCaseText, kpiByKey, kpiHeadlineText, kpiValueText } from '../pages/simulation/kpiFormat';
import { buildSlides, largeTypeOption, slideForKey, TITLE_KPIS, type Slide } from './presentationSlides';

/** The figures of the comparison slide. */
const COMPARE_KPIS = ['incrementalRevenue', 'programmeCost', 'freeRewardRateTotal', 'netIncrementalProfit', 'roi', 'retainedCustomers', 'liabilityAtCostEnd'] as const;

interface PresentationProps {
  name: string;
  results: SimulationResults;
  compared: readonly ScenarioResults[];
  theme: ChartTheme;
  format: Formatters;
  onClose: () => void;
}

function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

function TitleSlide({ results, format }: { results: SimulationResults; format: Formatters }) {
  const { t } = useTranslation('simulation');
  const kpis = kpiByKey(results);
  return (
    <SimpleGrid cols={3} spacing={40} verticalSpacing={48} mt={24}>
      {TITLE_KPIS.map((key) => {
        const band = kpis.get(key);
        const spec = HEADLINE_KPIS.find((k) => k.key === key);
        const range = band ? kpiBandText(band, results.draws, format, t) : null;
        const baseCase = band ? kpiBaseCaseText(band, results.draws, format, t) : null;
        return (
          <div key={key}>
            <Text fz={20} c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
              {spec ? t(`kpis.${spec.key}.label`) : key}
            </Text>
            <Text fz={52} fw={700} lh={1.15} className="lw-figures" c={spec?.signed && (band?.headline ?? 0) < 0 ? 'red' : undefined}>
              {band ? kpiValueText(band, results, format, t) : '—'}
            </Text>
            {range && (
              <Text fz={20} c="dimmed" className="lw-figures">
                {range}
              </Text>
            )}
            {baseCase && (
              <Text fz={15} c="dimmed" className="lw-figures">
                {baseCase}
              </Text>
            )}
          </div>
        );
      })}
    </SimpleGrid>
  );
}

function ComparisonSlide({ compared, theme, format, chartHeight }: { compared: readonly ScenarioResults[]; theme: ChartTheme; format: Formatters; chartHeight: number }) {
  const { t } = useTranslation('presentation');
  const scenariosT = useTranslation('scenarios').t;
  const simulationT = useTranslation('simulation').t;
  const withRuns = compared.filter((c) => c.run);
  const rows = compareRows(withRuns).filter((r) => (COMPARE_KPIS as readonly string[]).includes(r.spec.key));
  const option = useMemo(
    () => largeTypeOption(buildCompareOption({ runs: withRuns.map((c) => ({ name: c.scenario.name, results: c.run!.results })), metric: 'cost' }, theme, format, compareChartLabels(scenariosT, simulationT))),
    [withRuns, theme, format, scenariosT, simulationT],
  );
  return (
    <SimpleGrid cols={2} spacing={40}>
      <Table fz={20} verticalSpacing={10} className="lw-figures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('kpi')}</Table.Th>
            {withRuns.map((c) => (
              <Table.Th key={c.scenario.scenarioId} ta="right">
                {c.scenario.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.spec.key}>
              <Table.Td>{scenariosT(`kpis.${row.spec.key as CompareKpiKey}`)}</Table.Td>
              {row.cells.map((cell, i) => (
                <Table.Td key={i} ta="right" fw={cell.best ? 700 : 500} style={{ whiteSpace: 'nowrap' }}>
                  {cell.best && <IconStarFilled size={16} color="var(--mantine-color-yellow-6)" style={{ marginRight: 6 }} />}
                  {cell.band ? kpiHeadlineText(cell.band, format, simulationT) : '—'}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <EChart option={option} height={Math.min(chartHeight, 520)} testId="presentation-chart" ariaLabel={t('compareAria')} />
    </SimpleGrid>
  );
}

function chartFor(slide: Slide, results: SimulationResults, theme: ChartTheme, format: Formatters, labels: SimulationChartLabels): ChartOption | null {
  const period = defaultPeriod(results.horizonWeeks) === 'week' ? 'week' : 'quarter';
  switch (slide.kind) {
    case 'retention':
      return buildRetentionOption({ results, segment: null }, theme, format, labels);
    case 'cost':
      return buildCostStackOption({ results, period }, theme, format, labels);
    case 'liability':
      return buildLiabilityOption(results, theme, format, labels);
    case 'points':
      return buildPointsFlowsOption({ results, period }, theme, format, labels);
    default:
      return null;
  }
}

/**
 * Presentation mode: the scenario's story, one slide a chart, in large type over the whole
 * screen (full screen where the browser allows it). Arrow keys or the buttons move; Esc, or
 * leaving full screen, ends it.
 */
export function PresentationMode({ name, results, compared, theme, format, onClose }: PresentationProps) {
  const { t } = useTranslation('presentation');
  const simulationT = useTranslation('simulation').t;
  const labels = useMemo(() => simulationChartLabels(simulationT), [simulationT]);
  const root = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const slides = useMemo(() => buildSlides(name, results, compared, format, t), [name, results, compared, format, t]);
  const slide = slides[Math.min(index, slides.length - 1)]!;
  const viewport = useViewportHeight();
  const chartHeight = Math.max(320, viewport - 250);
  const option = useMemo(() => {
    const built = chartFor(slide, results, theme, format, labels);
    return built ? largeTypeOption(built) : null;
  }, [slide, results, theme, format, labels]);

  // Full screen where allowed; the overlay covers the window either way.
  useEffect(() => {
    const element = root.current;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      // Esc in full screen is taken by the browser to leave full screen: leave the presentation with it.
      else if (entered) onClose();
    };
    document.addEventListener('fullscreenchange', onChange);
    element?.requestFullscreen?.().catch(() => undefined);
    element?.focus();
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const next = slideForKey(event.key, index, slides.length);
      if (next === null) return;
      event.preventDefault();
      if (next === 'exit') onClose();
      else setIndex(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, slides.length, onClose]);

  return (
    <Box
      ref={root}
      tabIndex={-1}
      data-testid="presentation"
      data-slide={slide.kind}
      role="dialog"
      aria-label={t('aria', { name })}
      style={{ position: 'fixed', inset: 0, zIndex: 400, background: 'var(--mantine-color-body)', padding: '40px 64px 24px', display: 'flex', flexDirection: 'column', outline: 'none' }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={8} style={{ minWidth: 0 }}>
          <Title order={1} fz={slide.kind === 'title' ? 56 : 40} lh={1.1}>
            {slide.title}
          </Title>
          <Text fz={22} c="dimmed" data-testid="presentation-line">
            {slide.line}
          </Text>
        </Stack>
        <ActionIcon variant="subtle" color="gray" size="xl" onClick={onClose} aria-label={t('close')} title={t('close')} data-testid="presentation-close">
          <IconX size={28} />
        </ActionIcon>
      </Group>
      <Box style={{ flex: 1, minHeight: 0, marginTop: 28 }}>
        {slide.kind === 'title' && <TitleSlide results={results} format={format} />}
        {slide.kind === 'comparison' && <ComparisonSlide compared={compared} theme={theme} format={format} chartHeight={chartHeight} />}
        {option && <EChart key={slide.kind} option={option} height={chartHeight} testId={`presentation-chart-${slide.kind}`} ariaLabel={slide.title} />}
      </Box>
      <Group justify="space-between" mt="md">
        <Text size="sm" c="dimmed">
          {t('keys')}
        </Text>
        <Group gap="md">
          <Button variant="default" size="md" leftSection={<IconArrowLeft size={18} />} onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0} data-testid="presentation-previous">
            {t('previous')}
          </Button>
          <Text fz={18} fw={600} className="lw-figures" data-testid="presentation-position">
            {t('of', { index: index + 1, count: slides.length })}
          </Text>
          <Button size="md" rightSection={<IconArrowRight size={18} />} onClick={() => setIndex(Math.min(slides.length - 1, index + 1))} disabled={index === slides.length - 1} data-testid="presentation-next">
            {t('next')}
          </Button>
        </Group>
      </Group>
    </Box>
  );
}
