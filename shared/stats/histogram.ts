/** One bar of a histogram: values in [from, to), or [from, ∞) for an open last bin. */
export interface HistogramBin {
  from: number;
  /** null for the open last bin ("and above"). */
  to: number | null;
  count: number;
}

/** A width that reads well on an axis: 1, 2 or 5 times a power of ten. */
export function niceWidth(rawWidth: number): number {
  if (!(rawWidth > 0) || !Number.isFinite(rawWidth)) return 1;
  const power = 10 ** Math.floor(Math.log10(rawWidth));
  const f = rawWidth / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/** The value below which a share q of the sorted values lie (nearest rank). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Equal-width bins from 0 (or the minimum when negative) up to the given quantile, so a few
 * extreme customers do not squeeze everyone else into one bar; the rest go to an open last bin.
 */
export function histogram(values: ArrayLike<number>, options: { bins?: number; capQuantile?: number; integer?: boolean } = {}): HistogramBin[] {
  const n = values.length;
  if (n === 0) return [];
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  const bins = options.bins ?? 20;
  const lo = Math.min(0, sorted[0]!);
  const cap = quantileSorted(sorted, options.capQuantile ?? 0.99);
  const max = sorted[n - 1]!;
  let width = niceWidth((cap - lo) / bins);
  if (options.integer) width = Math.max(1, Math.round(width));
  // Enough closed bins that the cap itself falls in the last closed one.
  const closedBins = Math.floor((cap - lo) / width) + 1;
  const open = max >= lo + closedBins * width;
  const counts = new Array<number>(closedBins + (open ? 1 : 0)).fill(0);
  for (let i = 0; i < n; i++) {
    const k = Math.floor((sorted[i]! - lo) / width);
    counts[Math.min(k, counts.length - 1)]! += 1;
  }
  return counts.map((count, k) => ({
    from: lo + k * width,
    to: open && k === counts.length - 1 ? null : lo + (k + 1) * width,
    count,
  }));
}
