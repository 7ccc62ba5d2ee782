import { expect, type Locator, type Page } from '@playwright/test';

/** The Scenarios page: the list, comparison, sensitivity and goal seek. */
export class ScenarioLab {
  constructor(readonly page: Page) {}

  row(name: string): Locator {
    return this.page.locator(`[data-testid="scenario-row"][data-name="${name}"]`);
  }

  /** Picks an option of a Mantine Select by its visible text (or the first one matching a pattern). */
  async choose(select: Locator, option: string | RegExp): Promise<void> {
    await select.click();
    const match = typeof option === 'string' ? this.page.getByRole('option', { name: option, exact: true }) : this.page.getByRole('option', { name: option }).first();
    await match.click({ timeout: 15_000 });
  }

  /** A new scenario on the plan whose name starts with `plan` (the list shows "name (vN)"); `maxCustomers` simulates a sample of the base. */
  async create(name: string, plan: string, draws: number, maxCustomers?: number): Promise<void> {
    await this.page.getByTestId('scenario-new').click();
    const form = this.page.getByTestId('scenario-form');
    await form.getByTestId('scenario-name').fill(name);
    await this.choose(form.getByTestId('scenario-plan'), new RegExp(`^${plan.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(v\\d+\\)$`));
    await form.getByTestId('scenario-draws').fill(String(draws));
    if (maxCustomers !== undefined) await form.getByTestId('scenario-max-customers').fill(String(maxCustomers));
    await form.getByTestId('scenario-form-submit').click();
    await expect(this.row(name)).toBeVisible();
  }

  async run(name: string): Promise<void> {
    await this.row(name).getByTestId('scenario-run').click();
    await expect(this.row(name)).toHaveAttribute('data-run', 'true', { timeout: 180_000 });
    await expect(this.row(name)).toHaveAttribute('data-stale', 'false');
  }

  /** A row's status badge: its data-status is the backend's code (up-to-date, stale, never-run). */
  status(name: string): Locator {
    return this.row(name).getByTestId('scenario-status');
  }

  /** Under a stale row's badge: what changed since its run, in words. */
  staleBecause(name: string): Locator {
    return this.row(name).getByTestId('scenario-stale-because');
  }

  /** A scenario the comparison holds back because its run is out of date. */
  heldBack(name: string): Locator {
    return this.page.locator(`[data-testid="compare-stale-row"][data-name="${name}"]`);
  }

  /** Runs a held-back scenario again from the comparison's notice, and waits until it is current. */
  async runAgainFromComparison(name: string): Promise<void> {
    await this.heldBack(name).getByTestId('compare-stale-run').click();
    await expect(this.status(name)).toHaveAttribute('data-status', 'up-to-date', { timeout: 240_000 });
  }

  async compare(names: string[]): Promise<void> {
    for (const name of names) await this.row(name).getByTestId('scenario-compare-check').check();
    await this.page.getByTestId('scenario-compare').first().click();
    await expect(this.page.getByTestId('scenario-compare-table')).toBeVisible({ timeout: 60_000 });
  }
}
