import { budget, WAIT } from '../support/budgets';
import { distinctCanvasColours } from '../support/canvas';
import { signUpShopper } from '../support/demo';
import { openBoxStl, ringStl } from '../support/models';
import { expect, test } from '../support/test';
import { phaseTimer } from '../support/timing';

test('a shopper uploads an STL, sees it in 3D, gets a price, orders, and watches it get priced live', async ({
  page,
}) => {
  // Drawn in software, analysed by the worker, then priced by the worker once ordered.
  test.setTimeout(budget(WAIT.firstFrame, WAIT.pipeline, WAIT.pipeline));
  const mark = phaseTimer('shop order');
  await signUpShopper(page);
  mark('signed up');
  await page.goto('/upload');
  await page
    .locator('#model-files')
    .setInputFiles({ name: 'my-ring.stl', mimeType: 'model/stl', buffer: ringStl() });

  // The model drawn (the empty scene is one colour), then the viewer's own word that it loaded it.
  await expect
    .poll(() => distinctCanvasColours(page.locator('canvas').first()), { timeout: WAIT.firstFrame })
    .toBeGreaterThan(20);
  await expect(page.getByRole('img', { name: '3D view of the model' })).toHaveAttribute(
    'data-loaded',
    'true',
  );
  mark('model drawn');

  await expect(page.getByTestId('file-status')).toHaveText('Ready to price', { timeout: WAIT.pipeline });
  mark('ready to price');
  await expect(page.getByTestId('dimensions')).toContainText('mm');
  const silverPrice = page.getByTestId('price-total');
  await expect(silverPrice).toContainText('€');
  const inSilver = await silverPrice.textContent();

  await page.getByText('Yellow gold 750 (18k)').click();
  await expect(silverPrice).not.toHaveText(inSilver ?? '');

  mark('priced in two alloys');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  // The cart is read once the shop has said it holds the piece, not while the request is on its way.
  await expect(page.getByText('Added to your cart')).toBeVisible();
  mark('added to cart');
  await page.goto('/cart');
  await expect(page.getByRole('list', { name: 'Items in your cart' })).toContainText('my-ring.stl');
  await page.getByLabel('Full name').fill('Chloe Martin');
  await page.getByLabel('Street and number').fill('12 rue des Orfèvres');
  await page.getByLabel('Postal code').fill('75001');
  await page.getByLabel('City').fill('Paris');
  await page.getByLabel('Country').fill('France');
  await page.getByRole('button', { name: /place order/i }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?placed=1/);
  mark('order placed');
  await expect(page.getByTestId('live-state')).toHaveText('Live');
  // No reload from here on: the page hears of the price from the realtime server.
  await expect(page.locator('[data-testid="timeline-event"][data-status="PRICE_CALCULATED"]')).toBeVisible({
    timeout: WAIT.pipeline,
  });
  mark('priced live');
  await expect(page.getByTestId('order-total')).toContainText('€');
});

test('a file that is not a model is refused at once, with the reason next to it', async ({ page }) => {
  await signUpShopper(page);
  await page.goto('/upload');
  await page.locator('#model-files').setInputFiles({
    name: 'holiday.stl',
    mimeType: 'model/stl',
    buffer: Buffer.from('these are not the triangles you are looking for\n'.repeat(20)),
  });
  await expect(page.getByTestId('file-status')).toHaveText(/not a 3D model we can read/);
});

test('a model with holes is explained in plain words and cannot be added to the cart', async ({ page }) => {
  // Analysed by the worker.
  test.setTimeout(budget(WAIT.pipeline));
  await signUpShopper(page);
  await page.goto('/upload');
  await page
    .locator('#model-files')
    .setInputFiles({ name: 'open-box.stl', mimeType: 'model/stl', buffer: openBoxStl() });
  await expect(page.getByRole('list', { name: 'Problems with the model' })).toContainText(
    'This model has holes',
    { timeout: WAIT.pipeline },
  );
  await expect(page.getByRole('button', { name: 'Add to cart' })).toBeDisabled();
});
