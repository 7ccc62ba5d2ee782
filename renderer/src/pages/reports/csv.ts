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

/** The CSV's words: its header, units and the KPIs' names; the page passes them in the interface's language. */
export interface CsvWords {
  kpi: string;
  unit: string;
  median: (name: string) => string;
  base: (name: string) => string;
  p10: (name: string) => string;
  p90: (name: string) => string;
  versus: (name: string, baseline: string) => string;
  baseline: string;
  best: string;
  units: Readonly<Record<CompareRow['unit'], string>>;
  kpiName: (row: CompareRow) => string;
}

export const ENGLISH_CSV_WORDS: CsvWords = {
  kpi: 'KPI',
  unit: 'Unit',
  median: (name) => `${name} (median)`,
  base: (name) => `${name} (base case)`,
  p10: (name) => `${name} P10`,
  p90: (name) => `${name} P90`,
  versus: (name, baseline) => `${name} vs ${baseline}`,
  baseline: 'baseline',
  best: 'Best',
  units: { currency: 'currency', share: 'share (0-1)', ratio: 'ratio (0-1)', customers: 'customers', weeks: 'weeks' },
  kpiName: (row) => row.spec.label,
};

/**
 * The comparison table as CSV: per KPI its unit, then per scenario the headline (the median over
 * the draws), P10, P90, the base case and the difference of headlines to the first scenario, and last the best scenarios' names.
 */
export function compareTableCsv(scenarios: readonly ScenarioResults[], rows: readonly CompareRow[], words: CsvWords = ENGLISH_CSV_WORDS): string {
  const names = scenarios.map((s) => s.scenario.name);
  const header: CsvValue[] = [words.kpi, words.unit];
  names.forEach((name, i) => {
    header.push(words.median(name), words.p10(name), words.p90(name), words.base(name));
    if (i > 0) header.push(words.versus(name, names[0] ?? words.baseline));
  });
  header.push(words.best);
  const body = rows.map((row) => {
    const line: CsvValue[] = [words.kpiName(row), words.units[row.unit]];
    row.cells.forEach((cell, i) => {
      line.push(cell.band?.headline, cell.band?.p10, cell.band?.p90, cell.band?.base);
      if (i > 0) line.push(cell.difference);
    });
    line.push(row.cells.flatMap((c, i) => (c.best ? [names[i]] : [])).join('; '));
    return line;
  });
  return toCsv([header, ...body]);
}
