import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppPage } from './pages/AppPage';
import { ScenarioLab } from './pages/ScenarioLab';
import { chooseSegmentMethod } from './pages/segmentMethod';

const ROOT = resolve(__dirname, '..', '..');
const SHOTS = resolve(ROOT, 'test-results', 'screenshots');
const FILES = resolve(ROOT, 'test-results', 'reports');
mkdirSync(SHOTS, { recursive: true });
mkdirSync(FILES, { recursive: true });

/** The digits of a figure as shown ("€1,463,236" or "1.463.236 €" → "1463236"). */
const digits = (text: string): string => text.replace(/[^\d]/g, '');

test('re-segmenting the sample turns its scenarios stale, says why, holds them out of the comparison, and running one makes it fresh', async ({ page }) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new AppPage(page);
  await app.openOnSample();

  // The sample comes with its example scenarios run; any that is not current is run first.
  await app.go('scenarios');
  const lab = new ScenarioLab(page);
  const watched = ['Basic 1%', '2% with double points'];
  for (const name of watched) {
    await expect(lab.status(name)).toBeVisible();
    if ((await lab.status(name).getAttribute('data-status')) !== 'up-to-date') await lab.run(name);
    await expect(lab.status(name)).toHaveAttribute('data-status', 'up-to-date');
  }

  // Segment the customers by k-means into five, a segmentation no other spec makes: the runs were
  // made on whatever segmentation the specs before left (staleness compares contents, so
  // repeating the segmentation in use would rightly change nothing).
  await app.go('segments');
  await chooseSegmentMethod(page, /k-means/i);
  await page.getByTestId('segment-k').fill('5');
  await page.getByTestId('run-segmentation').click();
  // The five: the page may already show an earlier k-means result, kept from another spec.
  await expect(page.getByText(/^5 segments by k-means/)).toBeVisible({ timeout: 180_000 });

  // Back on the scenarios: stale, with the reason in words, and held out of the comparison.
  await app.go('scenarios');
  for (const name of watched) {
    await expect(lab.status(name)).toHaveAttribute('data-status', 'stale');
    await expect(lab.status(name)).toHaveText('Out of date');
    await expect(lab.staleBecause(name)).toContainText(/customers segmented again/i);
  }
  await expect(page.getByTestId('compare-stale')).toContainText('left out of the comparison');
  for (const name of watched) await expect(lab.heldBack(name)).toContainText(/customers segmented again/i);
  await expect(page.getByTestId('scenario-compare-table')).toHaveCount(0);
  await page.screenshot({ path: resolve(SHOTS, 'scenarios-stale.png'), fullPage: true });

  // Run one again from the comparison: it is current, compared, and the other is still held back.
  await lab.runAgainFromComparison('Basic 1%');
  await expect(lab.staleBecause('Basic 1%')).toHaveCount(0);
  await expect(page.getByTestId('scenario-compare-table')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('scenario-compare-table').locator('thead')).toContainText('Basic 1%');
  await expect(lab.heldBack('Basic 1%')).toHaveCount(0);
  await expect(lab.heldBack('2% with double points')).toBeVisible();
  await expect(lab.status('2% with double points')).toHaveAttribute('data-status', 'stale');
  await page.screenshot({ path: resolve(SHOTS, 'scenarios-fresh-again.png'), fullPage: true });
});

test('compares two scenarios, runs a sensitivity and a goal seek, switches to Spanish and exports the three reports', async ({ page }) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new AppPage(page);
  await app.openOnSample();

  // The sample comes with example scenarios, already run.
  await app.go('scenarios');
  const lab = new ScenarioLab(page);
  await expect(lab.row('Basic 1%')).toHaveAttribute('data-run', 'true');

  await lab.create('E2E plain', 'Basic 1% plan', 4);
  await lab.create('E2E everything', 'Full plan', 4);
  await lab.run('E2E plain');
  await lab.run('E2E everything');
  await lab.compare(['E2E plain', 'E2E everything']);
  const revenueRow = page.locator('[data-testid="compare-row"][data-kpi="incrementalRevenue"]');
  // The column of "E2E plain" (the table also has the scenarios that came ticked, and difference columns).
  const headers = await page.getByTestId('scenario-compare-table').locator('thead th').allInnerTexts();
  const column = headers.findIndex((h) => h.includes('E2E plain'));
  expect(column).toBeGreaterThan(0);
  const shownRevenue = (await revenueRow.locator('td').nth(column).innerText()).split('\n')[0]!;
  expect(digits(shownRevenue).length).toBeGreaterThan(3);
  await expect(page.getByTestId('compare-best').first()).toBeVisible();
  for (const id of ['chart-compare-cost', 'chart-compare-liability', 'chart-compare-retention']) await expect(page.getByTestId(id)).toHaveAttribute('data-rendered', 'true');
  await page.screenshot({ path: resolve(SHOTS, 'scenarios-compare.png'), fullPage: true });

  await page.getByTestId('tab-sensitivity').click();
  await lab.choose(page.getByTestId('sensitivity-scenario'), 'E2E plain');
  await page.getByTestId('sensitivity-run').click();
  await expect(page.getByTestId('chart-tornado')).toHaveAttribute('data-rendered', 'true', { timeout: 300_000 });
  await page.screenshot({ path: resolve(SHOTS, 'scenarios-tornado.png'), fullPage: true });

  await page.getByTestId('tab-goal-seek').click();
  await lab.choose(page.getByTestId('goal-seek-scenario'), 'E2E plain');
  await page.getByTestId('goal-seek-value').fill('1.2');
  await page.getByTestId('goal-seek-run').click();
  const found = page.getByTestId('goal-seek-result');
  await expect(found).toBeVisible({ timeout: 300_000 });
  await expect(found).toContainText(/\d/);
  await page.screenshot({ path: resolve(SHOTS, 'scenarios-goal-seek.png'), fullPage: true });

  // Spanish: the interface and the reports.
  await page.getByTestId('language-switch').getByText('ES', { exact: true }).click();
  await expect(app.nav('scenarios')).toContainText('Escenarios');
  await app.go('reports');
  await lab.choose(page.getByTestId('report-scenario'), 'E2E plain');
  const saved: Record<string, string> = {};
  for (const [format, label] of [['pdf', 'PDF'], ['pptx', 'PowerPoint'], ['xlsx', 'Excel']] as const) {
    await page.getByTestId('report-format').getByText(label, { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('report-export-button').click()]);
    saved[format] = resolve(FILES, `E2E plain.${format}`);
    await download.saveAs(saved[format]);
  }
  await page.screenshot({ path: resolve(SHOTS, 'reports-spanish.png'), fullPage: true });

  // The PDF: its pages rendered, the chart pages coloured, the figure the app showed in its text.
  const rendered = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'support', 'renderPdf.mts'), saved.pdf!, resolve(SHOTS, 'report-page')], { cwd: ROOT, encoding: 'utf8' })) as {
    pages: { text: string; colouredShare: number }[];
  };
  expect(rendered.pages.length).toBeGreaterThanOrEqual(4);
  expect(rendered.pages.filter((p) => p.colouredShare > 0.01).length).toBeGreaterThanOrEqual(2);
  expect(digits(rendered.pages.map((p) => p.text).join(' '))).toContain(digits(shownRevenue));

  // The deck's slides and the workbook's sheets hold the same figure.
  const deck = await JSZip.loadAsync(readFileSync(saved.pptx!));
  const slides = Object.keys(deck.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slides.length).toBeGreaterThanOrEqual(5);
  const slideText = (await Promise.all(slides.map((f) => deck.file(f)!.async('string')))).join(' ').replace(/<[^>]+>/g, ' ');
  expect(digits(slideText)).toContain(digits(shownRevenue));

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(saved.xlsx!);
  expect(book.worksheets.length).toBeGreaterThanOrEqual(5);
  const numbers: number[] = [];
  book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'number' && numbers.push(cell.value)));
  expect(numbers.some((n) => String(Math.round(n)) === digits(shownRevenue))).toBe(true);
});
