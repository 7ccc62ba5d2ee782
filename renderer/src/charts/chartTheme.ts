import type { MantineTheme } from '@mantine/core';

/**
 * The colours a chart needs, resolved from the Mantine theme for the current colour scheme.
 * Builders take this rather than an echarts theme so a chart always matches the page around it,
 * and so tests can pass plain values.
 */
export interface ChartTheme {
  text: string;
  mutedText: string;
  axisLine: string;
  splitLine: string;
  tooltipBackground: string;
  tooltipBorder: string;
  fontFamily: string;
  /** Main series colour (bars). */
  primary: string;
  /** A quieter shade of the main colour, for the part of a stack that is not the point. */
  primaryMuted: string;
  /** Second series colour (lines drawn over bars). */
  secondary: string;
  /** Distinct colours for series that are peers (segments, models), in a fixed order. */
  palette: readonly string[];
}

const PALETTE_COLOURS = ['indigo', 'teal', 'orange', 'grape', 'cyan', 'lime', 'pink', 'yellow', 'blue', 'red', 'green', 'violet'] as const;

function paletteFrom(theme: MantineTheme, shade: number): string[] {
  return PALETTE_COLOURS.map((name) => theme.colors[name]?.[shade] ?? theme.colors.gray[shade] ?? '#888');
}

export function chartThemeFrom(theme: MantineTheme, scheme: 'light' | 'dark'): ChartTheme {
  const { colors } = theme;
  const primary = colors[theme.primaryColor] ?? colors.indigo;
  if (scheme === 'dark') {
    return {
      text: colors.dark[0],
      mutedText: colors.dark[2],
      axisLine: colors.dark[3],
      splitLine: colors.dark[5],
      tooltipBackground: colors.dark[6],
      tooltipBorder: colors.dark[4],
      fontFamily: theme.fontFamily ?? 'sans-serif',
      primary: primary[4],
      primaryMuted: colors.dark[3],
      secondary: colors.orange[4],
      palette: paletteFrom(theme, 4),
    };
  }
  return {
    text: colors.gray[8],
    mutedText: colors.gray[6],
    axisLine: colors.gray[4],
    splitLine: colors.gray[2],
    tooltipBackground: theme.white,
    tooltipBorder: colors.gray[3],
    fontFamily: theme.fontFamily ?? 'sans-serif',
    primary: primary[6],
    primaryMuted: primary[2],
    secondary: colors.orange[7],
    palette: paletteFrom(theme, 6),
  };
}

/** Styling every chart shares: text, tooltip, legend, in the theme's colours. */
export function baseOption(theme: ChartTheme) {
  return {
    backgroundColor: 'transparent',
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    tooltip: {
      backgroundColor: theme.tooltipBackground,
      borderColor: theme.tooltipBorder,
      textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: 12 },
    },
  };
}

export function valueAxisStyle(theme: ChartTheme) {
  return {
    axisLabel: { color: theme.mutedText },
    nameTextStyle: { color: theme.mutedText },
    splitLine: { lineStyle: { color: theme.splitLine } },
    axisLine: { show: false },
  };
}

export function categoryAxisStyle(theme: ChartTheme) {
  return {
    axisLabel: { color: theme.mutedText },
    nameTextStyle: { color: theme.mutedText },
    axisLine: { lineStyle: { color: theme.axisLine } },
    axisTick: { lineStyle: { color: theme.axisLine } },
  };
}
