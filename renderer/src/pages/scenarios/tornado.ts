import type { TornadoRow } from '../../../../shared/domain/scenarios';

/**
 * Ordering a tornado: the widest swing on top. The backend sorts too, but it counts a missing
 * figure as zero; here a row where the KPI exists at neither end is left out (it has no bar),
 * and one end missing counts the swing from the base, so the bar shown is the bar ranked.
 */

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** How far the KPI moves across the assumption's range, measured on the bars drawn. */
export function tornadoSwing(row: TornadoRow, base: number | null): number {
  const ends = [row.kpiAtLow, row.kpiAtHigh].filter(finite);
  if (ends.length === 0) return 0;
  const points = finite(base) ? [...ends, base] : ends;
  return Math.max(...points) - Math.min(...points);
}

export interface OrderedTornado {
  rows: TornadoRow[];
  /** Rows left out: beyond the limit, or with no figure at either end. */
  hidden: number;
}

/** Widest first (ties by name, so the order is stable), at most `limit` rows. */
export function orderTornado(rows: readonly TornadoRow[], base: number | null, limit = Number.POSITIVE_INFINITY): OrderedTornado {
  const drawable = rows.filter((r) => finite(r.kpiAtLow) || finite(r.kpiAtHigh));
  const sorted = [...drawable].sort((a, b) => tornadoSwing(b, base) - tornadoSwing(a, base) || a.label.localeCompare(b.label));
  const shown = sorted.slice(0, Math.max(0, limit));
  return { rows: shown, hidden: rows.length - shown.length };
}
