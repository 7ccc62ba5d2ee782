import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './support/appServer';
import { skipFirstRunTour } from './support/firstRunTour';
import { AppPage } from './pages/AppPage';
import { PlanDesigner } from './pages/PlanDesigner';
import { WorkspaceMenu } from './pages/WorkspaceMenu';
import { chooseSegmentMethod } from './pages/segmentMethod';

/**
 * A workspace far larger than the sample, in an app of its own: every page and a value card
 * open, and while a fit and a simulation run, another request is answered within a second and
 * the run can be cancelled. Sized so the suite stays within its time; `npm run bench:scale-ui`
 * times the same calls on a million customers.
 */
const CUSTOMERS = 120_000;
const ROOT = resolve(__dirname, '..', '..');
const SHOTS = resolve(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

let app: RunningApp;
let dir: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(join(tmpdir(), 'lw-e2e-large-'));
  const made = spawnSync(process.execPath, [join(ROOT, 'bin', 'lw.mjs'), 'sample', '--out', join(dir, 'large.lwb'), '--customers', String(CUSTOMERS), '--seed', '7'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`lw sample failed:\n${made.stderr}`);
  app = await startApp();
});

test.afterAll(async () => {
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * How long the backend takes to answer `app.info` on a connection of its own, opened from the
 * page (it carries the page's sign-in cookie), in milliseconds.
 */
async function otherRequestMs(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolvePing, rejectPing) => {
        const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api`);
        const timer = setTimeout(() => rejectPing(new Error('no answer within 10 s')), 10_000);
        let sentAt = 0;
        socket.onopen = () => {
          sentAt = performance.now();
          socket.send(JSON.stringify({ kind: 'request', id: 1, method: 'app.info', args: {} }));
        };
        socket.onmessage = (message) => {
          const reply = JSON.parse(String(message.data)) as { kind: string; id?: number };
          if (reply.kind !== 'response' || reply.id !== 1) return;
          clearTimeout(timer);
          socket.close();
          resolvePing(performance.now() - sentAt);
        };
        socket.onerror = () => rejectPing(new Error('the socket failed'));
      }),
  );
}

test('a large workspace: every page and a value card open, and the backend answers and cancels while a fit and a simulation run', async ({ page }) => {
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await skipFirstRunTour(page);
  await page.goto(app.url);
  const shell = new AppPage(page);
  await expect(shell.workspaceName).toBeVisible({ timeout: 60_000 });
  await new WorkspaceMenu(page).open(join(dir, 'large.lwb'));

  // Data: the overview of the whole base.
  await expect(shell.customerCount).toContainText(CUSTOMERS.toLocaleString('en'), { timeout: 30_000 });
  await shell.expectChartRendered('chart-monthly-activity');

  // A value card, then another one: the second reads what the first computed and kept.
  await page.getByTestId('tab-customers').click();
  await page.getByTestId('customer-row').first().click();
  const card = page.getByTestId('customer-card');
  await expect(card).toContainText(/Lifetime value/, { timeout: 120_000 });
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  const secondCardAt = Date.now();
  await page.getByTestId('customer-row').nth(1).click();
  await expect(card).toContainText(/Lifetime value/, { timeout: 10_000 });
  const secondCardMs = Date.now() - secondCardAt;
  expect(secondCardMs, 'a second value card comes from what the first kept').toBeLessThan(3_000);
  await page.keyboard.press('Escape');

  // Customer value: while the models are fitted, another request is answered within a second.
  await shell.go('customer-value');
  await page.getByTestId('fit-models').click();
  await expect(page.getByTestId('job-running').first()).toBeVisible({ timeout: 30_000 });
  const duringFitMs = await otherRequestMs(page);
  expect(duringFitMs, 'app.info during the fit').toBeLessThan(1_000);
  await expect(page.getByTestId('model-results')).toBeVisible({ timeout: 180_000 });

  // Segments: value tiers, with the lifecycle panel.
  await shell.go('segments');
  await chooseSegmentMethod(page, /Value tiers/i);
  await page.getByTestId('run-segmentation').click();
  await expect(page.getByTestId('segment-profile')).toContainText('Top 10%', { timeout: 180_000 });
  await expect(page.getByTestId('lifecycle-panel')).toBeVisible({ timeout: 60_000 });

  // Plan and Simulation: a run that is answered around, then cancelled.
  await shell.go('plan');
  const designer = new PlanDesigner(page);
  await designer.newFromTemplate('basic');
  await designer.save();
  await designer.runThisPlan();
  await expect(page.getByTestId('simulation-progress')).toBeVisible({ timeout: 60_000 });
  const duringRunMs = await otherRequestMs(page);
  expect(duringRunMs, 'app.info during the simulation').toBeLessThan(1_000);
  const cancelAt = Date.now();
  await page.getByTestId('simulation-cancel').click();
  await expect(page.getByTestId('simulation-cancelled')).toBeVisible({ timeout: 10_000 });
  const cancelMs = Date.now() - cancelAt;
  expect(cancelMs, 'cancel takes effect within a few seconds').toBeLessThan(3_000);
  console.log(`large workspace (${CUSTOMERS} customers): second value card ${secondCardMs} ms; app.info during the fit ${duringFitMs.toFixed(0)} ms, during the simulation ${duringRunMs.toFixed(0)} ms; cancel shown after ${cancelMs} ms`);
  expect(await otherRequestMs(page), 'app.info after the cancel').toBeLessThan(1_000);

  // The remaining pages open.
  await shell.go('scenarios');
  await expect(page.getByTestId('nav-scenarios')).toBeVisible();
  await shell.go('reports');
  await expect(page.getByText('Loading…')).toBeHidden({ timeout: 30_000 });
  // Several jobs at once in the status bar (the sample's example scenarios run in the background):
  // each keeps its Cancel button whole.
  for (const button of await page.getByTestId('job-cancel').all()) {
    const box = await button.boundingBox();
    if (box) expect(box.width, 'a Cancel button squeezed in the status bar').toBeGreaterThan(40);
  }
  await page.screenshot({ path: resolve(SHOTS, 'large-workspace.png') });
});
