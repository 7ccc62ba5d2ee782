import { expect, type Locator, type Page } from '@playwright/test';

/** The prefixes of the kept results' frames: the fit, the segmentation, a sensitivity, a goal seek. */
export type KeptResultName = 'fit' | 'segmentation' | 'sensitivity' | 'goal-seek';

/**
 * A result kept in the workspace as a page shows it (results/KeptResultFrame.tsx): its status
 * (data-status is the backend's code, up-to-date or stale), when it was made (data-made-at, the
 * stored ISO time), the notice over a stale one with its reasons (data-reasons, the codes), and
 * its Run again button.
 */
export class KeptResult {
  constructor(
    readonly page: Page,
    readonly name: KeptResultName,
  ) {}

  get frame(): Locator {
    return this.page.getByTestId(`${this.name}-kept`);
  }
  get madeAt(): Locator {
    return this.page.getByTestId(`${this.name}-made-at`);
  }
  get notice(): Locator {
    return this.page.getByTestId(`${this.name}-stale`);
  }
  get rerun(): Locator {
    return this.page.getByTestId(`${this.name}-rerun`);
  }

  /** The stored time it was made, once it is shown. */
  async madeAtIso(timeout = 60_000): Promise<string> {
    await expect(this.madeAt).toBeVisible({ timeout });
    return (await this.madeAt.getAttribute('data-made-at'))!;
  }

  async expectCurrent(timeout = 60_000): Promise<void> {
    await expect(this.frame).toHaveAttribute('data-status', 'up-to-date', { timeout });
    await expect(this.notice).toHaveCount(0);
  }

  /** Stale, greyed, with a notice naming (among others) the change `because` says in words. */
  async expectStale(because: string | RegExp, timeout = 60_000): Promise<void> {
    await expect(this.frame).toHaveAttribute('data-status', 'stale', { timeout });
    await expect(this.notice).toContainText(because);
    await expect(this.frame.locator('[data-stale="true"]')).toBeVisible();
  }
}
