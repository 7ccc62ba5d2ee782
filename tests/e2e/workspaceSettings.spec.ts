import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { ImportWizard } from './pages/ImportWizard';
import { WorkspaceSettings } from './pages/WorkspaceSettings';

const SHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** The interface language, chosen before the app loads (as a returning user has it). */
async function speak(page: Page, language: 'en' | 'es'): Promise<void> {
  await page.addInitScript((lang) => window.localStorage.setItem('lw.language', lang), language);
}

/** A Spanish shop's export, its amounts written with the euro sign. */
function euroExport(home: string): string {
  const lines = ['Cliente;Fecha;Importe'];
  for (let c = 1; c <= 30; c++) for (let p = 0; p < 3; p++) lines.push(`C${c};${String(1 + p * 9).padStart(2, '0')}/0${1 + (c % 6)}/2024;${(c * 3 + p).toFixed(2).replace('.', ',')} €`);
  const path = join(home, 'tienda-euros.csv');
  writeFileSync(path, lines.join('\n'));
  return path;
}

test('a new workspace asks for its currency and format; the import offers the currency of the file (English)', async ({ page }) => {
  const home = process.env.LW_E2E_HOME!;
  await speak(page, 'en');
  const app = new AppPage(page);
  await app.open();
  const settings = new WorkspaceSettings(page);
  const path = join(home, 'us-store.lwb');
  await settings.startNew(path);
  // Defaults from the interface language: the browser's en-US, so US dollars.
  await expect(settings.locale).toHaveValue(/^en-US/);
  await expect(settings.currency).toHaveValue(/^USD/);
  await expect(settings.sample).toHaveText('Figures will read: $1,234,567.89 · 20,000 · Mar 25, 2024');
  await page.screenshot({ path: resolve(SHOTS, 'workspace-new-en.png') });
  await settings.createStarted(path);

  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.chooseFile(euroExport(home));
  await wizard.next();
  const notice = page.getByTestId('import-currency-notice');
  await expect(notice).toContainText('The amounts are in EUR');
  await expect(notice).toContainText('The file writes its amounts with “€” (Euro)');
  await expect(notice).toContainText('but this workspace is in USD');
  await page.screenshot({ path: resolve(SHOTS, 'import-currency-offer-en.png') });
  await page.getByTestId('import-currency-set').click();
  await expect(page.getByTestId('import-currency-done')).toHaveText('The workspace is now in EUR.');
  await wizard.next();
  await wizard.next();
  await wizard.run();
  await wizard.root.getByRole('button', { name: /done/i }).click();
  // The client's figures in euros, written as the workspace's en-US format writes them.
  await expect(page.getByTestId('page-data')).toContainText('€');
  await page.screenshot({ path: resolve(SHOTS, 'workspace-data-eur-en-us.png'), fullPage: true });
});

/** A Colombian shop's export, its amounts written with a bare "$" and Spanish grouping. */
function pesoExport(home: string): string {
  const lines = ['Cliente;Fecha;Valor'];
  for (let c = 1; c <= 30; c++) for (let p = 0; p < 3; p++) lines.push(`C${c};${String(1 + p * 9).padStart(2, '0')}/0${1 + (c % 6)}/2024;$ ${(c * 1500 + p * 900).toLocaleString('es-CO')}`);
  const path = join(home, 'tienda-pesos.csv');
  writeFileSync(path, lines.join('\n'));
  return path;
}

test('Spanish: a $ in the file is asked about, its candidates offered; a new workspace follows the chosen format; the settings say what a change does', async ({ page }) => {
  const home = process.env.LW_E2E_HOME!;
  await speak(page, 'es');
  const app = new AppPage(page);
  await app.open();
  const settings = new WorkspaceSettings(page);
  // A Spanish consultant's defaults (es-ES, EUR) for a Colombian client's file.
  const colombia = join(home, 'tienda-co.lwb');
  await settings.startNew(colombia);
  await expect(settings.locale).toHaveValue(/^es-ES/);
  await expect(settings.currency).toHaveValue(/^EUR/);
  await settings.createStarted(colombia);
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.chooseFile(pesoExport(home));
  await wizard.next();
  const notice = page.getByTestId('import-currency-notice');
  await expect(notice).toContainText('Los importes se escriben con «$»');
  await page.getByTestId('import-currency-choice').click();
  await page.getByRole('option', { name: /^COP/ }).click();
  await page.screenshot({ path: resolve(SHOTS, 'import-currency-offer-es.png') });
  await page.getByTestId('import-currency-set').click();
  await expect(page.getByTestId('import-currency-done')).toHaveText('El espacio de trabajo está ahora en COP.');
  await wizard.root.getByRole('button', { name: 'Cancelar' }).click();

  const path = join(home, 'tienda-mx.lwb');
  await settings.startNew(path);
  await expect(settings.locale).toHaveValue(/^es-ES/);
  await expect(settings.currency).toHaveValue(/^EUR/);
  await settings.pick(settings.locale, 'es-MX', /^es-MX/);
  // The currency follows the format's region until the user picks one.
  await expect(settings.currency).toHaveValue(/^MXN/);
  await expect(settings.sample).toContainText('Las cifras se leerán así: $1,234,567.89');
  await page.screenshot({ path: resolve(SHOTS, 'workspace-new-es.png') });
  await settings.createStarted(path);

  await new AppPage(page).openOnSample();
  const dialog = await settings.openSettings();
  await expect(settings.currency).toHaveValue(/^EUR/);
  await expect(dialog).toContainText('las cifras siguen el idioma de la interfaz');
  await settings.pick(settings.currency, 'USD', /^USD/);
  const consequences = page.getByTestId('workspace-settings-consequences');
  await expect(consequences).toContainText('transacciones ya importadas quedan como están');
  await expect(consequences).toContainText('están en otra moneda');
  await page.screenshot({ path: resolve(SHOTS, 'workspace-settings-es.png') });
  // The sample is shared with the other specs: the change is not saved.
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(dialog).toBeHidden();
});
