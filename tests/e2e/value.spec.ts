import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { chooseSegmentMethod } from './pages/segmentMethod';

const SHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

test('fits the customer-value models, segments the sample and shows the segment profile', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.openOnSample();

  await app.go('customer-value');
  await page.getByTestId('fit-models').click();
  const results = page.getByTestId('model-results');
  await expect(results).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('model-comparison')).toContainText('BG/NBD');
  await expect(page.getByTestId('model-comparison')).toContainText('Pareto/NBD');
  await expect(page.getByTestId('model-params')).toContainText('alpha');
  await expect(page.getByTestId('chart-tracking')).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('chart-calibration-holdout')).toHaveAttribute('data-rendered', 'true');
  await page.screenshot({ path: resolve(SHOTS, 'customer-value.png'), fullPage: true });

  await app.go('segments');
  await chooseSegmentMethod(page, /Value tiers/i);
  const clickedAt = new Date().toISOString();
  await page.getByTestId('run-segmentation').click();
  // The page may show a value-tiers result kept from another spec: wait for this run's own.
  const madeAt = async () => Date.parse((await page.getByTestId('segmentation-made-at').getAttribute('data-made-at').catch(() => null)) ?? '') || 0;
  await expect.poll(madeAt, { timeout: 120_000 }).toBeGreaterThan(Date.parse(clickedAt));
  const profile = page.getByTestId('segment-profile');
  await expect(profile).toBeVisible({ timeout: 120_000 });
  await expect(profile).toContainText('Top 10%');
  await expect(profile).toContainText('All customers');
  await expect(page.getByTestId('segment-quality')).toContainText(/silhouette/i);
  await expect(page.getByTestId('chart-segment-scatter')).toHaveAttribute('data-rendered', 'true');
  await page.screenshot({ path: resolve(SHOTS, 'segments.png'), fullPage: true });

  // Merge the two lower tiers into one segment the plan can address.
  await page.getByTestId('segment-select').nth(2).click();
  await page.getByTestId('segment-select').nth(3).click();
  await page.getByTestId('segment-merge').click();
  await page.getByTestId('segment-merge-name').fill('Vulnerable');
  await page.getByTestId('segment-merge-confirm').click();
  await expect(profile).toContainText('Vulnerable', { timeout: 120_000 });
  await expect(profile).not.toContainText('Rest 40%');
  await expect(page.getByTestId('lifecycle-panel')).toContainText(/Win-back/);
  await page.screenshot({ path: resolve(SHOTS, 'segments-merged.png'), fullPage: true });

  await app.go('data');
  await page.getByTestId('tab-customers').click();
  await page.getByTestId('customer-row').first().click();
  const card = page.getByTestId('customer-card');
  await expect(card).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('dialog')).toContainText('C000001');
  await expect(card).toContainText(/Lifetime value/);
  await expect(card).toContainText(/Strategic value score/);
  await expect(card).toContainText(/€/);
  await page.screenshot({ path: resolve(SHOTS, 'customer-card.png') });
});
