import { expect, type Page } from '@playwright/test';

/** The Workspace menu of the title bar, with the browser mode's in-page path dialog. */
export class WorkspaceMenu {
  constructor(readonly page: Page) {}

  async createNew(path: string): Promise<void> {
    await this.page.getByTestId('workspace-menu').click();
    await this.page.getByTestId('menu-new').click();
    await this.page.getByTestId('workspace-path-input').fill(path);
    await this.page.getByTestId('workspace-path-submit').click();
    await expect(this.page.getByTestId('workspace-name')).toHaveText(path.split('/').pop()!.replace(/\.lwb$/, ''));
  }

  /** Opens a workspace file by its path (browser mode's path dialog). */
  async open(path: string): Promise<void> {
    await this.page.getByTestId('workspace-menu').click();
    await this.page.getByTestId('menu-open').click();
    await this.page.getByTestId('workspace-path-input').fill(path);
    await this.page.getByTestId('workspace-path-submit').click();
    await expect(this.page.getByTestId('workspace-name')).toHaveText(path.split('/').pop()!.replace(/\.lwb$/, ''), { timeout: 60_000 });
  }

  async openSample(): Promise<void> {
    await this.page.getByTestId('workspace-menu').click();
    await this.page.getByTestId('menu-open-sample').click();
    await expect(this.page.getByTestId('workspace-name')).toHaveText('sample');
  }
}
