import { expect, type Locator, type Page } from '@playwright/test';

/** Help as a user meets it: the first-run tour, the header's help button, and the glossary (F1). */
export class HelpPanel {
  constructor(readonly page: Page) {}

  get tour(): Locator {
    return this.page.getByTestId('tour');
  }
  get glossary(): Locator {
    return this.page.getByTestId('glossary');
  }
  get search(): Locator {
    return this.page.getByTestId('glossary-search');
  }
  get terms(): Locator {
    return this.glossary.getByTestId('glossary-term');
  }

  tourButton(name: string | RegExp): Locator {
    return this.tour.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The tour shows the step counted `counter` ("3 of 8") with this title. */
  async expectTourStep(counter: string, title: string | RegExp): Promise<void> {
    await expect(this.tour).toBeVisible();
    await expect(this.tour).toContainText(counter);
    await expect(this.tour.getByRole('heading').first()).toHaveText(title);
  }

  async pressF1(): Promise<void> {
    await this.page.keyboard.press('F1');
    await expect(this.glossary).toBeVisible();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async openFromButton(item: 'glossary' | 'tour'): Promise<void> {
    await this.page.getByTestId('help-button').click();
    await this.page.getByTestId(`help-${item}`).click();
  }
}
