import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ReportInput } from './exportReport';
import { reportCharts, renderSvg, PALETTE } from './reportCharts';
import { assumptionLabel, assumptionRows, hasBands, REPORT_KPIS } from './reportData';
import { reportFormat, winAnsiSafe, type ReportFormat } from './reportFormat';
import { assumptionNumber, distributionText, executiveSummary, methodNotes } from './reportNarrative';
import { explanationSection, pointValueNote } from './reportExplain';
import { reportText, type ReportText } from './reportText';
import { reportNotice } from './staleNotice';
import { kpiCells, kpiTableNote } from './reportKpis';

/**
 * The PDF report: A4, Helvetica (pdfkit's built-in, WinAnsi: covers Spanish accents, ñ, ¿ and ¡),
 * charts drawn as vectors from echarts' server-side SVG. Sections: cover, executive summary with
 * the KPI table, one chart per half page, the assumptions with their sources, method notes.
 */

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 56, right: 56, top: 64, bottom: 62 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const OBLIQUE = 'Helvetica-Oblique';

type Doc = PDFKit.PDFDocument;

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** Text in the standard fonts' encoding (see winAnsiSafe). */
const s = (text: string) => winAnsiSafe(text);

function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.4).font(BOLD).fontSize(17).fillColor(PALETTE.plan).text(s(text), MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  const y = doc.y + 3;
  doc.moveTo(MARGIN.left, y).lineTo(MARGIN.left + 48, y).lineWidth(2).strokeColor(PALETTE.deferred).stroke();
  doc.y = y + 12;
}

function subheading(doc: Doc, text: string): void {
  ensureSpace(doc, 40);
  doc.font(BOLD).fontSize(11).fillColor(PALETTE.ink).text(s(text), MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.25);
}

function paragraph(doc: Doc, text: string, opts: { size?: number; colour?: string; font?: string; gap?: number } = {}): void {
  doc
    .font(opts.font ?? FONT)
    .fontSize(opts.size ?? 10)
    .fillColor(opts.colour ?? PALETTE.ink)
    .text(s(text), MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 2.5, align: 'left' });
  doc.moveDown(opts.gap ?? 0.6);
}

function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > A4.height - MARGIN.bottom) doc.addPage();
}

/**
 * A table that breaks across pages and repeats its header; rows shaded alternately, figures
 * right-aligned so their digits line up.
 */
function table(doc: Doc, columns: Column[], rows: string[][], opts: { size?: number; boldFirst?: boolean; emphasise?: (row: number) => boolean } = {}): void {
  const size = opts.size ?? 9;
  const pad = 4;
  const drawHeader = () => {
    const h = Math.max(...columns.map((c) => doc.font(BOLD).fontSize(size).heightOfString(s(c.header), { width: c.width - 2 * pad }))) + 2 * pad;
    const y = doc.y;
    doc.rect(MARGIN.left, y, CONTENT_WIDTH, h).fill(PALETTE.plan);
    let x = MARGIN.left;
    for (const c of columns) {
      doc.font(BOLD).fontSize(size).fillColor('#ffffff').text(s(c.header), x + pad, y + pad, { width: c.width - 2 * pad, align: c.align ?? 'left' });
      x += c.width;
    }
    doc.y = y + h;
  };
  drawHeader();
  rows.forEach((row, r) => {
    const bold = (i: number) => (opts.boldFirst && i === 0) || opts.emphasise?.(r);
    const h = Math.max(...row.map((cell, i) => doc.font(bold(i) ? BOLD : FONT).fontSize(size).heightOfString(s(cell), { width: columns[i]!.width - 2 * pad }))) + 2 * pad;
    if (doc.y + h > A4.height - MARGIN.bottom) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    if (r % 2 === 1) doc.rect(MARGIN.left, y, CONTENT_WIDTH, h).fill('#f3f5f9');
    let x = MARGIN.left;
    row.forEach((cell, i) => {
      const c = columns[i]!;
      doc.font(bold(i) ? BOLD : FONT).fontSize(size).fillColor(PALETTE.ink).text(s(cell), x + pad, y + pad, { width: c.width - 2 * pad, align: c.align ?? 'left' });
      x += c.width;
    });
    doc.moveTo(MARGIN.left, y + h).lineTo(MARGIN.left + CONTENT_WIDTH, y + h).lineWidth(0.4).strokeColor('#d7dce5').stroke();
    doc.y = y + h;
  });
  doc.x = MARGIN.left;
  doc.moveDown(0.8);
}

function cover(doc: Doc, input: ReportInput, f: ReportFormat, t: ReportText): void {
  const { scenario, plan, run } = input;
  const r = run.results;
  doc.rect(0, 0, A4.width, 330).fill(PALETTE.plan);
  doc.rect(0, 330, A4.width, 6).fill(PALETTE.deferred);
  doc.font(FONT).fontSize(11).fillColor('#c9d6e8').text(s(t.reportSubtitle.toUpperCase()), MARGIN.left, 96, { characterSpacing: 1.5 });
  doc.font(BOLD).fontSize(28).fillColor('#ffffff').text(s(t.reportTitle), MARGIN.left, 122, { width: CONTENT_WIDTH });
  doc.font(BOLD).fontSize(20).fillColor('#ffffff').text(s(scenario.name), MARGIN.left, doc.y + 14, { width: CONTENT_WIDTH });
  doc.font(FONT).fontSize(12).fillColor('#dbe4f0').text(s(`${t.plan}: ${plan.name} (${t.planVersion} ${scenario.lastRun?.planVersion ?? scenario.planVersion})`), MARGIN.left, doc.y + 8, { width: CONTENT_WIDTH });

  const facts: [string, string][] = [
    [t.generated, f.date(input.generatedAt)],
    [t.workspaceCustomers, r.simulatedCustomers < r.baseCustomers ? `${f.count(r.baseCustomers)} (${f.count(r.simulatedCustomers)} ${t.simulatedCustomers})` : f.count(r.baseCustomers)],
    [t.segments, r.segments.map((x) => x.segment).join(', ')],
    [t.horizon, `${r.horizonWeeks} ${t.weeks}`],
    [t.currency, r.currency],
    [t.draws, String(r.draws)],
    [t.seed, String(r.seed)],
    [t.run, `#${run.record.runId}, ${f.dateTime(run.record.startedAt)}`],
    [t.appVersion, run.record.appVersion],
  ];
  let y = 380;
  for (const [k, v] of facts) {
    doc.font(FONT).fontSize(10).fillColor(PALETTE.muted).text(s(k), MARGIN.left, y, { width: 190 });
    doc.font(BOLD).fontSize(10).fillColor(PALETTE.ink).text(s(v), MARGIN.left + 200, y, { width: CONTENT_WIDTH - 200 });
    y = Math.max(doc.y, y + 14) + 8;
  }
  const notice = reportNotice({ scenario, locale: input.locale, runCurrency: input.run.results.currency, workspaceCurrency: input.workspaceCurrency });
  if (notice) {
    // A tinted box with an accent bar under the run's facts: the first thing after the scenario's name a reader meets.
    const width = CONTENT_WIDTH - 30;
    const top = y + 8;
    doc.font(FONT).fontSize(10);
    const height = 40 + doc.heightOfString(s(notice.text), { width });
    doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill('#fdf0e6');
    doc.rect(MARGIN.left, top, 4, height).fill(PALETTE.deferred);
    doc.font(BOLD).fontSize(11).fillColor(PALETTE.deferred).text(s(notice.title.toUpperCase()), MARGIN.left + 18, top + 11, { width, characterSpacing: 1 });
    doc.font(FONT).fontSize(10).fillColor(PALETTE.ink).text(s(notice.text), MARGIN.left + 18, doc.y + 4, { width });
  }
  doc.font(OBLIQUE).fontSize(8.5).fillColor(PALETTE.muted).text(s(t.confidential), MARGIN.left, A4.height - 110, { width: CONTENT_WIDTH });
}

export function kpiTableRows(input: ReportInput, f: ReportFormat, t: ReportText): { columns: Column[]; rows: string[][] } {
  const r = input.run.results;
  const multi = hasBands(r);
  // The median heads the row, inside its P10-P90; the base case and the Monte Carlo error follow.
  const rows = REPORT_KPIS.map((key) => {
    const c = kpiCells(r, key, input.locale, f, t);
    return multi ? [c.label, c.headline, c.p10, c.p90, c.base, c.mcError] : [c.label, c.headline];
  });
  const figure = 62;
  const columns: Column[] = multi
    ? [
        { header: t.kpi, width: CONTENT_WIDTH - 5 * figure },
        { header: t.median, width: figure, align: 'right' },
        { header: t.p10, width: figure, align: 'right' },
        { header: t.p90, width: figure, align: 'right' },
        { header: t.baseCase, width: figure, align: 'right' },
        { header: t.mcError, width: figure, align: 'right' },
      ]
    : [
        { header: t.kpi, width: CONTENT_WIDTH - 110 },
        { header: t.baseCase, width: 110, align: 'right' },
      ];
  return { columns, rows };
}

function assumptionsSection(doc: Doc, input: ReportInput, f: ReportFormat, t: ReportText): void {
  heading(doc, t.assumptions);
  paragraph(doc, t.assumptionsIntro, { size: 9.5, colour: PALETTE.muted });
  const rows = assumptionRows(input.plan).map((a) => {
    const range = a.kind === 'fixed' ? t.none : `${assumptionNumber(f, a.low)} – ${assumptionNumber(f, a.high)}`;
    return [assumptionLabel(input.plan, a.path), distributionText(a, f, t), assumptionNumber(f, a.base), range, a.source || t.noSource];
  });
  table(
    doc,
    [
      { header: t.path, width: 138 },
      { header: t.distribution, width: 92 },
      { header: t.value, width: 46, align: 'right' },
      { header: t.range, width: 58, align: 'right' },
      { header: t.source, width: CONTENT_WIDTH - 334 },
    ],
    rows,
    { size: 7.5 },
  );
}

function chartsSection(doc: Doc, input: ReportInput, f: ReportFormat, t: ReportText): void {
  const charts = reportCharts(input.run.results, f);
  const px = { width: 620, height: 330 };
  const height = (CONTENT_WIDTH * px.height) / px.width;
  charts.forEach((c, i) => {
    // Two charts a page: the first of each pair opens a new page.
    if (i % 2 === 0) {
      doc.addPage();
      if (i === 0) heading(doc, t.charts);
    } else {
      doc.moveDown(1);
    }
    doc.font(BOLD).fontSize(11.5).fillColor(PALETTE.ink).text(s(c.title), MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    doc.moveDown(0.3);
    const y = doc.y;
    SVGtoPDF(doc, renderSvg(c.option, px.width, px.height), MARGIN.left, y, { width: CONTENT_WIDTH, height, assumePt: false });
    doc.y = y + height + 4;
    paragraph(doc, c.note, { size: 8.5, colour: PALETTE.muted, gap: 0.4 });
  });
}

function footers(doc: Doc, input: ReportInput, t: ReportText): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (i === 0) continue;
    // Writing below the bottom margin would open a new page: lift the margin while writing the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = A4.height - 40;
    doc.moveTo(MARGIN.left, y - 8).lineTo(A4.width - MARGIN.right, y - 8).lineWidth(0.5).strokeColor('#d7dce5').stroke();
    doc.font(FONT).fontSize(8).fillColor(PALETTE.muted);
    doc.text(s(`${input.scenario.name} · ${input.plan.name}`), MARGIN.left, y, { width: CONTENT_WIDTH - 100, lineBreak: false });
    doc.text(s(`${t.page} ${i + 1} ${t.of} ${range.count}`), A4.width - MARGIN.right - 100, y, { width: 100, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** Where a figure goes against intuition, the mechanic behind it (reportExplain); nothing when every figure goes the expected way. */
function explanationsSection(doc: Doc, input: ReportInput, f: ReportFormat): void {
  const section = explanationSection(input.run.results, input.plan, f, input.locale);
  if (!section) return;
  doc.moveDown(0.6);
  subheading(doc, section.title);
  paragraph(doc, section.intro, { size: 8.5, colour: PALETTE.muted, gap: 0.3 });
  for (const sentence of section.sentences) paragraph(doc, `• ${sentence}`, { size: 9.5, gap: 0.25 });
}

export function buildPdf(input: ReportInput): Promise<Buffer> {
  const r = input.run.results;
  const f = reportFormat(input.locale, r.currency);
  const t = reportText(input.locale);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: s(`${t.reportTitle}: ${input.scenario.name}`), Author: 'Loyalty Workbench', Subject: s(`${t.plan} ${input.plan.name}`), CreationDate: new Date(input.generatedAt) },
    lang: input.locale === 'es' ? 'es-ES' : 'en-GB',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  cover(doc, input, f, t);

  doc.addPage();
  heading(doc, t.executiveSummary);
  for (const sentence of executiveSummary(r, input.plan, f, input.locale)) paragraph(doc, sentence, { size: 10.5, gap: 0.5 });
  if (r.warnings.length > 0) {
    subheading(doc, t.warnings);
    for (const w of r.warnings) paragraph(doc, `• ${w}`, { size: 9, colour: PALETTE.deferred, gap: 0.2 });
  }
  doc.moveDown(0.6);
  heading(doc, t.kpiTable);
  const kpis = kpiTableRows(input, f, t);
  table(doc, kpis.columns, kpis.rows, { size: 9, boldFirst: false });
  paragraph(doc, kpiTableNote(r, input.locale, f), { size: 8.5, colour: PALETTE.muted });
  explanationsSection(doc, input, f);

  chartsSection(doc, input, f, t);

  doc.addPage();
  assumptionsSection(doc, input, f, t);

  doc.addPage();
  heading(doc, t.methodNotes);
  for (const note of [...methodNotes(r, input.locale, f), pointValueNote(r, input.plan, f, input.locale)]) {
    subheading(doc, note.title);
    paragraph(doc, note.text, { size: 9.5 });
  }

  footers(doc, input, t);
  doc.end();
  return done;
}
