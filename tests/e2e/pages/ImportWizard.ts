import { expect, type Locator, type Page } from '@playwright/test';

/** The import wizard as a user drives it: file, read settings, columns, rules, import. */
export class ImportWizard {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('import-wizard');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('import-button').first().click();
    await expect(this.root).toBeVisible();
  }

  async chooseFile(path: string): Promise<void> {
    await this.root.getByTestId('import-path-input').fill(path);
    await this.next();
  }

  async next(): Promise<void> {
    await this.root.getByTestId('import-next').click();
  }

  async run(): Promise<Locator> {
    await this.root.getByTestId('import-run').click();
    const report = this.root.getByTestId('import-report');
    await expect(report).toBeVisible({ timeout: 60_000 });
    return report;
  }
}
