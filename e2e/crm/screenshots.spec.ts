import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { signIn } from '../support/demo';
import { expect, type Page, test } from '../support/test';

const OUT = join(import.meta.dirname, '..', '.results', 'screens');
const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The page's content fits the width (tables scroll inside their own frame, never the page). */
async function noSideways(page: Page) {
  const overflow = await page.evaluate(() => {
    const main = document.getElementById('main')!;
    return main.scrollWidth - main.clientWidth;
  });
  expect(overflow, 'the content scrolls sideways').toBeLessThanOrEqual(1);
}

for (const size of WIDTHS) {
  test(`the CRM dashboard and a client card at ${size.name} width`, async ({ browser }) => {
    mkdirSync(OUT, { recursive: true });
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    await signIn(page, 'seller');
    await page.goto('/crm');
    await expect(page.getByRole('region', { name: 'Orders per day by channel' })).toBeVisible();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await noSideways(page);
    await page.screenshot({ path: join(OUT, `crm-dashboard-${size.name}.png`), fullPage: true });

    await page.goto('/crm/clients?q=chloe');
    await page.getByTestId('client-row').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chloe Martin' })).toBeVisible();
    await expect(
      page.locator('[data-testid="order-row"]:visible, [data-testid="order-card"]:visible').first(),
    ).toBeVisible();
    await expect(page.getByTestId('activity-item').first()).toBeVisible();
    await noSideways(page);
    await page.screenshot({ path: join(OUT, `crm-client-card-${size.name}.png`), fullPage: true });
    await context.close();
  });
}
