import { budget, WAIT } from '../support/budgets';
import { signIn, signUpShopper } from '../support/demo';
import { filedRingStl } from '../support/models';
import { expect, test } from '../support/test';

test('a thin ring is judged per alloy; accepting the risk lets the order through, and the seller sees it', async ({
  page,
  browser,
}) => {
  // Analysed by the worker, then priced by it once ordered.
  test.setTimeout(budget(WAIT.firstFrame, WAIT.pipeline, WAIT.pipeline));
  await signUpShopper(page);
  await page.goto('/upload');
  await page
    .locator('#model-files')
    .setInputFiles({ name: 'thin-ring.stl', mimeType: 'model/stl', buffer: filedRingStl() });
  await expect(page.getByTestId('file-status')).toHaveText('Ready to price', { timeout: WAIT.pipeline });

  // Silver (the default): walls from 0.8 mm, and this band is 0.6 mm in one place.
  const verdict = page.getByTestId('castability');
  await expect(verdict).toHaveAttribute('data-verdict', 'CASTABLE_WITH_RISK');
  await expect(verdict).toContainText(
    /Castable in Sterling silver 925, with a risk: The wall is 0\.\d\d mm thick at x .+ we cast walls in Sterling silver 925 from 0\.8 mm\./,
  );
  const addToCart = page.getByRole('button', { name: 'Add to cart' });
  await expect(addToCart).toBeDisabled();

  // Another alloy is judged at once, from the same answer (gold casts walls from 0.6 mm).
  await page.getByRole('radio', { name: 'Yellow gold 750 (18k)' }).check({ force: true });
  await expect(verdict).not.toContainText('Sterling silver');
  await expect(verdict).toContainText('Yellow gold 750 (18k)');
  await page.getByRole('radio', { name: 'Sterling silver 925' }).check({ force: true });
  await expect(verdict).toContainText('Sterling silver 925, with a risk');

  await page.screenshot({ path: test.info().outputPath('upload-verdict.png'), fullPage: true });
  await page.getByLabel(/I accept the risk/).check();
  await expect(addToCart).toBeEnabled();
  await addToCart.click();
  await expect(page.getByText('Added to your cart')).toBeVisible();
  await page.goto('/cart');
  await expect(page.getByRole('list', { name: 'Items in your cart' })).toContainText('thin-ring.stl');
  await page.getByLabel('Full name').fill('Chloe Martin');
  await page.getByLabel('Street and number').fill('12 rue des Orfèvres');
  await page.getByLabel('Postal code').fill('75001');
  await page.getByLabel('City').fill('Paris');
  await page.getByLabel('Country').fill('France');
  await page.getByRole('button', { name: /place order/i }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?placed=1/);
  const orderId = /\/orders\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(page.locator('[data-testid="timeline-event"][data-status="PRICE_CALCULATED"]')).toBeVisible({
    timeout: WAIT.pipeline,
  });

  const sellerContext = await browser.newContext();
  const seller = await sellerContext.newPage();
  await signIn(seller, 'seller');
  await seller.goto(`/crm/orders/${orderId}`);
  await expect(seller.getByTestId('castability')).toHaveAttribute('data-verdict', 'CASTABLE_WITH_RISK');
  await expect(seller.getByTestId('castability')).toContainText('Sterling silver 925');
  await expect(seller.getByTestId('risk-accepted')).toContainText('The buyer accepted this risk on');
  await expect(seller.getByRole('list', { name: 'Timeline' })).toContainText(
    'Castability risk accepted by the buyer',
  );
  await seller.screenshot({ path: test.info().outputPath('crm-order.png'), fullPage: true });
  await sellerContext.close();
});
