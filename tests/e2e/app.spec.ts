import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage, NAV_PAGES } from './pages/AppPage';

const SHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

test.describe('Loyalty Workbench in browser mode, started by npm start', () => {
  test('npm start said why it serves the browser mode', () => {
    const output = process.env.LW_E2E_START_OUTPUT ?? '';
    expect(output).toMatch(/serving Loyalty Workbench in browser mode/);
    expect(output).toMatch(/Open http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  test('opens on the sample workspace with its customer count and charts', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.workspaceName).toContainText('sample');
    await expect(app.customerCount).toHaveText('20,000');
    await app.expectChartRendered('chart-monthly-activity');
    await app.expectChartRendered('chart-purchase-frequency');
    await page.screenshot({ path: resolve(SHOTS, 'data-page-light.png'), fullPage: true });

    await app.toggleTheme();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await app.expectChartRendered('chart-monthly-activity');
    await page.screenshot({ path: resolve(SHOTS, 'data-page-dark.png'), fullPage: true });
    await app.toggleTheme();
  });

  test('every step of the work has its page, saying what will come there', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    for (const name of NAV_PAGES.slice(1)) {
      await app.go(name);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    }
    await app.go('plan');
    await expect(page.getByText(/free-reward rate/i).first()).toBeVisible();
    await page.screenshot({ path: resolve(SHOTS, 'plan-page.png') });
  });

  test('refuses a visitor without the launch token', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bare = new URL(AppPage.appUrl());
    bare.search = '';
    const response = await page.goto(bare.toString());
    expect(response?.status()).toBe(403);
    await expect(page.getByText(/access token/)).toBeVisible();
    await context.close();
  });
});
