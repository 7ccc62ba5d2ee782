import type { SimulationRun } from '../../../shared/contract/methods';
import type { ScenarioSummary } from '../../../shared/domain/scenarios';
import type { ComparedKpi } from '../../../shared/scenarios/compareScenarios';
import type { KpiUnit } from '../../../shared/simulation/results';
import { formatKpi, KPI_LABELS } from './kpiTable';

export interface Compared {
  scenario: ScenarioSummary;
  run: SimulationRun;
}

/**
 * A difference in the KPI's unit, signed. Shares and ratios differ in percentage points, which
 * is how finance reads a change of rate (and how the Scenarios page shows it).
 */
export function formatDifference(difference: number | null, unit: KpiUnit, currency: string): string {
  if (difference === null) return '–';
  const sign = difference > 0 ? '+' : difference < 0 ? '-' : '±';
  const size = Math.abs(difference);
  if (unit === 'share' || unit === 'ratio') return `${sign}${(size * 100).toFixed(size * 100 < 1 ? 2 : 1)} pp`;
  return `${sign}${formatKpi(size, unit, currency)}`;
}

/** The comparison for a person: per scenario its median, P10-P90 and (after the first) the difference to the first; * marks the best. */
export function compareTable(compared: readonly Compared[], rows: readonly ComparedKpi[]): string {
  const header = ['KPI'];
  for (const [i, c] of compared.entries()) {
    header.push(c.scenario.name, 'P10 – P90');
    if (i > 0) header.push(`vs ${compared[0]!.scenario.name}`);
  }
  const table = rows.map((row) => {
    const cells = [KPI_LABELS[row.key] ?? row.key];
    for (const [i, cell] of row.cells.entries()) {
      const currency = compared[i]!.run.results.currency;
      const b = cell.band;
      cells.push(b ? `${cell.best ? '* ' : ''}${formatKpi(b.headline, row.unit, currency)}` : '–');
      const spread = b !== null && compared[i]!.run.results.draws > 1 && b.p10 !== null && b.p90 !== null;
      cells.push(spread ? `${formatKpi(b.p10, row.unit, currency)} – ${formatKpi(b.p90, row.unit, currency)}` : '');
      if (i > 0) cells.push(formatDifference(cell.difference, row.unit, currency));
    }
    return cells;
  });
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  const runs = compared.map((c) => {
    const r = c.run.results;
    return `  ${c.scenario.name}: run #${c.run.record.runId} of ${c.run.record.startedAt.slice(0, 16).replace('T', ' ')}, plan "${r.planName}" v${c.scenario.lastRun?.planVersion ?? '?'}, ${r.simulatedCustomers.toLocaleString('en')} customers x ${r.horizonWeeks} weeks x ${r.draws} draw(s), seed ${r.seed}`;
  });
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...table.map(line),
    '',
    'Headline = median over each scenario’s assumption draws, with its P10-P90; * = the best of the scenarios compared;',
    `differences are of the medians, to "${compared[0]!.scenario.name}"; shares and ROI differ in percentage points (pp).`,
    'Runs compared:',
    ...runs,
  ].join('\n');
}
