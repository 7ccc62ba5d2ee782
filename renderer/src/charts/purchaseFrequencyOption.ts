import type { CustomerOverview, PurchaseCountBin } from '../../../shared/domain/workspace';
import type { Formatters } from '../format/formatters';
import type { ChartOption } from './chartOption';
import type { ChartTheme } from './chartTheme';
import { buildCustomerCountBars } from './customerCountBars';

/**
 * Which x-axis labels to print: the first, every fifth and the open last bin, so "20+" is never
 * the one echarts drops for lack of room.
 */
export function showBinLabel(bin: PurchaseCountBin, index: number, count: number): boolean {
  return index === 0 || index === count - 1 || bin.fromPurchases % 5 === 0;
}

/** The chart's words, in the interface language. */
export interface PurchaseFrequencyLabels {
  /** Under the bars: "Purchases per customer". */
  axisName: string;
  customers: string;
  /** A bin in words: (range "5–9", single false) => "5–9 purchases". */
  purchases(range: string, single: boolean): string;
}

/** A bin as words for the tooltip: "1 purchase", "5–9 purchases", "20+ purchases". */
export function binDescription(bin: PurchaseCountBin, labels: PurchaseFrequencyLabels): string {
  const single = bin.toPurchases === bin.fromPurchases && bin.fromPurchases === 1;
  return labels.purchases(binLabel(bin), single);
}

export function binLabel(bin: PurchaseCountBin): string {
  if (bin.toPurchases === null) return `${bin.fromPurchases}+`;
  if (bin.toPurchases === bin.fromPurchases) return String(bin.fromPurchases);
  return `${bin.fromPurchases}–${bin.toPurchases}`;
}

/**
 * The backend leaves out purchase counts nobody has; the histogram shows them as empty bars so
 * the x axis stays an even scale.
 */
export function fillEmptyBins(bins: readonly PurchaseCountBin[]): PurchaseCountBin[] {
  const sorted = [...bins].sort((a, b) => a.fromPurchases - b.fromPurchases);
  const filled: PurchaseCountBin[] = [];
  for (const bin of sorted) {
    const previous = filled[filled.length - 1];
    if (previous && previous.toPurchases !== null) {
      for (let n = previous.toPurchases + 1; n < bin.fromPurchases; n++) {
        filled.push({ fromPurchases: n, toPurchases: n, customers: 0 });
      }
    }
    filled.push(bin);
  }
  return filled;
}

/** Histogram of customers by how many purchases each made; the last bin is open ("20+"). */
export function buildPurchaseFrequencyOption(overview: CustomerOverview, theme: ChartTheme, format: Formatters, labels: PurchaseFrequencyLabels): ChartOption {
  const bins = fillEmptyBins(overview.purchasesPerCustomer);
  return buildCustomerCountBars(
    {
      labels: bins.map(binLabel),
      counts: bins.map((b) => b.customers),
      axisName: labels.axisName,
      customers: labels.customers,
      // The axis says "20+" for short; the tooltip says what the number counts.
      describe: (index) => binDescription(bins[index]!, labels),
      showLabel: (index) => {
        const bin = bins[index];
        return bin !== undefined && showBinLabel(bin, index, bins.length);
      },
    },
    theme,
    format,
  );
}
