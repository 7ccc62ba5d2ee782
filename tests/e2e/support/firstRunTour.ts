import type { Page } from '@playwright/test';

/** The key the app keeps the tour's dismissal under (renderer/src/help/tourMemory.ts). */
export const TOUR_SEEN_KEY = 'lw.tour.seen';

/**
 * Marks the first-run tour as seen before the app's scripts run, on every load of this page, so
 * its overlay never covers what a spec drives. Only help.spec.ts meets the tour, on purpose.
 */
export async function skipFirstRunTour(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    try {
      window.localStorage.setItem(key, 'e2e');
    } catch {
      // A page without storage shows no tour anyway.
    }
  }, TOUR_SEEN_KEY);
}
