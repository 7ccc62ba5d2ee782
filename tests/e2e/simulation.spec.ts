import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { PlanDesigner } from './pages/PlanDesigner';

const SHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

test('edits a points plan, runs it on the sample with progress, and reads the KPI cards and charts', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new AppPage(page);
  await app.openOnSample();

  await app.go('plan');
  const designer = new PlanDesigner(page);
  await designer.newFromTemplate('full');
  const before = await page.getByTestId('derived-give-back').textContent();
  await designer.openSection('earning');
  await designer.setNumber('Points per currency unit', '2');
  // The live figures follow the edit: twice the points, a larger give-back (no longer exactly
  // twice: it now counts the whole plan, so the reward mix and the mechanics move it too).
  await expect(page.getByTestId('derived-give-back')).not.toHaveText(before ?? '');
  const share = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));
  expect(share(await page.getByTestId('derived-give-back').textContent())).toBeGreaterThan(share(before));
  await page.screenshot({ path: resolve(SHOTS, 'plan-designer.png') });
  await designer.save();
  // "Run this plan" opens the Simulation page and starts the run, at the default number of
  // assumption draws: long enough to watch its progress, and the cards show bands.
  await designer.runThisPlan();
  const progress = page.getByTestId('simulation-progress');
  await expect(progress).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('simulation-progress-percent')).toContainText('%');
  await expect(progress).toBeHidden({ timeout: 180_000 });

  const cards = page.getByTestId('kpi-card');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  const incremental = page.locator('[data-testid="kpi-card"][data-kpi="incrementalRevenue"]');
  await expect(incremental.getByTestId('kpi-value')).toContainText(/\d/);
  await expect(incremental.getByTestId('kpi-band')).toContainText(/\d/);
  // The headline is the median of the draws; the base case and the Monte Carlo error are labelled beside it.
  await expect(incremental.getByTestId('kpi-base-case')).toContainText(/base case .*\d.*MC s\.e\. ±/);
  await expect(page.locator('[data-testid="kpi-card"][data-kpi="npvAccrued"]')).toContainText(/at \d+(\.\d)?% a year/);
  await expect(page.locator('[data-testid="kpi-card"][data-kpi="paybackWeeksCash"]')).toContainText(/accrued basis/);
  for (const id of ['chart-retention', 'chart-cost-stack', 'chart-liability', 'chart-points-flows']) {
    await expect(page.getByTestId(id)).toHaveAttribute('data-rendered', 'true');
  }
  await expect(page.getByTestId('simulation-audit')).toContainText(/seed/i);
  await page.screenshot({ path: resolve(SHOTS, 'simulation-results.png'), fullPage: true });
});
