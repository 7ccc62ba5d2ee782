import type { ScenarioResults } from '../../../../shared/domain/scenarios';
import type { CompareRow } from '../scenarios/compareKpis';

/**
 * CSV as spreadsheets read it: comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, quote or line break (quotes doubled). Numbers are written plainly with a point for the
 * decimal and no thousands marks, so they stay numbers whatever the reader's locale.
 */

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A leading = + - @ makes a spreadsheet run the cell as a formula; a quote mark before it keeps it text.
  const text = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const UNIT_NAMES = { currency: 'currency', share: 'share (0-1)', ratio: 'ratio (0-1)', customers: 'customers', weeks: 'weeks' } as const;

/**
 * The comparison table as CSV: per KPI its unit, then per scenario the base case, P10, P90 and
 * the difference to the first scenario, and last the best scenarios' names.
 */
export function compareTableCsv(scenarios: readonly ScenarioResults[], rows: readonly CompareRow[]): string {
  const names = scenarios.map((s) => s.scenario.name);
  const header: CsvValue[] = ['KPI', 'Unit'];
  names.forEach((name, i) => {
    header.push(`${name} (base)`, `${name} P10`, `${name} P90`);
    if (i > 0) header.push(`${name} vs ${names[0] ?? 'baseline'}`);
  });
  header.push('Best');
  const body = rows.map((row) => {
    const line: CsvValue[] = [row.spec.label, UNIT_NAMES[row.unit]];
    row.cells.forEach((cell, i) => {
      line.push(cell.band?.base, cell.band?.p10, cell.band?.p90);
      if (i > 0) line.push(cell.difference);
    });
    line.push(row.cells.flatMap((c, i) => (c.best ? [names[i]] : [])).join('; '));
    return line;
  });
  return toCsv([header, ...body]);
}
