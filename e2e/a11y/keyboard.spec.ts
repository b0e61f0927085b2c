import { budget, WAIT } from '../support/budgets';
import { signIn, signUpShopper } from '../support/demo';
import { expect, type Locator, type Page, test } from '../support/test';

/**
 * How long one look at the focus may take: the page's main thread can be busy for seconds drawing a 3D
 * view in software (SwiftShader) while the whole suite loads both cores.
 */
const FOCUS_CHECK_MS = 10_000;

/** Presses Tab until `target` has the focus (as a keyboard user would), failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses += 1) {
    const focused = await target.evaluate((element) => element === document.activeElement, undefined, {
      timeout: FOCUS_CHECK_MS,
    });
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} never got the focus after ${limit} presses of Tab`);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

test('with the keyboard only: a shopper tries a sample, prices it and checks out; a seller approves; an operator claims', async ({
  page,
  browser,
}) => {
  // The sample drawn and analysed, the order priced by the worker, the card on the console and its keys.
  test.setTimeout(budget(WAIT.firstFrame, WAIT.pipeline, WAIT.pipeline, WAIT.firstFrame, WAIT.firstFrame));
  await signUpShopper(page, 'Keyboard Shopper');

  // Upload: the sample through "Try a sample", to a price.
  await page.goto('/upload');
  await tabTo(page, page.getByRole('button', { name: 'Try a sample: ring' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: /3D view of the model sample-ring\.stl/ })).toHaveAttribute(
    'data-loaded',
    'true',
    { timeout: WAIT.firstFrame },
  );
  await expect(page.getByTestId('file-status')).toHaveText('Ready to price', { timeout: WAIT.pipeline });
  await expect(page.getByTestId('price-total')).toContainText('€');
  await tabTo(page, page.getByRole('button', { name: 'Add to cart' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added to your cart')).toBeVisible();

  // Checkout.
  await page.goto('/cart');
  await expect(page.getByRole('list', { name: 'Items in your cart' })).toContainText('sample-ring.stl');
  await typeInto(page, page.getByLabel('Full name'), 'Kim Keys');
  await typeInto(page, page.getByLabel('Street and number'), '3 rue du Clavier');
  await typeInto(page, page.getByLabel('Postal code'), '75002');
  await typeInto(page, page.getByLabel('City'), 'Paris');
  await typeInto(page, page.getByLabel('Country'), 'France');
  await tabTo(page, page.getByRole('button', { name: /place order/i }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?placed=1/);
  const orderId = /\/orders\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(page.locator('[data-testid="timeline-event"][data-status="PRICE_CALCULATED"]')).toBeVisible({
    timeout: WAIT.pipeline,
  });

  // Approve, on the CRM's order page.
  const seller = await (await browser.newContext()).newPage();
  await signIn(seller, 'seller');
  await seller.goto(`/crm/orders/${orderId}`);
  // The button's name says which order it approves.
  const approve = seller.getByRole('button', { name: /^Approve FCT-\d+$/ });
  await tabTo(seller, approve);
  await seller.keyboard.press('Enter');
  await expect(approve).toHaveCount(0);

  // Claim, on the console's order card (its key, c).
  const operator = await (await browser.newContext()).newPage();
  await signIn(operator, 'operator');
  await operator.goto(`/mes/orders/${orderId}`);
  const card = operator.getByTestId('console-order');
  await expect(card).toHaveAttribute('data-status', 'MANUFACTURING_APPROVED');
  // The page announces its shortcut once the key works (after hydration): a key pressed before is lost.
  // Under the suite's load hydrating the card (its 3D preview's code with it) takes as long as a first frame.
  await expect(operator.getByRole('button', { name: 'Claim' })).toHaveAttribute('aria-keyshortcuts', 'c', {
    timeout: WAIT.firstFrame,
  });
  await operator.keyboard.press('c');
  await expect(card).toHaveAttribute('data-status', 'MANUFACTURING_STARTED');
});
