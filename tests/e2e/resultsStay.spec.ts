import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { KeptResult } from './pages/KeptResult';
import { ScenarioLab } from './pages/ScenarioLab';
import { chooseSegmentMethod } from './pages/segmentMethod';

const SHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

test('a fit and a sensitivity stay with their time after leaving the page and reloading; re-segmenting leaves the fit current and marks the sensitivity stale, saying why', async ({ page }) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const app = new AppPage(page);
  await app.openOnSample();
  const fit = new KeptResult(page, 'fit');
  const tornado = new KeptResult(page, 'sensitivity');
  const segmentation = new KeptResult(page, 'segmentation');

  // Fit the models: the fit is kept, with the time it was made.
  await app.go('customer-value');
  await page.getByTestId('fit-models').click();
  await fit.expectCurrent(180_000);
  await expect(page.getByTestId('model-params')).toContainText('alpha');
  const fittedAt = await fit.madeAtIso();

  // Away and back: the same fit at once (no fitting again), with the same time.
  await app.go('data');
  await expect(page.getByTestId('model-results')).toHaveCount(0);
  await app.go('customer-value');
  await expect(page.getByTestId('model-results')).toBeVisible({ timeout: 15_000 });
  expect(await fit.madeAtIso()).toBe(fittedAt);
  await fit.expectCurrent();
  await expect(fit.madeAt).toContainText(/^Made .*\d{4}/);
  await expect(page.getByTestId('chart-tracking')).toHaveAttribute('data-rendered', 'true');
  await page.screenshot({ path: resolve(SHOTS, 'results-stay-fit.png'), fullPage: true });

  // A sensitivity, on a scenario of its own with a 2,000-customer sample to keep it quick.
  await app.go('scenarios');
  const lab = new ScenarioLab(page);
  await lab.create('Kept results', 'Basic 1% plan', 1, 2000);
  await page.getByTestId('tab-sensitivity').click();
  await lab.choose(page.getByTestId('sensitivity-scenario'), 'Kept results');
  await page.getByTestId('sensitivity-run').click();
  await expect(page.getByTestId('chart-tornado')).toHaveAttribute('data-rendered', 'true', { timeout: 300_000 });
  await tornado.expectCurrent();
  const sensedAt = await tornado.madeAtIso();

  // Reload: the scenario looked at last, and its tornado with the same time.
  await page.reload();
  await expect(app.workspaceName).toBeVisible({ timeout: 60_000 });
  await app.go('scenarios');
  await expect(page.getByTestId('sensitivity-scenario')).toHaveValue('Kept results');
  await expect(page.getByTestId('chart-tornado')).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  expect(await tornado.madeAtIso()).toBe(sensedAt);
  await tornado.expectCurrent();
  await page.getByTestId('sensitivity-panel').screenshot({ path: resolve(SHOTS, 'results-stay-sensitivity-current.png'), animations: 'disabled' });

  // Re-segment by k-means.
  await app.go('segments');
  await chooseSegmentMethod(page, /k-means/i);
  await page.getByTestId('run-segmentation').click();
  await expect(page.getByText(/segments by k-means/)).toBeVisible({ timeout: 180_000 });
  await segmentation.expectCurrent();

  // A segment renamed but not saved: segmenting again asks first; Cancel keeps the name typed.
  await page.getByTestId('segment-rename').first().click();
  await page.getByTestId('segment-name-input').fill('Typed, not saved');
  await page.getByTestId('segment-name-input').blur();
  await expect(page.getByTestId('segment-renamed')).toBeVisible();
  await page.getByTestId('run-segmentation').click();
  // (The modal's root has no box of its own: its buttons are what shows.)
  await expect(page.getByTestId('segment-run-save')).toBeVisible();
  await page.screenshot({ path: resolve(SHOTS, 'results-stay-segment-prompt.png'), animations: 'disabled' });
  await page.getByTestId('segment-run-cancel').click();
  await expect(page.getByTestId('segment-run-save')).toBeHidden();
  await expect(page.getByTestId('segment-renamed')).toBeVisible();
  await page.getByTestId('segment-names-discard').click();
  await expect(page.getByTestId('segment-renamed')).toBeHidden();

  // The toggle shows the method it names: under value tiers never the k-means result (there is
  // none yet, or another spec's value tiers), k-means under k-means.
  await chooseSegmentMethod(page, /Value tiers/i);
  await expect(page.getByText(/segments by k-means/)).toBeHidden();
  await chooseSegmentMethod(page, /k-means/i);
  await expect(page.getByText(/segments by k-means/)).toBeVisible();
  await page.screenshot({ path: resolve(SHOTS, 'results-stay-segments.png'), fullPage: true });

  // The fit read the purchases only: still current, same time.
  await app.go('customer-value');
  await fit.expectCurrent();
  expect(await fit.madeAtIso()).toBe(fittedAt);

  // The tornado re-ran the scenario on the old segments: stale, greyed, saying why.
  await app.go('scenarios');
  await tornado.expectStale('customers segmented again');
  await expect(tornado.notice).toContainText('No longer current');
  await expect(tornado.frame).toHaveAttribute('data-status', 'stale');
  expect(await tornado.madeAtIso()).toBe(sensedAt);
  await page.getByTestId('sensitivity-panel').screenshot({ path: resolve(SHOTS, 'results-stay-sensitivity-stale.png'), animations: 'disabled' });
  await page.screenshot({ path: resolve(SHOTS, 'results-stay-scenarios-stale.png'), fullPage: true });

  // In Spanish: the same notice in Spanish, and the fit's time.
  await page.getByTestId('language-switch').getByText('ES', { exact: true }).click();
  await expect(tornado.notice).toContainText('Ya no está al día');
  await expect(tornado.notice).toContainText('clientes segmentados de nuevo');
  await page.getByTestId('sensitivity-panel').screenshot({ path: resolve(SHOTS, 'results-stay-sensitivity-stale-es.png'), animations: 'disabled' });
  await app.go('customer-value');
  await expect(fit.madeAt).toContainText(/^Hecho el .*\d{4}/);
  await page.screenshot({ path: resolve(SHOTS, 'results-stay-fit-es.png'), fullPage: true });

  // Run again from the notice: current again, with a new time.
  await app.go('scenarios');
  await tornado.rerun.click();
  await tornado.expectCurrent(300_000);
  expect(await tornado.madeAtIso()).not.toBe(sensedAt);

  // A goal seek applied to the plan: the list says at once, without a reload, that the plan's
  // scenarios are out of date, and the answer itself no longer stands for the plan as saved.
  await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  const sought = new KeptResult(page, 'goal-seek');
  await page.getByTestId('tab-goal-seek').click();
  await expect(page.getByTestId('goal-seek-scenario')).toHaveValue('Kept results');
  await page.getByTestId('goal-seek-value').fill('1.2');
  await page.getByTestId('goal-seek-run').click();
  await sought.expectCurrent(300_000);
  await expect(lab.staleBecause('Basic 1%')).not.toContainText('plan edited');
  await page.getByTestId('goal-seek-apply-plan').click();
  await page.getByTestId('confirm-action').click();
  await expect(page.getByTestId('goal-seek-applied')).toBeVisible();
  await expect(lab.staleBecause('Basic 1%')).toContainText('plan edited');
  await sought.expectStale('plan edited');
  await expect(sought.notice).toHaveAttribute('data-reasons', 'plan');
  await page.getByTestId('goal-seek-panel').screenshot({ path: resolve(SHOTS, 'results-stay-goal-seek-applied.png'), animations: 'disabled' });
});
