import type { HistogramBin } from '../../../shared/stats/histogram';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import type { ChartTheme } from './chartTheme';
import { buildCustomerCountBars } from './customerCountBars';

export interface HistogramSpec {
  bins: readonly HistogramBin[];
  /** Under the bars, e.g. "Recency (weeks)". */
  axisName: string;
  /** A bin edge in full, for the tooltip: "€1,000", "12.5". */
  formatEdge: (value: number) => string;
  /** A bin edge in short, for the axis: "€1K". */
  formatAxisEdge: (value: number) => string;
  /** Whole-number values (purchase counts): a bin [3, 4) is just "3", and [0, 2) is "0–1". */
  integer: boolean;
  /** The tooltip's title for a bin's range, e.g. (range) => `${range} repeat purchases`. */
  describeRange: (range: string) => string;
  /** What the bars count, in the interface language: "Customers". */
  customers: string;
}

/** The range a bin covers, in full: "3", "0–1", "€500–€1,000", and "≥ 20" for the open last bin. */
export function histogramRangeLabel(bin: HistogramBin, formatEdge: (value: number) => string, integer: boolean): string {
  if (bin.to === null) return `≥ ${formatEdge(bin.from)}`;
  if (integer) {
    const last = bin.to - 1;
    return last <= bin.from ? formatEdge(bin.from) : `${formatEdge(bin.from)}–${formatEdge(last)}`;
  }
  return `${formatEdge(bin.from)}–${formatEdge(bin.to)}`;
}

/**
 * The axis names each bar by where it starts, as histograms are read; a range per bar would
 * not fit under twenty bars. The open last bin keeps its "≥" so the tail is not mistaken for
 * one value.
 */
export function histogramAxisLabel(bin: HistogramBin, formatAxisEdge: (value: number) => string): string {
  return bin.to === null ? `≥ ${formatAxisEdge(bin.from)}` : formatAxisEdge(bin.from);
}

/** A histogram of customers: bars over bins, the count of customers in each. */
export function buildHistogramOption(spec: HistogramSpec, theme: ChartTheme, format: Formatters): ChartOption {
  const { bins } = spec;
  return buildCustomerCountBars(
    {
      labels: bins.map((bin) => histogramAxisLabel(bin, spec.formatAxisEdge)),
      counts: bins.map((bin) => bin.count),
      axisName: spec.axisName,
      customers: spec.customers,
      describe: (index) => spec.describeRange(histogramRangeLabel(bins[index]!, spec.formatEdge, spec.integer)),
    },
    theme,
    format,
  );
}
