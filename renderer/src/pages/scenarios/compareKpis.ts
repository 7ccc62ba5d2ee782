import type { ScenarioResults } from '../../../../shared/domain/scenarios';
import { bestIndices, COMPARED_KPIS, compareResults, differenceTo, type Better } from '../../../../shared/scenarios/compareScenarios';
import type { KpiBand, KpiKey, KpiUnit } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';
import { formatKpiValue } from '../simulation/kpiFormat';
import { scenarios as ENGLISH } from '../../i18n/locales/en/scenarios';

/**
 * The comparison table's logic: which KPIs, in what order, which way is better, the difference
 * of each scenario to the first (the baseline) and which scenario is best per KPI. Pure, so the
 * marks a client will read are tested.
 */

export type { Better };
export { bestIndices, differenceTo };

export interface CompareKpiSpec {
  key: KpiKey;
  label: string;
  better: Better;
}

/** The English name the table falls back on: the Scenarios vocabulary's own (the page shows the locale's). */
function englishLabel(key: KpiKey): string {
  return (ENGLISH.kpis as Partial<Record<KpiKey, string>>)[key] ?? key;
}

/** The compared KPIs, their order and which way is better (shared with `lw compare`), with their names. */
export const COMPARE_KPIS: readonly CompareKpiSpec[] = COMPARED_KPIS.map((k) => ({ ...k, label: englishLabel(k.key) }));

/** Whether a difference is good news, bad news or neither, given which way is better. */
export function differenceTone(difference: number | null, better: Better): 'better' | 'worse' | 'neutral' {
  if (difference === null || better === null || Math.abs(difference) < 1e-12) return 'neutral';
  return (difference > 0) === (better === 'higher') ? 'better' : 'worse';
}

export interface CompareCell {
  band: KpiBand | null;
  /**
   * Difference of the headline (the median over the draws) to the baseline scenario's (null for
   * the baseline itself). Scenarios run with the same seed simulate the same customers on the same
   * random streams, so much of the noise in their medians is common and cancels in the difference.
   */
  difference: number | null;
  best: boolean;
}

export interface CompareRow {
  spec: CompareKpiSpec;
  unit: KpiUnit;
  cells: CompareCell[];
}

/** One row per KPI, one cell per scenario; scenarios without a run have empty cells. */
export function compareRows(scenarios: readonly ScenarioResults[], specs: readonly CompareKpiSpec[] = COMPARE_KPIS): CompareRow[] {
  const compared = compareResults(
    scenarios.map((s) => ({ kpis: s.run?.results.kpis ?? [] })),
    specs,
  );
  return compared.map((row, i) => ({ spec: specs[i]!, unit: row.unit, cells: row.cells }));
}

/**
 * A difference in the KPI's unit, signed: "+€12,400", "−0.35 pp" (shares and ratios differ in
 * percentage points, which is how finance reads a change of rate), "+120".
 */
export function formatDifference(difference: number | null, unit: KpiUnit, format: Formatters, points = 'pp'): string {
  if (difference === null) return '—';
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
  const size = Math.abs(difference);
  if (unit === 'share' || unit === 'ratio') {
    const shown = new Intl.NumberFormat(format.locale, { minimumFractionDigits: size * 100 < 1 ? 2 : 1, maximumFractionDigits: size * 100 < 1 ? 2 : 1 }).format(size * 100);
    return `${sign}${shown} ${points}`;
  }
  return `${sign}${formatKpiValue(size, unit, format)}`;
}
