import { ActionIcon, Group, Menu, Paper, Text, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { IconDownload, IconFileTypePng, IconFileTypeSvg } from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reportError } from '../../errors/errorStore';
import { downloadChartPng, downloadChartSvg } from './chartImage';

interface ChartCardProps {
  title: string;
  subtitle: string;
  /** The file's name without extension. */
  fileName: string;
  control?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/**
 * A chart's card: title and what is drawn on the left, the chart's own control and a download
 * menu (PNG or SVG of the chart as drawn) on the right.
 */
export function ChartCard({ title, subtitle, fileName, control, children, testId }: ChartCardProps) {
  const { t } = useTranslation('reports');
  const body = useRef<HTMLDivElement>(null);
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  // The card's own surface, so the saved image looks as it does on screen.
  const background = scheme === 'dark' ? theme.colors.dark[7] : theme.white;
  const save = (kind: 'png' | 'svg') => {
    const container = body.current;
    if (!container) return;
    const done = kind === 'svg' ? Promise.resolve(downloadChartSvg(container, fileName, background)) : downloadChartPng(container, fileName, background);
    done.then(
      (ok) => ok || reportError(t('chart.failed'), new Error(t('chart.noChart'))),
      (error: unknown) => reportError(t('chart.failed'), error),
    );
  };
  return (
    <Paper withBorder radius="md" p="lg" h="100%" data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md" mb="md">
        <div style={{ minWidth: 0, minHeight: 40 }}>
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2} title={subtitle}>
            {subtitle}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {control}
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`${t('chart.menu')}: ${title}`} data-testid="chart-download">
                <IconDownload size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('chart.menu')}</Menu.Label>
              <Menu.Item leftSection={<IconFileTypePng size={16} />} onClick={() => save('png')} data-testid="chart-download-png">
                {t('chart.png')}
              </Menu.Item>
              <Menu.Item leftSection={<IconFileTypeSvg size={16} />} onClick={() => save('svg')} data-testid="chart-download-svg">
                {t('chart.svg')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <div ref={body}>{children}</div>
    </Paper>
  );
}
