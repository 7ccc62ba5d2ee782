import { expect, type Page } from '@playwright/test';

/**
 * Chooses a segmentation method on the Segments page once the page has settled (it puts the toggle
 * on the method in use as it arrives), and checks the choice held, clicking again if the page's
 * arrival overtook it.
 */
export async function chooseSegmentMethod(page: Page, label: RegExp): Promise<void> {
  const toggle = page.getByTestId('segment-method');
  await expect(page.getByTestId('segmentation-kept').or(page.getByTestId('segment-results-empty'))).toBeVisible({ timeout: 30_000 });
  await expect(async () => {
    await toggle.getByText(label).first().click();
    await expect(toggle.getByRole('radio', { name: label })).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
