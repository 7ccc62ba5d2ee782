import ExcelJS from 'exceljs';
import type { KpiUnit, SeriesKey, SimulationResults, WorldSeries } from '../../../shared/simulation/results';
import type { ReportInput } from './exportReport';
import { PALETTE } from './reportCharts';
import { assumptionLabel, assumptionRows, drawnRange, fold, ISSUED_KEYS, kindOf, kpiBand, months445, REPORT_KPIS, rollForward, totalWorld, weeklyCashCost, type Period } from './reportData';
import { reportFormat, type ReportFormat } from './reportFormat';
import { reportText, seriesLabel, type ReportText } from './reportText';
import { reportNotice } from './staleNotice';
import { notesSheetContent } from './reportExplain';
import { kpiTableNote, reportKpiLabel } from './reportKpis';

/**
 * The finance workbook: every figure a number (never text) with a number format that carries
 * the currency, header rows frozen, columns sized. Amounts are unrounded (the format rounds
 * the display), so a sum in Excel matches the report to the cent.
 */

interface Formats {
  money: string;
  points: string;
  count: string;
  percent: string;
  ratio: string;
  decimal: string;
  week: string;
}

function numberFormats(f: ReportFormat): Formats {
  const sym = f.currencySymbol.replace(/"/g, '');
  // Excel stores one format string and shows it with the reader's own separators; only where
  // the symbol stands differs between the languages.
  const money = f.locale === 'es' ? `#,##0.00 "${sym}";-#,##0.00 "${sym}"` : `"${sym}"#,##0.00;-"${sym}"#,##0.00`;
  return { money, points: '#,##0', count: '#,##0', percent: '0.00%', ratio: '0.0%', decimal: '0.0000', week: '0' };
}

function unitFormat(fm: Formats, unit: KpiUnit): string {
  switch (unit) {
    case 'currency':
      return fm.money;
    case 'share':
      return fm.percent;
    case 'ratio':
      return fm.ratio;
    case 'customers':
      return fm.count;
    case 'weeks':
      return fm.week;
  }
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${PALETTE.plan.slice(1).toUpperCase()}` } };

interface Col {
  header: string;
  width: number;
  numFmt?: string;
}

/**
 * A detail sheet: a note in row 1, the header in row 2 (both frozen, with the first `frozenColumns`
 * columns), then the rows.
 */
function detailSheet(wb: ExcelJS.Workbook, name: string, note: string, cols: Col[], rows: (string | number | null)[][], frozenColumns: number): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 2 }] });
  ws.columns = cols.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const noteCell = ws.getCell(1, 1);
  noteCell.value = note;
  noteCell.font = { italic: true, color: { argb: 'FF6B7280' } };
  const header = ws.getRow(2);
  header.values = cols.map((c) => c.header);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  ws.addRows(rows);
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: cols.length } };
  return ws;
}

function summarySheet(wb: ExcelJS.Workbook, input: ReportInput, f: ReportFormat, fm: Formats, t: ReportText): void {
  const r = input.run.results;
  // Printed (or turned into a PDF), the KPI table keeps its columns on one landscape page width.
  const ws = wb.addWorksheet(t.sheetSummary, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 52 }, { width: 18 }, { width: 18 }, { width: 18 }, { width: 18 }, { width: 18 }, { width: 12 }, { width: 28 }];
  const header = ws.getRow(1);
  // The headline (median over the draws) first, then its P10-P90, the base case and the Monte Carlo error of the median.
  header.values = [t.kpi, t.median, t.p10, t.p90, t.baseCase, t.mcError, t.unit, 'key'];
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.eachCell((c) => (c.fill = HEADER_FILL));
  for (const key of REPORT_KPIS) {
    const b = kpiBand(r, key);
    const row = ws.addRow([reportKpiLabel(r, key, input.locale, f), b.headline, b.p10, b.p90, b.base, b.mcStandardError, b.unit === 'currency' ? r.currency : b.unit, key]);
    for (let c = 2; c <= 6; c++) row.getCell(c).numFmt = unitFormat(fm, b.unit);
    row.getCell(8).font = { color: { argb: 'FF9AA3AE' } };
  }
  ws.addRow([]);
  const note = ws.addRow([kpiTableNote(r, input.locale, f)]);
  note.font = { italic: true, color: { argb: 'FF6B7280' } };
  // A paragraph, not a one-line label: wrapped across the table's width.
  ws.mergeCells(note.number, 1, note.number, 8);
  note.alignment = { wrapText: true, vertical: 'top' };
  note.height = 64;
  ws.addRow([]);
  const facts: [string, string | number][] = [
    [t.scenario, input.scenario.name],
    [t.plan, `${input.plan.name} (${t.planVersion} ${input.scenario.lastRun?.planVersion ?? input.scenario.planVersion})`],
    [t.workspaceCustomers, r.baseCustomers],
    [t.simulatedCustomers, r.simulatedCustomers],
    [t.horizon, r.horizonWeeks],
    [t.currency, r.currency],
    [t.draws, r.draws],
    [t.seed, r.seed],
    [t.runId, input.run.record.runId],
    [t.startedAt, f.dateTime(input.run.record.startedAt)],
    [t.inputsHash, input.run.record.inputsHash],
    [t.appVersion, input.run.record.appVersion],
    [t.generated, f.dateTime(input.generatedAt)],
  ];
  const title = ws.addRow([t.runFacts]);
  title.font = { bold: true };
  for (const [k, v] of facts) {
    const row = ws.addRow([k, v]);
    if (typeof v === 'number') row.getCell(2).numFmt = fm.count;
    row.getCell(2).alignment = { horizontal: 'left' };
  }
  for (const w of r.warnings) ws.addRow([`${t.warnings}: ${w}`]).font = { color: { argb: 'FFC2410C' } };
}

/** The series the weekly and monthly sheets show, each in the plan world, the counterfactual and their difference. */
const COMPARED: readonly SeriesKey[] = ['revenue', 'margin', 'purchases', 'alive', 'active'];
const PLAN_ONLY: readonly SeriesKey[] = ['members', 'memberRevenue', 'redeemers', 'pointsRedeemed', 'pointsExpired', 'pointsOutstanding'];

function seriesColumns(f: ReportFormat, fm: Formats, t: ReportText): Col[] {
  const fmtOf = (key: SeriesKey) => (key === 'revenue' || key === 'margin' || key === 'memberRevenue' ? fm.money : key.startsWith('points') ? fm.points : fm.count);
  return [
    ...COMPARED.flatMap((k) => [
      { header: `${seriesLabel(f.locale, k)}, ${t.planWorld}`, width: 16, numFmt: fmtOf(k) },
      { header: `${seriesLabel(f.locale, k)}, ${t.counterfactualWorld}`, width: 16, numFmt: fmtOf(k) },
      { header: `${seriesLabel(f.locale, k)}, ${t.incremental}`, width: 16, numFmt: fmtOf(k) },
    ]),
    ...PLAN_ONLY.map((k) => ({ header: seriesLabel(f.locale, k), width: 16, numFmt: fmtOf(k) })),
    { header: t.issuedTotal, width: 16, numFmt: fm.points },
    { header: t.cashCost, width: 18, numFmt: fm.money },
  ];
}

/** One row's figures: for each period, the compared series then the plan-only ones. */
function seriesValues(plan: WorldSeries, cf: WorldSeries, periods: readonly Period[]): number[][] {
  const H = plan.revenue.length;
  const cost = weeklyCashCost(plan, H);
  const issued = Array.from({ length: H }, (_, w) => ISSUED_KEYS.reduce((a, k) => a + plan[k][w]!, 0));
  const cols: number[][] = [];
  for (const k of COMPARED) {
    const p = fold(plan[k], periods, kindOf(k));
    const c = fold(cf[k], periods, kindOf(k));
    cols.push(p, c, p.map((v, i) => v - c[i]!));
  }
  for (const k of PLAN_ONLY) cols.push(fold(plan[k], periods, kindOf(k)));
  cols.push(fold(issued, periods, 'flow'), fold(cost, periods, 'flow'));
  return periods.map((_, i) => cols.map((c) => c[i]!));
}

function bySegment(results: SimulationResults, t: ReportText, periods: readonly Period[], lead: (p: Period) => (string | number)[]): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const worlds = [
    { name: t.allSegments, plan: totalWorld(results, 'plan'), cf: totalWorld(results, 'counterfactual') },
    ...results.segments.map((s) => ({ name: s.segment, plan: s.plan, cf: s.counterfactual })),
  ];
  for (const w of worlds) {
    const values = seriesValues(w.plan, w.cf, periods);
    periods.forEach((p, i) => rows.push([w.name, ...lead(p), ...values[i]!]));
  }
  return rows;
}

function weeklySheet(wb: ExcelJS.Workbook, input: ReportInput, f: ReportFormat, fm: Formats, t: ReportText): void {
  const r = input.run.results;
  const weeks = Array.from({ length: r.horizonWeeks }, (_, w) => ({ index: w, first: w, last: w }));
  const cols: Col[] = [{ header: t.segment, width: 18 }, { header: t.week, width: 8, numFmt: fm.week }, ...seriesColumns(f, fm, t)];
  detailSheet(wb, t.sheetWeekly, t.weeklyNote, cols, bySegment(r, t, weeks, (p) => [p.first + 1]), 2);
}

function monthlySheet(wb: ExcelJS.Workbook, input: ReportInput, f: ReportFormat, fm: Formats, t: ReportText): void {
  const r = input.run.results;
  const months = months445(r.horizonWeeks);
  const cols: Col[] = [
    { header: t.segment, width: 18 },
    { header: t.month, width: 8, numFmt: fm.week },
    { header: t.firstWeek, width: 9, numFmt: fm.week },
    { header: t.lastWeek, width: 9, numFmt: fm.week },
    { header: t.weeksInPeriod, width: 8, numFmt: fm.week },
    ...seriesColumns(f, fm, t),
  ];
  detailSheet(wb, t.sheetMonthly, t.monthlyNote, cols, bySegment(r, t, months, (p) => [p.index + 1, p.first + 1, p.last + 1, p.last - p.first + 1]), 2);
}

function rollForwardSheet(wb: ExcelJS.Workbook, input: ReportInput, f: ReportFormat, fm: Formats, t: ReportText): void {
  const rows = rollForward(input.run.results);
  const cols: Col[] = [
    { header: t.week, width: 8, numFmt: fm.week },
    { header: t.opening, width: 15, numFmt: fm.points },
    ...ISSUED_KEYS.map((k) => ({ header: `${t.issued}: ${seriesLabel(f.locale, k)}`, width: 14, numFmt: fm.points })),
    { header: t.issuedTotal, width: 15, numFmt: fm.points },
    { header: t.redeemed, width: 14, numFmt: fm.points },
    { header: t.expired, width: 14, numFmt: fm.points },
    { header: t.closing, width: 15, numFmt: fm.points },
    { header: t.heldByLapsed, width: 18, numFmt: fm.points },
    { header: `${t.liabilityAtCost} (${input.run.results.currency})`, width: 18, numFmt: fm.money },
  ];
  const data = rows.map((r) => [r.week, r.opening, ...ISSUED_KEYS.map((k) => r.issued[k]), r.issuedTotal, r.redeemed, r.expired, r.closing, r.heldByLapsed, r.liabilityAtCost]);
  detailSheet(wb, t.sheetRollForward, t.rollForwardNote, cols, data, 1);
}

function ifrsSheet(wb: ExcelJS.Workbook, input: ReportInput, fm: Formats, t: ReportText): void {
  const r = input.run.results;
  const a = r.accounting;
  const plan = totalWorld(r, 'plan');
  const months = months445(r.horizonWeeks);
  const monthOf = (w: number) => months.find((m) => w >= m.first && w <= m.last)!.index + 1;
  const cols: Col[] = [
    { header: t.week, width: 8, numFmt: fm.week },
    { header: `${t.month} (4-4-5)`, width: 10, numFmt: fm.week },
    { header: t.memberRevenue, width: 16, numFmt: fm.money },
    { header: `${t.deferredBalance}, ${t.opening.split(' ')[0]!.toLowerCase()}`, width: 18, numFmt: fm.money },
    { header: t.deferredAtSale, width: 16, numFmt: fm.money },
    { header: t.revenueReleased, width: 16, numFmt: fm.money },
    { header: t.deferredBalance, width: 18, numFmt: fm.money },
    { header: t.redeemed, width: 14, numFmt: fm.points },
  ];
  const rows = a.deferredAtSale.map((d, w) => [w + 1, monthOf(w), plan.memberRevenue[w]!, w === 0 ? 0 : a.deferredRevenueBalance[w - 1]!, d, a.revenueReleased[w]!, a.deferredRevenueBalance[w]!, plan.pointsRedeemed[w]!]);
  detailSheet(wb, t.sheetIfrs, t.ifrsNote, cols, rows, 1);
}

function assumptionsSheet(wb: ExcelJS.Workbook, input: ReportInput, fm: Formats, t: ReportText): void {
  const r = input.run.results;
  const cols: Col[] = [
    { header: 'path', width: 42 },
    { header: t.path, width: 46 },
    { header: t.distribution, width: 12 },
    { header: t.value, width: 12, numFmt: fm.decimal },
    { header: t.low, width: 12, numFmt: fm.decimal },
    { header: t.high, width: 12, numFmt: fm.decimal },
    { header: `${t.p10} (${t.draws.toLowerCase()})`, width: 14, numFmt: fm.decimal },
    { header: `${t.p90} (${t.draws.toLowerCase()})`, width: 14, numFmt: fm.decimal },
    { header: t.source, width: 80 },
  ];
  const kindWord = { fixed: t.distFixed, uniform: t.distUniform, triangular: t.distTriangular, normal: t.distNormal } as const;
  const rows = assumptionRows(input.plan).map((a) => {
    const drawn = drawnRange(r, a.path);
    return [a.path, assumptionLabel(input.plan, a.path), kindWord[a.kind], a.base, a.low, a.high, drawn?.[0] ?? null, drawn?.[1] ?? null, a.source || t.noSource];
  });
  detailSheet(wb, t.sheetAssumptions, t.assumptionsIntro, cols, rows, 1);
}

/** How the run valued its points and what explains its surprising figures (reportExplain), one note a row. */
function notesSheet(wb: ExcelJS.Workbook, input: ReportInput, f: ReportFormat): void {
  const c = notesSheetContent(input.run.results, input.plan, f, input.locale);
  const ws = detailSheet(wb, c.name, c.note, [{ header: c.headers[0], width: 36 }, { header: c.headers[1], width: 140 }], c.rows, 1);
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

export async function buildWorkbook(input: ReportInput): Promise<Buffer> {
  const r = input.run.results;
  const f = reportFormat(input.locale, r.currency);
  const fm = numberFormats(f);
  const t = reportText(input.locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Loyalty Workbench';
  wb.title = `${t.reportTitle}: ${input.scenario.name}`;
  wb.created = new Date(input.generatedAt);
  wb.modified = new Date(input.generatedAt);
  summarySheet(wb, input, f, fm, t);
  const notice = reportNotice({ scenario: input.scenario, locale: input.locale, runCurrency: input.run.results.currency, workspaceCurrency: input.workspaceCurrency });
  if (notice) {
    // A row above the first sheet's table, frozen with its header, so it stays in view.
    const summary = wb.worksheets[0]!;
    summary.spliceRows(1, 0, [`${notice.title.toUpperCase()}: ${notice.text}`]);
    summary.mergeCells(1, 1, 1, summary.columnCount);
    const row = summary.getRow(1);
    row.height = 48;
    row.getCell(1).font = { bold: true, color: { argb: 'FFC2410C' } };
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDF0E6' } };
    row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
    summary.views = [{ state: 'frozen', ySplit: 2 }];
  }
  weeklySheet(wb, input, f, fm, t);
  monthlySheet(wb, input, f, fm, t);
  rollForwardSheet(wb, input, f, fm, t);
  ifrsSheet(wb, input, fm, t);
  assumptionsSheet(wb, input, fm, t);
  notesSheet(wb, input, f);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
