import PptxGenJS from 'pptxgenjs';
import type { ReportInput } from './exportReport';
import { liabilityData, PALETTE, pointsFlowsData, retentionData, yearLabels } from './reportCharts';
import { assumptionLabel, assumptionRows, costByYear, DECK_KPIS, hasBands } from './reportData';
import { reportFormat, type ReportFormat } from './reportFormat';
import { distributionText, executiveSummary, methodNotes } from './reportNarrative';
import { explanationSection, pointValueNote } from './reportExplain';
import { reportText, seriesLabel, type ReportText } from './reportText';
import { reportNotice } from './staleNotice';
import { kpiCells, kpiTableNote } from './reportKpis';

/**
 * The client-meeting deck: 16:9, a title slide, the executive summary, a KPI slide with an
 * editable table, one slide per chart as PowerPoint's own charts (so a consultant can restyle
 * or re-cut them in the meeting), the assumptions as tables and a method slide.
 */

const W = 13.333;
const H = 7.5;
const X = 0.6;
const CW = W - 2 * X;
const FONT = 'Calibri';
const hex = (c: string) => c.replace('#', '').toUpperCase();
const INK = hex(PALETTE.ink);
const MUTED = hex(PALETTE.muted);
const NAVY = hex(PALETTE.plan);
const ACCENT = hex(PALETTE.deferred);

type Slide = PptxGenJS.Slide;

/** Excel-style number formats for chart axes, with the currency where it reads. */
function formats(f: ReportFormat): { money: string; count: string } {
  const symbol = f.currencySymbol.replace(/"/g, '');
  return {
    money: f.locale === 'es' ? `#,##0 "${symbol}"` : `"${symbol}"#,##0`,
    count: '#,##0',
  };
}

function titled(pptx: PptxGenJS, title: string, lang: string, subtitle?: string): Slide {
  const slide = pptx.addSlide({ masterName: 'CONTENT' });
  slide.addText(title, { x: X, y: 0.35, w: CW, h: 0.6, fontFace: FONT, fontSize: 26, bold: true, color: NAVY, lang, margin: 0 });
  if (subtitle) slide.addText(subtitle, { x: X, y: 0.95, w: CW, h: 0.35, fontFace: FONT, fontSize: 13, color: MUTED, lang, margin: 0 });
  return slide;
}

function note(slide: Slide, text: string, lang: string): void {
  slide.addText(text, { x: X, y: H - 1.05, w: CW, h: 0.55, fontFace: FONT, fontSize: 11, color: MUTED, valign: 'top', lang, margin: 0 });
}

const round = (v: number, digits = 0) => {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
};

const chartBase = (lang: string): PptxGenJS.IChartOpts => ({
  x: X,
  y: 1.45,
  w: CW,
  h: H - 2.7,
  fontFace: FONT,
  showLegend: true,
  legendPos: 't',
  legendFontSize: 12,
  legendFontFace: FONT,
  catAxisLabelColor: MUTED,
  valAxisLabelColor: MUTED,
  catAxisLabelFontSize: 11,
  valAxisLabelFontSize: 11,
  valGridLine: { color: 'E5E7EB', style: 'solid', size: 0.75 },
  catGridLine: { style: 'none' },
  lang,
});

function titleSlide(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, t: ReportText, lang: string): void {
  const r = input.run.results;
  const slide = pptx.addSlide();
  slide.background = { color: NAVY };
  slide.addShape('rect', { x: 0, y: H - 0.18, w: W, h: 0.18, fill: { color: ACCENT }, line: { color: ACCENT } });
  slide.addText(t.reportSubtitle.toUpperCase(), { x: X, y: 1.3, w: CW, h: 0.4, fontFace: FONT, fontSize: 14, color: 'C9D6E8', charSpacing: 2, lang, margin: 0 });
  slide.addText(input.scenario.name, { x: X, y: 1.8, w: CW, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: 'FFFFFF', lang, margin: 0, valign: 'top' });
  slide.addText(`${t.reportTitle}`, { x: X, y: 3.05, w: CW, h: 0.5, fontFace: FONT, fontSize: 20, color: 'FFFFFF', lang, margin: 0 });
  const facts = [
    `${t.plan}: ${input.plan.name} (${t.planVersion} ${input.scenario.lastRun?.planVersion ?? input.scenario.planVersion})`,
    `${t.workspaceCustomers}: ${f.count(r.baseCustomers)}${r.simulatedCustomers < r.baseCustomers ? ` (${f.count(r.simulatedCustomers)} ${t.simulatedCustomers})` : ''}`,
    `${t.horizon}: ${r.horizonWeeks} ${t.weeks} · ${t.draws}: ${r.draws} · ${t.seed}: ${r.seed}`,
    `${t.generated} ${f.date(input.generatedAt)}`,
  ];
  slide.addText(
    facts.map((text) => ({ text, options: { breakLine: true } })),
    { x: X, y: 4.3, w: CW, h: 1.7, fontFace: FONT, fontSize: 15, color: 'DBE4F0', lang, margin: 0, valign: 'top', paraSpaceAfter: 6 },
  );
  const notice = reportNotice({ scenario: input.scenario, locale: input.locale, runCurrency: input.run.results.currency, workspaceCurrency: input.workspaceCurrency });
  if (notice) {
    // On the title slide, so an old run is never shown to a client as today's figures.
    slide.addShape('rect', { x: X, y: 5.85, w: CW, h: 1.15, fill: { color: 'FDF0E6' }, line: { color: ACCENT, width: 1.5 } });
    slide.addText(
      [
        { text: `${notice.title.toUpperCase()}  `, options: { bold: true, color: ACCENT, charSpacing: 1 } },
        { text: notice.text, options: { color: '1F2A44' } },
      ],
      { x: X + 0.2, y: 5.9, w: CW - 0.4, h: 1.05, fontFace: FONT, fontSize: 14, lang, margin: 0, valign: 'middle' },
    );
  }
}

function summarySlide(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, t: ReportText, lang: string): void {
  const slide = titled(pptx, t.executiveSummary, lang);
  const sentences = executiveSummary(input.run.results, input.plan, f, input.locale);
  slide.addText(
    sentences.map((text) => ({ text, options: { bullet: { indent: 18 }, breakLine: true } })),
    { x: X, y: 1.3, w: CW, h: H - 2.1, fontFace: FONT, fontSize: 16, color: INK, valign: 'top', paraSpaceAfter: 10, lang, margin: 0 },
  );
  if (input.run.results.warnings.length > 0) note(slide, `${t.warnings}: ${input.run.results.warnings.join(' ')}`, lang);
}

function kpiSlide(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, t: ReportText, lang: string): void {
  const r = input.run.results;
  const multi = hasBands(r);
  const slide = titled(pptx, t.deckKpiTitle, lang, multi ? t.deckKpiNote : undefined);
  const head = (text: string, align: 'left' | 'right' = 'right'): PptxGenJS.TableCell => ({ text, options: { bold: true, color: 'FFFFFF', fill: { color: NAVY }, align } });
  // The median in bold, inside its P10-P90; the base case apart, in grey, as a secondary figure.
  const header = [head(t.kpi, 'left'), head(multi ? t.median : t.baseCase), ...(multi ? [head(t.p10), head(t.p90), head(t.baseCase)] : [])];
  const rows: PptxGenJS.TableRow[] = DECK_KPIS.map((key, i) => {
    const c = kpiCells(r, key, input.locale, f, t);
    const fill = { color: i % 2 === 1 ? 'F3F5F9' : 'FFFFFF' };
    const cell = (text: string, bold = false, color?: string): PptxGenJS.TableCell => ({ text, options: { align: 'right', fill, bold, ...(color ? { color } : {}) } });
    return [{ text: c.label, options: { fill } }, cell(c.headline, true), ...(multi ? [cell(c.p10), cell(c.p90), cell(c.base, false, '6B7280')] : [])];
  });
  const figure = multi ? 1.9 : 2.6;
  slide.addTable([header, ...rows], {
    x: X,
    y: multi ? 1.45 : 1.25,
    w: CW,
    colW: [CW - figure * (multi ? 4 : 1), ...new Array<number>(multi ? 4 : 1).fill(figure)],
    fontFace: FONT,
    fontSize: 14,
    color: INK,
    // Twelve rows and the note under them fit the slide at this height.
    rowH: multi ? 0.36 : 0.42,
    valign: 'middle',
    border: { type: 'solid', pt: 0.5, color: 'D7DCE5' },
    // Table cell margins are in inches here (unlike text boxes).
    margin: [0.03, 0.1, 0.03, 0.1],
  });
  note(slide, kpiTableNote(r, input.locale, f, true), lang);
}

function retentionSlide(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, t: ReportText, lang: string): void {
  const r = input.run.results;
  const slide = titled(pptx, t.chartRetention, lang);
  const d = retentionData(r);
  const labels = d.weeks.map(String);
  const data = [
    { name: t.alivePlan, labels, values: d.plan.map((v) => round(v)) },
    { name: t.aliveCounterfactual, labels, values: d.counterfactual.map((v) => round(v)) },
    ...(d.band
      ? [
          { name: `${t.alivePlan}, P10`, labels, values: d.band.p10.map((v) => round(v)) },
          { name: `${t.alivePlan}, P90`, labels, values: d.band.p90.map((v) => round(v)) },
        ]
      : []),
  ];
  const min = Math.min(...data.flatMap((s) => s.values));
  slide.addChart(pptx.ChartType.line, data, {
    ...chartBase(lang),
    chartColors: [NAVY, '9AA3AE', '9DB8DB', '9DB8DB'],
    lineDataSymbol: 'none',
    lineSize: 2,
    catAxisLabelFrequency: '13',
    catAxisTitle: t.week,
    showCatAxisTitle: true,
    valAxisTitle: t.customersAxis,
    showValAxisTitle: true,
    valAxisLabelFormatCode: formats(f).count,
    // From zero the gap between the worlds would be a hairline.
    valAxisMinVal: Math.floor((min * 0.97) / 10) * 10,
  });
  note(slide, d.band ? `${t.chartRetentionNote} ${t.bandLinesNote}` : t.chartRetentionNote, lang);
}

function costSlide(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, t: ReportText, lang: string): void {
  const slide = titled(pptx, t.chartCost, lang);
  const d = costByYear(input.run.results);
  const labels = yearLabels(d, t.year, t.weeks);
  const lines = d.lines.filter((l) => l.values.some((v) => v !== 0));
  const data = [
    ...lines.map((l) => ({ name: seriesLabel(input.locale, l.key), labels, values: l.values.map((v) => round(v, 2)) })),
    { name: t.liabilityAtHorizon, labels, values: d.liabilityAtHorizon.map((v) => round(v, 2)) },
  ];
  const colours = [...lines.map((l) => hex(PALETTE.costs[['rewardCost', 'punchCardCost', 'privilegeCost', 'contactCost', 'partnerNetCost', 'fixedCost'].indexOf(l.key)] ?? PALETTE.plan)), hex(PALETTE.accrual)];
  slide.addChart(pptx.ChartType.bar, data, {
    ...chartBase(lang),
    barDir: 'col',
    barGrouping: 'stacked',
    barGapWidthPct: 60,
    chartColors: colours,
    valAxisLabelFormatCode: formats(f).money,
  });
  note(slide, `${t.chartCostNote} ${d.years.map((_, i) => `${labels[i]}: ${f.money(d.total[i]!)}`).join(' · ')}.`, lang);
}

function liabilitySlide(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, t: ReportText, lang: string): void {
  const slide = titled(pptx, t.chartLiability, lang);
  const d = liabilityData(input.run.results);
  const labels = d.weeks.map(String);
  slide.addChart(
    pptx.ChartType.line,
    [
      { name: t.liabilityAtCost, labels, values: d.liability.map((v) => round(v, 2)) },
      { name: t.deferredRevenue, labels, values: d.deferred.map((v) => round(v, 2)) },
    ],
    {
      ...chartBase(lang),
      chartColors: [NAVY, ACCENT],
      lineDataSymbol: 'none',
      lineSize: 2,
      catAxisLabelFrequency: '13',
      catAxisTitle: t.week,
      showCatAxisTitle: true,
      valAxisLabelFormatCode: formats(f).money,
    },
  );
  note(slide, d.band ? `${t.chartLiabilityNote} ${t.liabilityBandLinesNote}` : t.chartLiabilityNote, lang);
}

function pointsSlide(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, t: ReportText, lang: string): void {
  const slide = titled(pptx, t.chartPoints, lang);
  const d = pointsFlowsData(input.run.results, t.quarter);
  const data = [
    ...d.issued.map((s) => ({ name: `${t.issued}: ${seriesLabel(input.locale, s.key)}`, labels: d.labels, values: s.values.map((v) => round(v)) })),
    // Points out stack below zero, so each quarter reads as what came in against what went out.
    { name: t.redeemed, labels: d.labels, values: d.redeemed.map((v) => -round(v)) },
    { name: t.expired, labels: d.labels, values: d.expired.map((v) => -round(v)) },
  ];
  slide.addChart(pptx.ChartType.bar, data, {
    ...chartBase(lang),
    barDir: 'col',
    barGrouping: 'stacked',
    barGapWidthPct: 50,
    chartColors: [...d.issued.map((_, i) => hex(PALETTE.issued[i % PALETTE.issued.length]!)), hex(PALETTE.redeemed), hex(PALETTE.expired)],
    valAxisLabelFormatCode: formats(f).count,
    valAxisTitle: t.points,
    showValAxisTitle: true,
  });
  note(slide, `${t.chartPointsNote} ${t.outstanding}: ${d.labels.map((l, i) => `${l} ${f.count(d.outstanding[i]!)}`).join(' · ')}.`, lang);
}

function assumptionSlides(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, t: ReportText, lang: string): void {
  const rows = assumptionRows(input.plan);
  const perSlide = 11;
  const head = (text: string, align: 'left' | 'right' = 'left'): PptxGenJS.TableCell => ({ text, options: { bold: true, color: 'FFFFFF', fill: { color: NAVY }, align } });
  for (let first = 0; first < rows.length; first += perSlide) {
    const title = first === 0 ? t.deckAssumptionsTitle : `${t.deckAssumptionsTitle} (${t.continued})`;
    const slide = titled(pptx, title, lang);
    const body: PptxGenJS.TableRow[] = rows.slice(first, first + perSlide).map((a, i) => {
      const fill = { color: i % 2 === 1 ? 'F3F5F9' : 'FFFFFF' };
      return [
        { text: assumptionLabel(input.plan, a.path), options: { fill } },
        { text: distributionText(a, f, t), options: { fill } },
        { text: f.decimal(a.base, Math.abs(a.base) >= 1 ? 2 : 4), options: { fill, align: 'right' } },
        { text: a.source || t.noSource, options: { fill, fontSize: 10, color: MUTED } },
      ];
    });
    slide.addTable([[head(t.path), head(t.distribution), head(t.value, 'right'), head(t.source)], ...body], {
      x: X,
      y: 1.25,
      w: CW,
      colW: [3.6, 2.6, 1.2, CW - 7.4],
      fontFace: FONT,
      fontSize: 11,
      color: INK,
      valign: 'middle',
      border: { type: 'solid', pt: 0.5, color: 'D7DCE5' },
      margin: [0.03, 0.08, 0.03, 0.08],
    });
  }
}

/** Where a figure goes against intuition, the mechanic behind it, on a slide of its own and in its speaker notes. */
function explanationsSlide(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, lang: string): void {
  const section = explanationSection(input.run.results, input.plan, f, input.locale);
  if (!section) return;
  const slide = titled(pptx, section.title, lang, section.intro);
  slide.addText(
    section.sentences.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    { x: X, y: 1.45, w: CW, h: H - 2.0, fontFace: FONT, fontSize: section.sentences.length > 5 ? 12 : 14, color: INK, valign: 'top', paraSpaceAfter: 6, lang, margin: 0, fit: 'shrink' },
  );
  slide.addNotes(section.sentences.join('\n'));
}

function methodSlide(pptx: PptxGenJS, input: ReportInput, f: ReportFormat, t: ReportText, lang: string): void {
  const slide = titled(pptx, t.deckMethodTitle, lang);
  const notes = [...methodNotes(input.run.results, input.locale, f), pointValueNote(input.run.results, input.plan, f, input.locale)];
  // A slide holds the gist: each note's title and its first sentence; the PDF has them in full.
  const gist = (text: string) => {
    const m = /^(.+?[.!?])(\s|$)/.exec(text);
    return m ? m[1]! : text;
  };
  slide.addText(
    notes.flatMap((n) => [
      { text: `${n.title}. `, options: { bold: true, color: NAVY } },
      { text: gist(n.text), options: { breakLine: true } },
    ]),
    { x: X, y: 1.25, w: CW, h: H - 1.7, fontFace: FONT, fontSize: 13, color: INK, valign: 'top', paraSpaceAfter: 8, lang, margin: 0 },
  );
}

export async function buildDeck(input: ReportInput): Promise<Buffer> {
  const r = input.run.results;
  const f = reportFormat(input.locale, r.currency);
  const t = reportText(input.locale);
  const lang = f.tag;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Loyalty Workbench';
  pptx.company = 'Loyalty Workbench';
  pptx.title = `${t.reportTitle}: ${input.scenario.name}`;
  pptx.subject = `${t.plan} ${input.plan.name}`;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.defineSlideMaster({
    title: 'CONTENT',
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: W, h: 0.12, fill: { color: NAVY } } },
      { text: { text: `${input.scenario.name} · ${input.plan.name}`, options: { x: X, y: H - 0.42, w: 8, h: 0.3, fontFace: FONT, fontSize: 10, color: MUTED, margin: 0 } } },
    ],
    slideNumber: { x: W - X - 0.6, y: H - 0.42, w: 0.6, h: 0.3, fontFace: FONT, fontSize: 10, color: MUTED, align: 'right' },
  });

  titleSlide(pptx, input, f, t, lang);
  summarySlide(pptx, input, f, t, lang);
  kpiSlide(pptx, input, f, t, lang);
  explanationsSlide(pptx, input, f, lang);
  retentionSlide(pptx, input, f, t, lang);
  costSlide(pptx, input, f, t, lang);
  liabilitySlide(pptx, input, f, t, lang);
  pointsSlide(pptx, input, f, t, lang);
  assumptionSlides(pptx, input, f, t, lang);
  methodSlide(pptx, input, f, t, lang);

  const out = await pptx.write({ outputType: 'nodebuffer' });
  return Buffer.from(out as Uint8Array);
}
