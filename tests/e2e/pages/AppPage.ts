import { expect, type Locator, type Page } from '@playwright/test';
import { skipFirstRunTour } from '../support/firstRunTour';
import { WorkspaceMenu } from './WorkspaceMenu';

export const NAV_PAGES = ['data', 'customer-value', 'segments', 'plan', 'simulation', 'scenarios', 'reports'] as const;
export type NavPage = (typeof NAV_PAGES)[number];

/** The app as a user sees it: title bar, navigation, status area, the Data page's figures. */
export class AppPage {
  constructor(readonly page: Page) {}

  static appUrl(): string {
    const url = process.env.LW_E2E_URL;
    if (!url) throw new Error('LW_E2E_URL is not set: the e2e global setup did not start the app.');
    return url;
  }

  /** Opens the app as a returning user, the first-run tour already seen, unless `firstRun` asks for it. */
  async open({ firstRun = false }: { firstRun?: boolean } = {}): Promise<void> {
    if (!firstRun) await skipFirstRunTour(this.page);
    await this.page.goto(AppPage.appUrl());
    await expect(this.workspaceName).toBeVisible({ timeout: 60_000 });
  }

  /** Opens the app on the sample workspace (the one it starts on, unless a test has opened another). */
  async openOnSample(): Promise<void> {
    await this.open();
    if ((await this.workspaceName.textContent()) !== 'sample') await new WorkspaceMenu(this.page).openSample();
  }

  get workspaceName(): Locator {
    return this.page.getByTestId('workspace-name');
  }
  get customerCount(): Locator {
    return this.page.getByTestId('customer-count');
  }
  get statusArea(): Locator {
    return this.page.getByTestId('status-area');
  }
  chart(id: 'chart-monthly-activity' | 'chart-purchase-frequency'): Locator {
    return this.page.getByTestId(id);
  }
  nav(page: NavPage): Locator {
    return this.page.getByTestId(`nav-${page}`);
  }

  async go(page: NavPage): Promise<void> {
    await this.nav(page).click();
  }

  async toggleTheme(): Promise<void> {
    await this.page.getByTestId('theme-toggle').click();
  }

  async expectChartRendered(id: 'chart-monthly-activity' | 'chart-purchase-frequency'): Promise<void> {
    const chart = this.chart(id);
    await expect(chart).toHaveAttribute('data-rendered', 'true');
    await expect(chart.locator('canvas, svg').first()).toBeVisible();
  }
}
