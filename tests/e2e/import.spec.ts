import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { ImportWizard } from './pages/ImportWizard';
import { WorkspaceMenu } from './pages/WorkspaceMenu';

const SHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** A client export as Spanish point-of-sale systems write it: semicolons, decimal comma, day-first dates. */
function writeClientExport(dir: string): string {
  const lines = ['Cliente;Fecha;Importe;Tienda'];
  for (let c = 1; c <= 120; c++) {
    const visits = 1 + (c % 7);
    for (let v = 0; v < visits; v++) {
      const day = 1 + ((c * 3 + v * 11) % 28);
      const month = 1 + ((c + v * 2) % 12);
      const cents = 1_000 + ((c * 37 + v * 101) % 20_000);
      lines.push(`CL${String(c).padStart(4, '0')};${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2025;${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')};Sevilla`);
    }
  }
  lines.push('CL9999;31/02/2025;5,00;Sevilla'); // a date that does not exist: skipped and reported
  const path = join(dir, 'ventas-cliente.csv');
  writeFileSync(path, lines.join('\n'));
  return path;
}

test('imports a client CSV through the wizard and shows the customer table and histograms', async ({ page }) => {
  const home = process.env.LW_E2E_HOME!;
  const csv = writeClientExport(home);
  const app = new AppPage(page);
  await app.open();
  await new WorkspaceMenu(page).createNew(join(home, 'client.lwb'));

  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.chooseFile(csv);
  // Read settings were detected: semicolons, decimal comma, day-first dates.
  await expect(wizard.root).toContainText('Cliente');
  await page.screenshot({ path: resolve(SHOTS, 'import-read-step.png') });
  await wizard.next();
  await wizard.next();
  await wizard.root.getByTestId('import-bad-rows').getByText(/skip/i).click();
  await wizard.next();
  const report = await wizard.run();
  await expect(report).toContainText('120');
  await expect(report).toContainText('480'); // the line of the impossible date
  await page.screenshot({ path: resolve(SHOTS, 'import-report.png') });
  await wizard.root.getByRole('button', { name: /done/i }).click();

  await expect(app.customerCount).toHaveText('120');
  await page.getByTestId('tab-customers').click();
  await expect(page.getByTestId('customer-row')).toHaveCount(50);
  for (const chart of ['chart-frequency-histogram', 'chart-recency-histogram', 'chart-spend-histogram', 'chart-cohorts']) {
    await expect(page.getByTestId(chart)).toHaveAttribute('data-rendered', 'true');
  }
  await page.screenshot({ path: resolve(SHOTS, 'customers-tab.png') });
  await page.getByTestId('tab-quality').click();
  await expect(page.getByTestId('data-quality-panel')).toContainText('ventas-cliente.csv');

  await new WorkspaceMenu(page).openSample();
});
