import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { HelpPanel } from './pages/HelpPanel';
import { TOUR_SEEN_KEY } from './support/firstRunTour';

const SHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** The interface language, chosen before the app loads (as a returning Spanish user has it). */
async function speak(page: Page, language: 'en' | 'es'): Promise<void> {
  await page.addInitScript((lang) => window.localStorage.setItem('lw.language', lang), language);
}

test('the first launch shows the tour; Skip closes it for good', async ({ page }) => {
  await speak(page, 'en');
  const app = new AppPage(page);
  const help = new HelpPanel(page);
  await app.open({ firstRun: true });

  await help.expectTourStep('1 of 8', 'Welcome: start with the data');
  await help.tourButton('Next').click();
  await help.expectTourStep('2 of 8', 'Value each customer');
  await help.tourButton('Back').click();
  await help.expectTourStep('1 of 8', 'Welcome: start with the data');

  await help.tourButton('Skip').click();
  await expect(help.tour).toBeHidden();
  expect(await page.evaluate((key) => window.localStorage.getItem(key), TOUR_SEEN_KEY)).not.toBeNull();

  await page.reload();
  await expect(app.workspaceName).toBeVisible({ timeout: 60_000 });
  // The frame is up, and the tour's step would be on screen by now if it were coming back.
  await expect(app.nav('data')).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(help.tour).toBeHidden();
});

test('the tour in Spanish walks the workflow to the help button, and is taken again from it', async ({ page }) => {
  await speak(page, 'es');
  const app = new AppPage(page);
  const help = new HelpPanel(page);
  await app.open({ firstRun: true });

  await help.expectTourStep('1 de 8', 'Le damos la bienvenida: empiece por los datos');
  // The spotlight is on the Data link of the navigation, with the step beside it.
  const link = await app.nav('data').boundingBox();
  const card = await help.tour.boundingBox();
  expect(card!.x).toBeGreaterThanOrEqual(link!.x + link!.width);
  await page.waitForTimeout(400); // the card's entrance transition
  await page.screenshot({ path: resolve(SHOTS, 'help-tour-step1-es.png') });

  for (let step = 2; step <= 8; step++) await help.tourButton('Siguiente').click();
  await help.expectTourStep('8 de 8', 'La ayuda está siempre aquí');
  await page.waitForTimeout(400); // the card's move to the help button
  await page.screenshot({ path: resolve(SHOTS, 'help-tour-step8-es.png') });
  await help.tourButton('Terminar').click();
  await expect(help.tour).toBeHidden();

  await help.openFromButton('tour');
  await help.expectTourStep('1 de 8', 'Le damos la bienvenida: empiece por los datos');
  await page.keyboard.press('Escape');
  await expect(help.tour).toBeHidden();
});

test('F1 opens the glossary; its search finds breakage; Escape closes it', async ({ page }) => {
  await speak(page, 'en');
  const app = new AppPage(page);
  const help = new HelpPanel(page);
  await app.openOnSample();

  await help.pressF1();
  await expect(help.search).toBeFocused();
  expect(await help.terms.count()).toBeGreaterThanOrEqual(20);
  await expect(help.glossary).toContainText('Free-reward rate');
  await page.waitForTimeout(400); // the drawer's entrance transition
  await page.screenshot({ path: resolve(SHOTS, 'help-glossary-en.png') });

  await help.searchFor('breakage');
  await expect(help.terms.first()).toHaveAttribute('data-term', 'breakage');
  await expect(help.terms.first()).toContainText('never be redeemed');
  await help.searchFor('no such term anywhere');
  await expect(help.glossary.getByTestId('glossary-no-match')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(help.glossary).toBeHidden();
});

test('in Spanish the glossary finds breakage as “caducidad”, and opens from the help button', async ({ page }) => {
  await speak(page, 'es');
  const app = new AppPage(page);
  const help = new HelpPanel(page);
  await app.openOnSample();

  await help.openFromButton('glossary');
  await expect(help.glossary).toBeVisible();
  await help.searchFor('caducidad');
  await expect(help.terms.first()).toHaveAttribute('data-term', 'breakage');
  await expect(help.terms.first()).toContainText('Puntos no canjeados (breakage)');
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(SHOTS, 'help-glossary-es.png') });

  await page.keyboard.press('Escape');
  await expect(help.glossary).toBeHidden();
});

test('a KPI card’s “what is this?” opens the glossary at its term', async ({ page }) => {
  test.setTimeout(180_000);
  await speak(page, 'en');
  const app = new AppPage(page);
  const help = new HelpPanel(page);
  await app.openOnSample();
  await app.go('simulation');

  // A small, quick run of whichever plan the page offers: two draws on a sample of customers.
  await page.getByLabel('Assumption draws').fill('2');
  await page.getByLabel('Customers to simulate').fill('2000');
  await page.getByTestId('simulation-run').click();
  const card = page.locator('[data-testid="kpi-card"][data-kpi="breakage"]');
  await expect(card).toBeVisible({ timeout: 150_000 });

  await card.getByTestId('what-is-this').click();
  await expect(help.glossary).toBeVisible();
  const term = help.glossary.locator('[data-term="breakage"]');
  await expect(term).toHaveAttribute('data-marked', 'true');
  await expect(term).toBeInViewport();
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(SHOTS, 'help-glossary-from-kpi.png') });
  await page.keyboard.press('Escape');
  await expect(help.glossary).toBeHidden();
});
