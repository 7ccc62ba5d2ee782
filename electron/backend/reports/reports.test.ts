import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullPlan } from '../../../shared/plan/defaultPlans';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { listAssumptions } from '../../../shared/simulation/planAssumptions';
import type { KpiKey } from '../../../shared/simulation/results';
import { createBackend } from '../backend';
import { buildReport, type ReportInput } from './exportReport';
import { costByYear, DECK_KPIS, kpiBand, PAYBACK_KPIS, REPORT_KPIS, rollForward } from './reportData';
import { formatKpi, reportFormat } from './reportFormat';
import { liabilityData, retentionData } from './reportCharts';
import { kpiCells } from './reportKpis';
import { kpiLabel, reportText } from './reportText';

/**
 * The three reports of a real run on a small sample workspace, read back the way a reader (or
 * a suspicious auditor) would: the PDF rendered to pixels and its text layer, the deck's slide
 * XML, the workbook's cells.
 */

const backend = createBackend({
  host: 'cli',
  version: '0.0.0-test',
  homeDir: mkdtempSync(join(tmpdir(), 'lw-reports-')),
  workerThreads: 1,
  sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 2_000 },
});
afterAll(() => backend.close());

let input: ReportInput;
const files: Partial<Record<'pdf' | 'pptx' | 'xlsx' | 'pdfEs', Buffer>> = {};

beforeAll(async () => {
  await backend.call('workspace.openDefault', {});
  await backend.call('segments.run', { method: 'tiers' });
  const saved = await backend.call('plans.save', { plan: { ...fullPlan(), horizonWeeks: 52 } });
  const created = await backend.call('scenarios.create', { name: 'Full plan, one year', planId: saved.planId, seed: 5, draws: 6 });
  const run = await backend.call('scenarios.run', { scenarioId: created.scenarioId });
  const scenario = (await backend.call('scenarios.list', {})).find((s) => s.scenarioId === created.scenarioId)!;
  const plan = (await backend.call('plans.get', { planId: saved.planId })).plan;
  input = { scenario, plan, run, locale: 'en', generatedAt: '2026-03-02T09:30:00.000Z' };
  files.pdf = await buildReport(input, 'pdf');
  files.pptx = await buildReport(input, 'pptx');
  files.xlsx = await buildReport(input, 'xlsx');
  files.pdfEs = await buildReport({ ...input, locale: 'es' }, 'pdf');
}, 120_000);

function pdfPages(bytes: Buffer) {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  return Array.from({ length: doc.countPages() }, (_, i) => doc.loadPage(i));
}
const pageText = (page: mupdf.Page) => page.toStructuredText('preserve-whitespace').asText();

/**
 * Share of the pixels in a band of the page (fractions of its height) that are coloured:
 * saturated, as chart lines, bars and bands are, where body text is near-black or grey.
 */
function colourShare(page: mupdf.Page, top: number, bottom: number): number {
  const pix = page.toPixmap(mupdf.Matrix.scale(1, 1), mupdf.ColorSpace.DeviceRGB, false, true);
  const w = pix.getWidth();
  const h = pix.getHeight();
  const px = pix.getPixels();
  const n = pix.getNumberOfComponents();
  let coloured = 0;
  let total = 0;
  for (let y = Math.floor(h * top); y < Math.floor(h * bottom); y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * n;
      const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
      total++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 50) coloured++;
    }
  }
  return coloured / total;
}

const f = () => reportFormat(input.locale, input.run.results.currency);
const printed = (key: KpiKey, which: 'headline' | 'base' | 'p10' | 'p90' = 'headline') => {
  const b = kpiBand(input.run.results, key);
  return formatKpi(f(), b.unit, b[which], PAYBACK_KPIS.has(key) ? 'not reached' : '—');
};
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0]+/g, '\\s+');

describe('the PDF report', () => {
  it('is A4 with numbered pages, and its charts are drawn on their pages', () => {
    const pages = pdfPages(files.pdf!);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    const [x0, y0, x1, y1] = pages[0]!.getBounds();
    expect(Math.round(x1 - x0)).toBe(595);
    expect(Math.round(y1 - y0)).toBe(842);
    expect(pageText(pages[1]!)).toMatch(new RegExp(`Page 2 of ${pages.length}`));
    const chartPages = pages.filter((p) => /Customers still buying|Points flows by quarter/.test(pageText(p)));
    expect(chartPages).toHaveLength(2);
    // Both chart areas of a chart page are drawn in colour (lines, bars, bands); a page of text has next to none.
    for (const p of chartPages) {
      expect(colourShare(p, 0.2, 0.45)).toBeGreaterThan(0.002);
      expect(colourShare(p, 0.58, 0.8)).toBeGreaterThan(0.002);
    }
    const methodPage = pages.find((p) => /Method notes/.test(pageText(p)))!;
    expect(colourShare(methodPage, 0.2, 0.8)).toBeLessThan(0.0002);
  });

  it('charts are vectors, not pictures', () => {
    // An embedded raster image would show as an XObject of subtype Image.
    expect(files.pdf!.includes(Buffer.from('/Subtype /Image'))).toBe(false);
  });

  it('prints the KPI figures as the table formats them, the summary and the assumptions with their sources', () => {
    const text = pdfPages(files.pdf!).map(pageText).join('\n');
    for (const key of ['incrementalRevenue', 'programmeCost', 'freeRewardRateTotal', 'roi', 'liabilityAtCostEnd', 'deferredRevenueEnd'] as const) {
      expect(text).toContain(kpiLabel('en', key));
      expect(text).toContain(printed(key));
      expect(text).toContain(printed(key, 'p10'));
      expect(text).toContain(printed(key, 'p90'));
      expect(text).toContain(printed(key, 'base'));
    }
    expect(text).toContain('Executive summary');
    expect(text).toMatch(new RegExp(`would add ${printed('incrementalRevenue').replace(/[.$€£]/g, '\\$&')} of incremental revenue`));
    expect(text).toContain('Full plan, one year');
    expect(text).toContain('2 March 2026');
    expect(text).toMatch(/Customers in the workspace\s*\n?\s*2,0\d\d|Customers in the workspace/);
    expect(text).toContain('Leenheer et al.');
    expect(text).toContain('Common random numbers');
    expect(text).toContain('IFRS 15');
  });

  it('writes Spanish with its accents and decimal commas', () => {
    const text = pdfPages(files.pdfEs!).map(pageText).join('\n');
    expect(text).toContain('Resumen ejecutivo');
    expect(text).toContain('Tasa de gratuidad, ventas totales');
    expect(text).toContain('Números aleatorios comunes');
    expect(text).toContain('2 de marzo de 2026');
    const es = reportFormat('es', input.run.results.currency);
    const b = kpiBand(input.run.results, 'freeRewardRateTotal');
    const rate = formatKpi(es, b.unit, b.headline, '—');
    expect(rate).toMatch(/^\d+,\d\d\u00a0%$/);
    expect(text.replace(/\u00a0/g, ' ')).toContain(rate.replace(/\u00a0/g, ' '));
  });
});

describe('the KPI tables', () => {
  it('head every figure with its median, inside its own P10–P90, in the run', () => {
    for (const key of REPORT_KPIS) {
      const b = kpiBand(input.run.results, key);
      if (b.headline === null) continue;
      expect(b.headline, key).toBeGreaterThanOrEqual(b.p10!);
      expect(b.headline, key).toBeLessThanOrEqual(b.p90!);
    }
  });

  it('print, in English and Spanish, each row as median, P10, P90 and base case, and the discount rate', () => {
    for (const [locale, bytes] of [['en', files.pdf!], ['es', files.pdfEs!]] as const) {
      const text = pdfPages(bytes).map(pageText).join('\n');
      const fmt = reportFormat(locale, input.run.results.currency);
      for (const key of ['incrementalRevenue', 'programmeCost', 'liabilityAtCostEnd', 'retainedCustomers'] as const) {
        const c = kpiCells(input.run.results, key, locale, fmt, reportText(locale));
        // The cells in the table's order on one row: the median first, then the range it lies in, then the base case.
        expect(text, `${locale} ${key}`).toMatch(new RegExp([c.label, c.headline, c.p10, c.p90, c.base].map(escaped).join('\\s+')));
      }
      const rate = fmt.percent(input.run.results.discountRatePerYear, 1).replace(/\u00a0/g, ' ');
      const flat = text.replace(/[\s\u00a0]+/g, ' ');
      expect(flat).toContain(locale === 'es' ? `VAN, base devengada (${rate})` : `NPV, accrued basis (${rate})`);
      expect(flat).toContain(locale === 'es' ? `se descuenta al ${rate} anual` : `discounted at ${rate} a year`);
      expect(text).toContain(locale === 'es' ? 'Mediana' : 'Median');
      expect(text).toContain(locale === 'es' ? 'Error MC' : 'MC s.e.');
      expect(text).toMatch(locale === 'es' ? /base de caja[^]*base devengada/ : /cash basis[^]*accrued basis/);
    }
  });
});

describe('the report charts', () => {
  it('draw a banded quantity as its median, inside its own shading, and the unbanded one as the base case', () => {
    const r = input.run.results;
    const retention = retentionData(r);
    expect(retention.plan).toEqual(r.bands.alivePlan.p50);
    expect(retention.counterfactual).toEqual(r.bands.aliveCounterfactual.p50);
    retention.plan.forEach((v, w) => {
      expect(v).toBeGreaterThanOrEqual(retention.band!.p10[w]!);
      expect(v).toBeLessThanOrEqual(retention.band!.p90[w]!);
    });
    const liability = liabilityData(r);
    expect(liability.liability).toEqual(r.bands.liabilityAtCost.p50);
    liability.liability.forEach((v, w) => {
      expect(v).toBeGreaterThanOrEqual(liability.band!.p10[w]!);
      expect(v).toBeLessThanOrEqual(liability.band!.p90[w]!);
    });
    expect(liability.deferred).toEqual(r.accounting.deferredRevenueBalance);
  });
});

describe('the PowerPoint deck', () => {
  it('holds a title, the KPI table with the run’s figures, a native chart per chart slide, assumptions and method', async () => {
    const zip = await JSZip.loadAsync(files.pptx!);
    const slideNames = Object.keys(zip.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/(\d+)/.exec(a)![1]) - Number(/(\d+)/.exec(b)![1]));
    const slides = await Promise.all(slideNames.map((n) => zip.file(n)!.async('string')));
    expect(slides.length).toBeGreaterThanOrEqual(9);
    expect(slides[0]).toContain('Full plan, one year');
    const kpiSlide = slides.find((s) => s.includes('Key figures'))!;
    expect(kpiSlide).toContain('<a:tbl>');
    for (const key of DECK_KPIS) {
      expect(kpiSlide).toContain(kpiLabel('en', key).replace(/&/g, '&amp;'));
      expect(kpiSlide).toContain(printed(key));
    }
    // Native charts: one chart part per chart slide, with the run's own series in its cache.
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(4);
    const chartXml = await Promise.all(charts.map((n) => zip.file(n)!.async('string')));
    expect(chartXml.filter((x) => x.includes('<c:lineChart>'))).toHaveLength(2);
    expect(chartXml.filter((x) => x.includes('<c:barChart>'))).toHaveLength(2);
    expect(chartXml.some((x) => x.includes('<c:grouping val="stacked"/>'))).toBe(true);
    // With several draws the chart's line is the median of the draws (the band's P50).
    const alive = input.run.results.bands.alivePlan.p50[51]!;
    expect(chartXml.some((x) => x.includes(`<c:v>${Math.round(alive)}</c:v>`))).toBe(true);
    const assumptions = slides.filter((s) => s.includes('Assumptions'));
    expect(assumptions.length).toBe(Math.ceil(listAssumptions(input.plan).length / 11));
    expect(slides.some((s) => s.includes('Common random numbers'))).toBe(true);
  });
});

describe('the Excel workbook', () => {
  const load = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files.xlsx! as unknown as ArrayBuffer);
    return wb;
  };

  it('has the finance sheets with frozen headers', async () => {
    const wb = await load();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Weekly by segment', 'Monthly', 'Points roll-forward', 'IFRS 15 schedule', 'Assumptions', 'Notes']);
    for (const ws of wb.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen' });
  });

  it('holds every KPI as a number with its format, equal to the run to the cent', async () => {
    const ws = (await load()).getWorksheet('Summary')!;
    const rowOf = (key: KpiKey) => {
      let found: ExcelJS.Row | null = null;
      ws.eachRow((row) => {
        if (row.getCell(8).value === key) found = row;
      });
      return found as ExcelJS.Row | null;
    };
    for (const key of REPORT_KPIS) expect(rowOf(key), key).not.toBeNull();
    const revenue = rowOf('incrementalRevenue')!;
    const band = kpiBand(input.run.results, 'incrementalRevenue');
    expect(typeof revenue.getCell(2).value).toBe('number');
    // Median, P10, P90, base case, Monte Carlo error of the median.
    expect(Math.round((revenue.getCell(2).value as number) * 100)).toBe(Math.round(band.headline! * 100));
    expect(Math.round((revenue.getCell(3).value as number) * 100)).toBe(Math.round(band.p10! * 100));
    expect(Math.round((revenue.getCell(4).value as number) * 100)).toBe(Math.round(band.p90! * 100));
    expect(Math.round((revenue.getCell(5).value as number) * 100)).toBe(Math.round(band.base! * 100));
    expect(revenue.getCell(6).value).toBeCloseTo(band.mcStandardError!, 6);
    expect(band.headline).not.toBe(band.base);
    expect(revenue.getCell(2).numFmt).toContain('€');
    expect(rowOf('freeRewardRateTotal')!.getCell(2).numFmt).toBe('0.00%');
  });

  it('closes the points roll-forward every week, and its liability is the run’s', async () => {
    const ws = (await load()).getWorksheet('Points roll-forward')!;
    const header = (ws.getRow(2).values as string[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const issuedCols = header.map((h, i) => (h.startsWith('Issued: ') ? i + 1 : 0)).filter((c) => c > 0);
    expect(issuedCols).toHaveLength(6);
    let weeks = 0;
    let previousClosing = 0;
    ws.eachRow((row, n) => {
      if (n <= 2) return;
      weeks++;
      const v = (c: number) => row.getCell(c).value as number;
      const issued = issuedCols.reduce((a, c) => a + v(c), 0);
      expect(v(col('Opening points'))).toBeCloseTo(previousClosing, 6);
      expect(v(col('Opening points')) + issued - v(col('Redeemed')) - v(col('Expired'))).toBeCloseTo(v(col('Closing points')), 4);
      previousClosing = v(col('Closing points'));
    });
    expect(weeks).toBe(52);
    const last = ws.getRow(54);
    expect(last.getCell(header.length).value).toBeCloseTo(input.run.results.accounting.liabilityAtCost[51]!, 6);
    expect(rollForward(input.run.results)[51]!.closing).toBeCloseTo(previousClosing, 6);
  });

  it('has an IFRS 15 schedule whose balance rolls, and 4-4-5 months that add up to the weeks', async () => {
    const wb = await load();
    const ifrs = wb.getWorksheet('IFRS 15 schedule')!;
    ifrs.eachRow((row, n) => {
      if (n <= 2) return;
      const v = (c: number) => row.getCell(c).value as number;
      expect(v(4) + v(5) - v(6)).toBeCloseTo(v(7), 6);
    });
    expect(ifrs.getRow(54).getCell(7).value).toBeCloseTo(input.run.results.accounting.deferredRevenueBalance[51]!, 6);
    const monthly = wb.getWorksheet('Monthly')!;
    const rows: ExcelJS.Row[] = [];
    monthly.eachRow((row, n) => n > 2 && row.getCell(1).value === 'All segments' && rows.push(row));
    expect(rows.map((r) => r.getCell(5).value)).toEqual([4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5]);
    const revenueCol = (monthly.getRow(2).values as string[]).indexOf('Revenue, incremental');
    const monthlyIncremental = rows.reduce((a, r) => a + (r.getCell(revenueCol).value as number), 0);
    expect(monthlyIncremental).toBeCloseTo(kpiBand(input.run.results, 'incrementalRevenue').base!, 4);
    // The cost by year adds up to the accrued programme cost the KPI reports.
    const total = costByYear(input.run.results).total.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(kpiBand(input.run.results, 'programmeCost').base!, 4);
  });

  it('lists every assumption with its path, value and source', async () => {
    const ws = (await load()).getWorksheet('Assumptions')!;
    const paths: string[] = [];
    ws.eachRow((row, n) => n > 2 && paths.push(String(row.getCell(1).value)));
    expect(paths).toEqual(listAssumptions(input.plan).map((a) => a.path));
    const first = ws.getRow(3);
    expect(typeof first.getCell(4).value).toBe('number');
    expect(String(first.getCell(9).value).length).toBeGreaterThan(3);
  });
});
