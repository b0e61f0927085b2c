import { budget, WAIT } from '../support/budgets';
import { DEMO } from '../support/demo';
import { type Browser, expect, type Page, test } from '../support/test';
import {
  approveAsSeller,
  makePricedOrder,
  OPERATORS,
  openE2eDatabase,
  poolCard,
  signedInPage,
} from './support';

let database: Awaited<ReturnType<typeof openE2eDatabase>>;

test.beforeAll(async () => {
  database = await openE2eDatabase();
});
test.afterAll(async () => {
  await database.close();
});

async function consoleOf(browser: Browser, operator: { email: string; name: string }): Promise<Page> {
  const page = await signedInPage(browser, operator);
  await page.goto('/mes');
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'live');
  return page;
}

function sellerPage(browser: Browser): Promise<Page> {
  return signedInPage(browser, DEMO.seller);
}

test('an approved order is pushed to two open consoles without a reload; one claims it and the other is told who won', async ({
  browser,
}) => {
  const olga = await consoleOf(browser, OPERATORS.olga);
  const anna = await consoleOf(browser, OPERATORS.anna);
  const seller = await sellerPage(browser);
  const order = await makePricedOrder(database.sql);
  // A mark in each page's memory: still there afterwards means the card came by push, not by a reload.
  for (const page of [olga, anna])
    await page.evaluate(() => Object.assign(window, { facetNotReloaded: true }));

  await approveAsSeller(seller.request, [order.id]);
  // How fast the push is, is measured by `pnpm bench console`; here it only has to come.
  await Promise.all([
    expect(poolCard(olga, order.id)).toBeVisible({ timeout: WAIT.push }),
    expect(poolCard(anna, order.id)).toBeVisible({ timeout: WAIT.push }),
  ]);
  for (const page of [olga, anna]) expect(await page.evaluate(() => 'facetNotReloaded' in window)).toBe(true);
  // Newest approval first.
  await expect(olga.getByTestId('pool-card').first()).toHaveAttribute('data-order-id', order.id);

  await poolCard(olga, order.id)
    .getByRole('button', { name: /^Claim/ })
    .click();
  await expect(olga.getByText(/is yours/)).toBeVisible();
  await expect(poolCard(olga, order.id)).toHaveCount(0);
  await expect(poolCard(anna, order.id)).toHaveCount(0);
  await expect(anna.getByTestId('console-news')).toContainText(`was claimed by ${OPERATORS.olga.name}`);

  await olga.getByRole('link', { name: /My work/ }).click();
  await expect(olga.locator(`[data-testid="my-work-card"][data-order-id="${order.id}"]`)).toBeVisible();
});

test('two operators claim the same order at once: exactly one wins, the other sees who', async ({
  browser,
}) => {
  const olga = await consoleOf(browser, OPERATORS.olga);
  const anna = await consoleOf(browser, OPERATORS.anna);
  const order = await makePricedOrder(database.sql, 'AG925');
  await approveAsSeller((await sellerPage(browser)).request, [order.id]);
  await expect(poolCard(olga, order.id)).toBeVisible();
  await expect(poolCard(anna, order.id)).toBeVisible();

  // Both buttons are found first, then clicked in the same instant, before either console hears of the other's claim.
  const buttons = await Promise.all(
    [olga, anna].map((page) =>
      poolCard(page, order.id)
        .getByRole('button', { name: /^Claim/ })
        .elementHandle(),
    ),
  );
  await Promise.all(buttons.map((button) => button!.evaluate((element: HTMLElement) => element.click())));

  const claimant = async () => {
    const [row] = await database.sql<{ name: string | null }[]>`
      select u.name from orders o left join users u on u.id = o.claimed_by_id where o.id = ${order.id}`;
    return row?.name ?? null;
  };
  await expect.poll(claimant).not.toBeNull();
  const winnerName = await claimant();
  const [winner, loser] =
    winnerName === OPERATORS.olga.name ? [OPERATORS.olga, anna] : [OPERATORS.anna, olga];
  expect(winnerName).toBe(winner.name);
  await expect(poolCard(winner === OPERATORS.olga ? olga : anna, order.id)).toHaveCount(0);
  // Told by the refused claim ("Claimed by …"), or, had its click come after the push, by the news line.
  await expect(loser.getByText(new RegExp(`[Cc]laimed by ${winner.name}`)).first()).toBeVisible();
  await expect(poolCard(loser, order.id)).toHaveCount(0);
});

test('the keyboard moves through the pool, opens an order and claims it; the order card shows its timeline and notes', async ({
  browser,
}) => {
  // The order card draws the model with WebGL, in software on this test machine.
  test.setTimeout(budget(WAIT.firstFrame));
  const anna = await consoleOf(browser, OPERATORS.anna);
  const order = await makePricedOrder(database.sql, 'PT950');
  await approveAsSeller((await sellerPage(browser)).request, [order.id]);
  await expect(anna.getByTestId('pool-card').first()).toHaveAttribute('data-order-id', order.id);

  await anna.keyboard.press('j');
  await expect(poolCard(anna, order.id)).toHaveAttribute('aria-current', 'true');
  await anna.keyboard.press('Enter');
  await expect(anna).toHaveURL(new RegExp(`/mes/orders/${order.id}$`));
  const card = anna.getByTestId('console-order');
  await expect(card).toHaveAttribute('data-status', 'MANUFACTURING_APPROVED');
  await expect(anna.getByTestId('timeline')).toContainText('Approved for production');
  await expect(anna.getByTestId('download-original')).toHaveAttribute('href', /\/api\/models\/.+\/download$/);

  // The light GLB in the three.js viewer (drawn in software here, which keeps the page busy a while).
  await expect(anna.getByTestId('model-viewer')).toHaveAttribute('data-state', 'ready', {
    timeout: WAIT.firstFrame,
  });

  await anna.keyboard.press('c');
  await expect(card).toHaveAttribute('data-status', 'MANUFACTURING_STARTED');
  await expect(anna.getByTestId('claimed-by')).toContainText(OPERATORS.anna.name);

  await anna.getByLabel('Add a note').fill('Sprue on the inside of the band.');
  await anna.getByRole('button', { name: 'Add note' }).click();
  await expect(anna.getByTestId('notes')).toContainText('Sprue on the inside of the band.');

  await anna.getByRole('button', { name: 'Mark cast and finished' }).click();
  await expect(card).toHaveAttribute('data-status', 'MANUFACTURING_COMPLETED');
  await expect(anna.getByTestId('timeline')).toContainText('Cast and finished');
});

test('an operator releases an order back to the pool, where every console sees it again', async ({
  browser,
}) => {
  const olga = await consoleOf(browser, OPERATORS.olga);
  const anna = await consoleOf(browser, OPERATORS.anna);
  const order = await makePricedOrder(database.sql, 'AU585W');
  await approveAsSeller((await sellerPage(browser)).request, [order.id]);
  await poolCard(olga, order.id)
    .getByRole('button', { name: /^Claim/ })
    .click();
  await expect(poolCard(anna, order.id)).toHaveCount(0);
  // Other specs' orders reach the same pool meanwhile: the released order must come back above every
  // order that was waiting before it was released (newest status change first), not above theirs.
  const waitingBefore = await poolOrderIds(anna);

  await olga.goto('/mes/my-work');
  olga.once('dialog', (dialog) => dialog.accept());
  await olga
    .locator(`[data-testid="my-work-card"][data-order-id="${order.id}"]`)
    .getByRole('button', { name: 'Release to the pool' })
    .click();
  await expect(olga.locator(`[data-testid="my-work-card"][data-order-id="${order.id}"]`)).toHaveCount(0);
  await expect(poolCard(anna, order.id)).toBeVisible();
  await expect
    .poll(async () => {
      const now = await poolOrderIds(anna);
      const at = now.indexOf(order.id);
      return waitingBefore.filter((id) => now.includes(id)).every((id) => now.indexOf(id) > at);
    })
    .toBe(true);
});

/** The orders of a console's pool, top to bottom. */
function poolOrderIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('pool-card')
    .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.orderId ?? ''));
}

test('a console scrolled down is told of new orders by an "N new" pill that takes it back to the top', async ({
  browser,
}) => {
  const olga = await consoleOf(browser, OPERATORS.olga);
  await olga.setViewportSize({ width: 800, height: 600 });
  await olga.mouse.wheel(0, 900);
  await expect.poll(() => olga.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const order = await makePricedOrder(database.sql, 'AU750W');
  await approveAsSeller((await sellerPage(browser)).request, [order.id]);
  const pill = olga.getByTestId('new-orders-pill');
  await expect(pill).toHaveText('1 new');
  await pill.click();
  await expect.poll(() => olga.evaluate(() => window.scrollY)).toBe(0);
  await expect(poolCard(olga, order.id)).toBeInViewport();
  await expect(pill).toHaveCount(0);
});

test('the connection indicator follows the network, and orders approved while offline are shown once back', async ({
  browser,
  consoleErrors,
}) => {
  consoleErrors.allow(
    /net::ERR_INTERNET_DISCONNECTED/,
    'the test takes the browser offline: its prefetches fail',
  );
  const anna = await consoleOf(browser, OPERATORS.anna);
  const indicator = anna.getByTestId('connection-state');
  await anna.context().setOffline(true);
  await expect(indicator).toHaveAttribute('data-state', 'offline');
  await expect(indicator).toHaveText('Offline');

  const order = await makePricedOrder(database.sql, 'AU585R');
  await approveAsSeller((await sellerPage(browser)).request, [order.id]);

  await anna.context().setOffline(false);
  await expect(indicator).toHaveAttribute('data-state', 'live');
  await expect(poolCard(anna, order.id)).toBeVisible();
});
