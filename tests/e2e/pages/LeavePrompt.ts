import { expect, type Locator, type Page } from '@playwright/test';

/** The question before leaving a page with unsaved drafts: stay, discard, keep the draft, or save. */
export class LeavePrompt {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('leave-prompt');
  }

  async expectAsked(draftLabel: string | RegExp): Promise<void> {
    await expect(this.page.getByTestId('leave-prompt-drafts')).toBeVisible();
    await expect(this.page.getByTestId('leave-prompt-drafts')).toContainText(draftLabel);
  }

  async answer(choice: 'stay' | 'discard' | 'keep' | 'save'): Promise<void> {
    await this.page.getByTestId(`leave-${choice}`).click();
    await expect(this.page.getByTestId('leave-prompt-drafts')).toBeHidden();
  }
}
