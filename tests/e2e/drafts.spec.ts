import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { LeavePrompt } from './pages/LeavePrompt';
import { PlanDesigner } from './pages/PlanDesigner';
import { ScenarioLab } from './pages/ScenarioLab';
import { chooseSegmentMethod } from './pages/segmentMethod';

const SHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

test('score weights, lifecycle rules and segment names are drafts: asked about, kept, undone, saved', async ({ page }) => {
  test.setTimeout(300_000);
  // Tall enough for each panel's screenshot to clear the status bar.
  await page.setViewportSize({ width: 1440, height: 1400 });
  const app = new AppPage(page);
  const prompt = new LeavePrompt(page);
  await app.openOnSample();

  // Score weights: an edit, kept on leaving, undone with the button.
  await app.go('customer-value');
  const weight = page.getByTestId('score-weight-prospective');
  const before = await weight.inputValue();
  await weight.fill('77');
  await expect(page.getByTestId('score-dirty')).toBeVisible();
  await app.go('segments');
  await prompt.expectAsked('Strategic score weights');
  await prompt.answer('keep');
  await app.go('customer-value');
  await expect(weight).toHaveValue('77');
  await page.getByTestId('score-weights').screenshot({ path: resolve(SHOTS, 'drafts-score-weights.png'), animations: 'disabled' });
  await page.getByTestId('score-undo').click();
  await expect(weight).toHaveValue(before);
  await expect(page.getByTestId('score-dirty')).toBeHidden();

  // Lifecycle rules: undone and redone with the keys, applied with Ctrl+S.
  await app.go('segments');
  const lapsed = page.getByTestId('lifecycle-lapsedAfterDays');
  await expect(lapsed).toBeVisible({ timeout: 60_000 });
  const lapsedBefore = await lapsed.inputValue();
  await lapsed.fill('400');
  await lapsed.press('Control+z');
  await expect(lapsed).toHaveValue(lapsedBefore);
  await lapsed.press('Control+Shift+z');
  await expect(lapsed).toHaveValue(/400/);
  await expect(page.getByTestId('lifecycle-dirty')).toBeVisible();
  await page.getByTestId('lifecycle-panel').screenshot({ path: resolve(SHOTS, 'drafts-lifecycle.png'), animations: 'disabled' });
  await lapsed.press('Control+s');
  await expect(page.getByTestId('lifecycle-dirty')).toBeHidden({ timeout: 60_000 });

  // Segment names: a segmentation by value tiers, one renamed, asked about on leaving, saved from the prompt.
  await chooseSegmentMethod(page, /Value tiers/i);
  await page.getByTestId('run-segmentation').click();
  await expect(page.getByTestId('segment-profile')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('run-segmentation')).toBeEnabled({ timeout: 180_000 });
  await page.getByTestId('segment-rename').first().click();
  const name = `Champions ${Date.now() % 10_000}`;
  await page.getByTestId('segment-name-input').fill(name);
  await page.getByTestId('segment-name-input').blur();
  await expect(page.getByTestId('segment-renamed')).toBeVisible();
  await page.getByTestId('segment-profile').screenshot({ path: resolve(SHOTS, 'drafts-segment-names.png'), animations: 'disabled' });
  await app.go('plan');
  await prompt.expectAsked('Segment names');
  await prompt.answer('save');
  await expect(page.getByTestId('page-plan')).toBeVisible();
  await app.go('segments');
  await expect(page.getByTestId('segment-name').first()).toHaveText(name, { timeout: 60_000 });
  await expect(page.getByTestId('segment-renamed')).toBeHidden();
});

test('"Run this plan" opens the Simulation page and runs the plan', async ({ page }) => {
  test.setTimeout(300_000);
  const app = new AppPage(page);
  await app.openOnSample();
  await app.go('plan');
  const designer = new PlanDesigner(page);
  await designer.newFromTemplate('basic', `Run test ${Date.now()}`);
  await designer.save();
  await designer.runThisPlan();
  await expect(page.getByTestId('simulation-progress')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('simulation-progress')).toBeHidden({ timeout: 240_000 });
  await expect(page.getByTestId('kpi-card').first()).toBeVisible();
});

test('goal seek applies the value found to a copy of the plan, named by the user', async ({ page }) => {
  test.setTimeout(420_000);
  const app = new AppPage(page);
  await app.openOnSample();
  await app.go('scenarios');
  const lab = new ScenarioLab(page);
  await page.getByTestId('tab-goal-seek').click();
  await lab.choose(page.getByTestId('goal-seek-scenario'), 'Basic 1%');
  await page.getByTestId('goal-seek-value').fill('1.2');
  await page.getByTestId('goal-seek-run').click();
  await expect(page.getByTestId('goal-seek-result')).toBeVisible({ timeout: 360_000 });

  await page.getByTestId('goal-seek-apply-copy').click();
  const nameInput = page.getByTestId('name-plan-input');
  await expect(nameInput).toHaveValue(/ – earn rate \d/);
  await page.screenshot({ path: resolve(SHOTS, 'goal-seek-apply-copy.png'), animations: 'disabled' });
  const copyName = await nameInput.inputValue();
  await page.getByTestId('name-plan-confirm').click();
  await expect(page.getByTestId('goal-seek-applied')).toContainText(copyName);
  await page.getByTestId('goal-seek-result').screenshot({ path: resolve(SHOTS, 'goal-seek-applied.png'), animations: 'disabled' });
  await page.getByTestId('goal-seek-open-plan').click();
  await expect(page.getByTestId('page-plan')).toBeVisible();
  await expect(page.getByTestId('plan-select')).toHaveValue(`${copyName} · v1`);
});
