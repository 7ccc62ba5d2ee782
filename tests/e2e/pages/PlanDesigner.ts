import { expect, type Locator, type Page } from '@playwright/test';

/** The Plan page as a strategist uses it: a plan from a template, its sections, save and run. */
export class PlanDesigner {
  constructor(readonly page: Page) {}

  get derived(): Locator {
    return this.page.getByTestId('plan-derived');
  }

  /** The name field of the modal that names a new plan (from a template, or goal seek's copy). */
  get nameInput(): Locator {
    return this.page.getByTestId('name-plan-input');
  }

  /** A new plan from a template, named `name` or, without one, as the app proposes. */
  async newFromTemplate(template: 'basic' | 'full', name?: string): Promise<void> {
    await this.page.getByTestId('new-plan').click();
    await this.page.getByTestId(`new-plan-${template}`).click();
    await expect(this.nameInput).toBeVisible();
    if (name !== undefined) await this.nameInput.fill(name);
    await this.page.getByTestId('name-plan-confirm').click();
    await expect(this.nameInput).toBeHidden();
    await expect(this.page.getByTestId('plan-sections')).toBeVisible();
  }

  async undo(): Promise<void> {
    await this.page.getByTestId('plan-undo').click();
  }

  async redo(): Promise<void> {
    await this.page.getByTestId('plan-redo').click();
  }

  /** Opens a section (an accordion item) by its id, if it is closed. */
  async openSection(id: string): Promise<Locator> {
    const section = this.page.getByTestId(`plan-section-${id}`);
    const control = section.locator('button').first();
    if ((await control.getAttribute('aria-expanded')) !== 'true') await control.click();
    return section;
  }

  async setNumber(label: string, value: string): Promise<void> {
    const input = this.page.getByLabel(label, { exact: true });
    await input.fill(value);
    await input.blur();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('save-plan').click();
    await expect(this.page.getByTestId('plan-notice')).toContainText(/saved/i);
  }

  async runThisPlan(): Promise<void> {
    await this.page.getByTestId('run-plan').click();
    await expect(this.page.getByTestId('page-simulation')).toBeVisible();
  }
}
