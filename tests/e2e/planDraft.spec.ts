import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { LeavePrompt } from './pages/LeavePrompt';
import { PlanDesigner } from './pages/PlanDesigner';

const SHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** The three figures the test edits, as the fields show them. */
async function expectFigures(page: Page, figures: { margin: string; discount: string; rate: RegExp }): Promise<void> {
  await expect(page.getByLabel('Gross margin', { exact: true })).toHaveValue(figures.margin);
  await expect(page.getByLabel('Discount rate', { exact: true })).toHaveValue(figures.discount);
  await expect(page.getByLabel('Points per currency unit', { exact: true })).toHaveValue(figures.rate);
}

// The earn rate shows its unit after the figure ("2 pts").
const SAVED = { margin: '35%', discount: '8%', rate: /^1\b/ };
const EDITED = { margin: '40%', discount: '10%', rate: /^2\b/ };

test('a plan’s edits are asked about on leaving, kept as a draft, undone and redone, saved with the keyboard, and found after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.openOnSample();
  await app.go('plan');
  const designer = new PlanDesigner(page);
  const prompt = new LeavePrompt(page);

  // A new plan from a template asks for its name, proposing one no plan has yet.
  await page.getByTestId('new-plan').click();
  await page.getByTestId('new-plan-basic').click();
  await expect(designer.nameInput).toHaveValue(/^Basic 1% plan( \d+)?$/);
  await page.screenshot({ path: resolve(SHOTS, 'plan-name-modal.png'), animations: 'disabled' });
  const name = `Draft test ${Date.now()}`;
  await designer.nameInput.fill(name);
  await page.getByTestId('name-plan-confirm').click();
  await expect(designer.nameInput).toBeHidden();
  await designer.save();

  // Three edits, in two sections.
  await designer.setNumber('Gross margin', '40');
  await designer.setNumber('Discount rate', '10');
  await designer.openSection('earning');
  await designer.setNumber('Points per currency unit', '2');
  await expect(page.getByTestId('plan-dirty')).toBeVisible();

  // Leaving asks; "Stay" stays, "Leave, keep the draft" leaves with the draft kept.
  await app.go('data');
  await prompt.expectAsked(name);
  await page.screenshot({ path: resolve(SHOTS, 'plan-leave-prompt.png'), animations: 'disabled' });
  await prompt.answer('stay');
  await expect(page.getByTestId('page-plan')).toBeVisible();
  await app.go('data');
  await prompt.answer('keep');
  await expect(page.getByTestId('page-data')).toBeVisible();

  await app.go('plan');
  await designer.openSection('earning');
  await expectFigures(page, EDITED);
  await expect(page.getByTestId('plan-dirty')).toBeVisible();

  // Undo three edits (keys and button), then redo them (all three redo keys and the button).
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expectFigures(page, { ...EDITED, rate: SAVED.rate });
  await designer.undo();
  await page.keyboard.press('Control+z');
  await expectFigures(page, SAVED);
  await expect(page.getByTestId('plan-dirty')).toBeHidden();
  await page.getByTestId('plan-actions').screenshot({ path: resolve(SHOTS, 'plan-undo-redo.png'), animations: 'disabled' });
  await page.keyboard.press('Control+Shift+z');
  await expectFigures(page, { ...SAVED, margin: EDITED.margin });
  await page.keyboard.press('Control+y');
  await designer.redo();
  await expectFigures(page, EDITED);

  // Save with the keyboard, then reload: the saved version is what the page opens on.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('plan-notice')).toContainText('Version 2 saved');
  await expect(page.getByTestId('plan-dirty')).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('page-plan')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('plan-select')).toHaveValue(`${name} · v2`);
  await designer.openSection('earning');
  await expectFigures(page, EDITED);
});

test('the name, leave and undo/redo words in Spanish', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.openOnSample();
  await page.getByTestId('language-switch').getByText('ES', { exact: true }).click();
  await app.go('plan');
  await expect(page.getByTestId('plan-sections')).toBeVisible();

  await page.getByTestId('new-plan').click();
  await page.getByTestId('new-plan-full').click();
  const nameInput = page.getByTestId('name-plan-input');
  await expect(nameInput).toBeVisible();
  await page.screenshot({ path: resolve(SHOTS, 'plan-name-modal-es.png'), animations: 'disabled' });
  await nameInput.fill(`Borrador ${Date.now()}`);
  await page.getByTestId('name-plan-confirm').click();
  await expect(nameInput).toBeHidden();

  const margin = page.getByLabel('Margen bruto', { exact: true });
  await margin.fill('41');
  await margin.blur();
  await page.getByTestId('plan-actions').screenshot({ path: resolve(SHOTS, 'plan-undo-redo-es.png'), animations: 'disabled' });
  await app.go('scenarios');
  await expect(page.getByTestId('leave-prompt-drafts')).toContainText('Plan nuevo');
  await page.screenshot({ path: resolve(SHOTS, 'plan-leave-prompt-es.png'), animations: 'disabled' });
  // Discarding a plan never saved forgets it; the page left is left.
  await new LeavePrompt(page).answer('discard');
  await expect(page.getByTestId('page-scenarios')).toBeVisible();
});
