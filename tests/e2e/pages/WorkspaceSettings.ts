import { expect, type Locator, type Page } from '@playwright/test';

/** The new-workspace dialog's currency and number format, and the Workspace ▸ Settings… dialog. */
export class WorkspaceSettings {
  constructor(readonly page: Page) {}

  get locale(): Locator {
    return this.page.getByTestId('workspace-locale');
  }
  get currency(): Locator {
    return this.page.getByTestId('workspace-currency');
  }
  get sample(): Locator {
    return this.page.getByTestId('workspace-figures-sample');
  }

  /** Opens Workspace ▸ New… and types the path, leaving the currency and format to be looked at or chosen. */
  async startNew(path: string): Promise<void> {
    await this.page.getByTestId('workspace-menu').click();
    await this.page.getByTestId('menu-new').click();
    await this.page.getByTestId('workspace-path-input').fill(path);
  }

  async createStarted(path: string): Promise<void> {
    await this.page.getByTestId('workspace-path-submit').click();
    await expect(this.page.getByTestId('workspace-name')).toHaveText(path.split('/').pop()!.replace(/\.lwb$/, ''));
  }

  /** Picks an option of a searchable select by typing it, as a user finds one among many. */
  async pick(field: Locator, search: string, option: RegExp): Promise<void> {
    await field.click();
    await field.fill(search);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async openSettings(): Promise<Locator> {
    await this.page.getByTestId('workspace-menu').click();
    await this.page.getByTestId('menu-settings').click();
    const dialog = this.page.getByTestId('workspace-settings');
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
