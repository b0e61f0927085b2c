import { budget, WAIT } from '../support/budgets';
import { distinctCanvasColours } from '../support/canvas';
import { signIn, signUpShopper } from '../support/demo';
import { type Browser, expect, type Page, test } from '../support/test';

async function signedInPage(browser: Browser, role: 'seller' | 'operator'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

async function priceOf(page: Page): Promise<string> {
  const total = page.getByTestId('price-total').first();
  await expect(total).toContainText('€');
  return (await total.textContent()) ?? '';
}

test('a shopper builds a ring with a stone, the price follows alloy and size, orders it, and operators see its preview', async ({
  page,
  browser,
}) => {
  // Drawn in software, priced by the worker, pushed to the console, previewed by the worker.
  test.setTimeout(budget(WAIT.firstFrame, WAIT.pipeline, WAIT.push, WAIT.pipeline));
  await signUpShopper(page);
  await page.goto('/build');
  await page.getByRole('button', { name: 'Solitaire ring' }).click();

  const viewer = page.getByRole('group', { name: '3D view of your piece' });
  await expect(viewer).toBeVisible();
  await expect
    .poll(() => distinctCanvasColours(viewer.locator('canvas')), { timeout: WAIT.firstFrame })
    .toBeGreaterThan(20);
  await expect(page.getByRole('radio', { name: 'Round', exact: true })).toBeChecked();
  await expect(page.getByTestId('dimensions')).toContainText(/Inner diameter\s*17\.2 mm/);

  // The alloy changes the price at once.
  await page.getByText('Sterling silver 925').click();
  const inSilver = await priceOf(page);
  await page.getByText('Yellow gold 750 (18k)').click();
  await expect(page.getByTestId('price-total').first()).not.toHaveText(inSilver);
  const inGold = await priceOf(page);

  // So does the size: a larger ring has more metal.
  const size = page.getByLabel('Ring size', { exact: true });
  await size.fill('62');
  await expect(page.getByTestId('price-total').first()).not.toHaveText(inGold);
  await expect(page.getByTestId('dimensions')).toContainText(/Inner diameter\s*19\.7 mm/);

  const quotedHere = await priceOf(page);
  const upload = page.waitForResponse(
    (response) => response.url().endsWith('/api/uploads/designs') && response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Order this' }).first().click();
  const model = (await (await upload).json()) as { id: string };
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole('list', { name: 'Items in your cart' })).toContainText(
    'Ring EU 62, court 2.2 mm, 6.5 mm round in a prong setting',
  );
  await page.getByLabel('Full name').fill('Chloe Martin');
  await page.getByLabel('Street and number').fill('12 rue des Orfèvres');
  await page.getByLabel('Postal code').fill('75001');
  await page.getByLabel('City').fill('Paris');
  await page.getByLabel('Country').fill('France');
  await page.getByRole('button', { name: /place order/i }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?placed=1/);
  const orderId = new URL(page.url()).pathname.split('/').at(-1)!;
  // The workshop prices it from the model made of the design, as for any upload.
  await expect(page.locator('[data-testid="timeline-event"][data-status="PRICE_CALCULATED"]')).toBeVisible({
    timeout: WAIT.pipeline,
  });
  // The browser's instant price is the price the workshop fixed from the model file.
  await expect(page.getByTestId('order-total')).toHaveText(quotedHere);

  const seller = await signedInPage(browser, 'seller');
  const approval = await seller.request.post('/api/trpc/crm.orders.approve?batch=1', {
    data: { 0: { json: { orderIds: [orderId] } } },
  });
  expect(approval.ok(), await approval.text()).toBe(true);

  const operator = await signedInPage(browser, 'operator');
  await operator.goto('/mes');
  const card = operator.locator(`[data-testid="pool-card"][data-order-id="${orderId}"]`);
  await expect(card).toBeVisible({ timeout: WAIT.push });
  const preview = card.locator('img');
  await expect(preview).toHaveAttribute('src', new RegExp(`^/api/models/${model.id}/preview\\.png`), {
    timeout: WAIT.pipeline,
  });
  await expect
    .poll(() => preview.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0)))
    .toBeGreaterThan(0);
});

test('limits are explained next to their control, and undo, redo and reset work from the keyboard', async ({
  page,
}) => {
  await signIn(page, 'customer');
  await page.goto('/build');
  await page.getByRole('button', { name: 'Solitaire ring' }).click();
  const orderButton = page.getByRole('button', { name: 'Order this' }).first();
  await expect(orderButton).toBeEnabled();

  const size = page.getByLabel('Ring size', { exact: true });
  await size.fill('80');
  const sizeProblem = page.locator('#ring-size-problem');
  await expect(sizeProblem).toContainText('outside what we make: EU 44 to 76');
  await expect(size).toHaveAttribute('aria-describedby', 'ring-size-problem');
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  await expect(orderButton).toBeDisabled();

  await page.keyboard.press('Control+z');
  await expect(size).toHaveValue('54');
  await expect(sizeProblem).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(size).toHaveValue('80');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(size).toHaveValue('54');

  const stone = page.getByLabel('Stone diameter', { exact: true });
  await stone.fill('9.5');
  await expect(page.locator('#stone-length-problem')).toContainText('too large for a 2.2 mm band');
  await expect(stone).toHaveAttribute('aria-describedby', 'stone-length-problem');

  await page.getByLabel('Engraving inside the band').fill('Together forever and always, my love');
  await expect(page.locator('#engraving-problem')).toContainText('too long for the inside of this band');

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(stone).toHaveValue('6.5');
  await expect(page.getByLabel('Engraving inside the band')).toHaveValue('');
  await expect(orderButton).toBeEnabled();

  // The view turns with the arrow keys once focused.
  const viewer = page.getByRole('group', { name: '3D view of your piece' });
  await viewer.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(viewer).toBeFocused();
});

test('a pendant is built from a ready-made heart and engraved on its back', async ({ page }) => {
  await signIn(page, 'customer');
  await page.goto('/build');
  await page.getByRole('button', { name: 'Engraved heart' }).click();
  await expect(page.getByRole('radio', { name: 'Heart', exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Engraving' })).toHaveValue('Love');
  const before = await priceOf(page);
  await page.getByRole('radio', { name: 'Back' }).check({ force: true });
  await expect(page.getByRole('radio', { name: 'Back' })).toBeChecked();
  await page.getByLabel('Height', { exact: true }).fill('24');
  await expect(page.getByTestId('price-total').first()).not.toHaveText(before);
});

test('a guest who opens the builder is asked to sign in first', async ({ page }) => {
  await page.goto('/build');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fbuild/);
});
