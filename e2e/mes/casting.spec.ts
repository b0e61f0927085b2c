import { readFile } from 'node:fs/promises';
import { hashPassword } from '@facet/auth/password';
import { users } from '@facet/db/schema/identity';
import { DEMO, DEMO_PASSWORD, signIn } from '../support/demo';
import { type Browser, expect, type Page, test } from '../support/test';
import { approveAsSeller, makePricedOrder, openE2eDatabase, poolCard, signedInPage } from './support';

let database: Awaited<ReturnType<typeof openE2eDatabase>>;

/**
 * Operators of this file's own: the demo operators claim orders in the console's tests running beside
 * these, which would move the counts that these compare.
 */
const run = Date.now().toString(36);
const OPERATORS = {
  olga: { email: `caster-olga-${run}@facet.test`, name: `Olga Caster ${run}` },
  anna: { email: `caster-anna-${run}@facet.test`, name: `Anna Caster ${run}` },
};

test.beforeAll(async () => {
  database = await openE2eDatabase();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await database.db
    .insert(users)
    .values(
      Object.values(OPERATORS).map((person) => ({ ...person, passwordHash, role: 'operator' as const })),
    );
});
test.afterAll(async () => {
  await database.close();
});

test.describe.configure({ mode: 'serial' });

/** Errors the browser logged; the pages of trees and earnings must add none when loaded afresh. */
const consoleErrors: string[] = [];

/** Loads the page afresh (server render and hydration) and checks that it logged no error. */
async function expectCleanReload(page: Page, ready: () => Promise<void>): Promise<void> {
  const before = consoleErrors.length;
  await page.reload();
  await ready();
  expect(consoleErrors.slice(before)).toEqual([]);
}

async function consoleOf(browser: Browser, operator: { email: string; name: string }): Promise<Page> {
  const page = await signedInPage(browser, operator);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${operator.name}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${operator.name}: ${error.message}`));
  await page.goto('/mes');
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'live');
  return page;
}

/** Silver orders approved by a seller and claimed from the pool by `operator` with the Claim button. */
async function claimSilverOrders(browser: Browser, page: Page, count: number) {
  const seller = await signedInPage(browser, DEMO.seller);
  const orders = [];
  for (let i = 0; i < count; i++) orders.push(await makePricedOrder(database.sql, 'AG925'));
  await approveAsSeller(
    seller.request,
    orders.map((order) => order.id),
  );
  await seller.context().close();
  await page.goto('/mes');
  for (const order of orders) {
    await poolCard(page, order.id)
      .getByRole('button', { name: /^Claim/ })
      .click();
    await expect(poolCard(page, order.id)).toHaveCount(0);
  }
  return orders;
}

/** Starts a tree on a free flask with the given orders, from the Trees tab; answers the tree's page URL. */
async function buildTree(page: Page, orders: Array<{ id: string; number: number }>): Promise<number> {
  const flask = 10_000 + Math.floor(Math.random() * 89_999);
  await page.getByRole('link', { name: 'Trees' }).click();
  await expect(page).toHaveURL(/\/mes\/trees$/);
  await page.getByLabel('Flask number').fill(String(flask));
  await page.getByLabel('Alloy', { exact: true }).selectOption({ label: 'Sterling silver 925' });
  for (const order of orders) {
    await page
      .getByTestId('tree-candidate')
      .filter({ hasText: `FCT-${String(order.number).padStart(6, '0')}` })
      .getByRole('checkbox')
      .check();
  }
  await page.getByRole('button', { name: 'Start the tree' }).click();
  await expect(page).toHaveURL(/\/mes\/trees\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `Tree on flask ${flask}` })).toBeVisible();
  await expect(page.getByTestId('tree-order')).toHaveCount(orders.length);
  return flask;
}

const countOf = async (page: Page, status: string) =>
  Number(((await page.getByTestId(`count-${status}`).textContent()) ?? '').replace(/\D/g, ''));

test('two operators build trees of their silver orders; one casts it, its orders move on, and the loss shows on the tree and in the earnings', async ({
  browser,
}) => {
  test.slow();
  const olga = await consoleOf(browser, OPERATORS.olga);
  const anna = await consoleOf(browser, OPERATORS.anna);
  const olgasOrders = await claimSilverOrders(browser, olga, 2);
  const annasOrders = await claimSilverOrders(browser, anna, 2);

  const olgasFlask = await buildTree(olga, olgasOrders);
  // Anna's form offers only her own claimed orders.
  await anna.getByRole('link', { name: 'Trees' }).click();
  await anna.getByLabel('Alloy', { exact: true }).selectOption({ label: 'Sterling silver 925' });
  for (const order of olgasOrders) {
    await expect(
      anna.getByTestId('tree-candidate').filter({ hasText: `FCT-${String(order.number).padStart(6, '0')}` }),
    ).toHaveCount(0);
  }
  await buildTree(anna, annasOrders);
  await anna.getByRole('link', { name: 'Trees' }).click();
  await expect(anna).toHaveURL(/\/mes\/trees$/);
  await expectCleanReload(anna, () => expect(anna.getByTestId('tree-row').first()).toBeVisible());
  await anna.getByTestId('tree-row').first().click();

  // The wax gives the metal to issue: 12.5 g × 10.36 + 20 g of sprue allowance.
  await olga.getByLabel('Wax weight (g)').fill('12.5');
  await expect(olga.getByText('Metal to issue: 149.5 g')).toBeVisible();
  await olga.getByRole('button', { name: 'Record the wax weight' }).click();
  await expect(olga.getByTestId('metal-to-issue')).toHaveText('149.5 g');

  const completedBefore = await countOf(anna, 'MANUFACTURING_COMPLETED');
  await expect(olga.getByLabel('Metal issued (g)')).toHaveValue('149.5');
  await olga.getByLabel('Pieces (g)').fill('98.2');
  await olga.getByLabel('Button (g)').fill('45.1');
  await olga.getByLabel('Scrap (g)').fill('3.7');
  await expect(olga.getByTestId('live-loss')).toContainText('Loss 2.5 g (1.67 %)');
  await olga.getByRole('button', { name: 'Cast the tree' }).click();

  await expect(olga.getByTestId('tree-status')).toHaveText('Cast');
  await expect(olga.getByTestId('tree-loss')).toHaveText('2.5 g');
  await expect(olga.getByTestId('tree-loss-value')).toHaveText('€4.00');
  await expect(olga.getByTestId('tree-order-status')).toHaveText(['Cast and finished', 'Cast and finished']);
  await expect(olga.getByTestId('tree-event').last()).toContainText('2.5 g lost (1.67 %); 2 orders moved on');
  await expectCleanReload(olga, () => expect(olga.getByTestId('tree-loss')).toHaveText('2.5 g'));
  // Anna's console counts the two orders that moved on, without a reload.
  await expect
    .poll(() => countOf(anna, 'MANUFACTURING_COMPLETED'))
    .toBeGreaterThanOrEqual(completedBefore + 2);

  // Each order then goes on alone: the status tile filters Olga's board to those cast and finished.
  await olga.getByTestId('status-tile-MANUFACTURING_COMPLETED').click();
  await expect(olga).toHaveURL(/\/mes\/my-work\?status=MANUFACTURING_COMPLETED$/);
  await expect(olga.getByTestId('my-work-list')).toHaveAttribute('data-filter', 'MANUFACTURING_COMPLETED');
  const [first, second] = olgasOrders as [{ id: string }, { id: string }];
  const cardOf = (id: string) => olga.locator(`[data-testid="my-work-card"][data-order-id="${id}"]`);
  await expect(cardOf(first.id)).toBeVisible();
  await cardOf(first.id).getByRole('button', { name: 'Start packaging' }).click();
  await expect(cardOf(first.id)).toHaveCount(0);
  await expect(cardOf(second.id)).toBeVisible();
  const statuses = await database.sql<{ id: string; status: string }[]>`
    select id, status from orders where id in (${first.id}, ${second.id})`;
  expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
    [first.id]: 'PACKAGING',
    [second.id]: 'MANUFACTURING_COMPLETED',
  });

  // The order's own timeline tells of the tree.
  await olga.goto(`/mes/orders/${second.id}`);
  await expect(olga.getByTestId('timeline')).toContainText(`On the tree on flask ${olgasFlask}`);
  await expect(olga.getByTestId('timeline')).toContainText(`Cast in the tree on flask ${olgasFlask}`);

  // Anna's tree is untouched by Olga's cast.
  await expect(anna.getByTestId('tree-status')).toHaveText('Being built');

  // Olga's earnings show the metal lost on her trees this month, as the database sums it.
  const [lost] = await database.sql<{ loss: string }[]>`
    select coalesce(sum(loss_g), 0)::text as loss from casting_trees t join users u on u.id = t.operator_id
    where u.email = ${OPERATORS.olga.email} and t.status = 'CAST' and t.cast_at >= date_trunc('month', now())`;
  await olga.getByRole('link', { name: 'My earnings' }).click();
  await expect(olga.getByTestId('earnings-metal-loss')).toHaveText(
    `${Number(lost?.loss).toLocaleString('en-IE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} g`,
  );
  expect(Number(lost?.loss)).toBeGreaterThanOrEqual(2.5);
  await expectCleanReload(olga, () => expect(olga.getByTestId('earnings-metal-loss')).toBeVisible());
  await expect(
    olga
      .getByTestId('earned-order')
      .filter({ hasText: `FCT-${String(olgasOrders[1]!.number).padStart(6, '0')}` }),
  ).toHaveCount(1);
});

test('an admin sets the pay rate and downloads a CSV that matches the screen; operators see only their own', async ({
  browser,
}) => {
  const admin = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/earnings');
  await admin.getByLabel('Per finished order').check();
  await admin.getByLabel('Amount per order (€)').fill('15');
  await admin.getByRole('button', { name: 'Save the rate' }).click();
  await expect(admin.getByTestId('pay-rate')).toContainText('Now: €15.00 per finished order');

  const rows = admin.getByTestId('earnings-row');
  await expect(rows.filter({ hasText: OPERATORS.olga.name })).toHaveCount(1);
  const money = (text: string) => Number(text.replace(/[^\d.]/g, '')).toFixed(2);
  // The table shows the new rate once it has read the figures again: Olga earns €15 per finished order.
  await expect
    .poll(async () => {
      const cells = await rows.filter({ hasText: OPERATORS.olga.name }).locator('td').allTextContents();
      return money(cells[6] ?? '') === (Number(cells[1]) * 15).toFixed(2);
    })
    .toBe(true);
  const screen = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
      const email = tr.querySelector('th span')?.textContent?.trim() ?? '';
      return { email, cells };
    }),
  );
  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^operator-earnings-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await readFile((await download.path())!, 'utf8');
  const [header, ...lines] = csv.trim().split('\r\n');
  expect(header).toBe(
    'operator,email,claimed,finished,released,value_eur,metal_loss_g,metal_loss_eur,earnings_eur',
  );
  expect(lines).toHaveLength(screen.length);
  // Compared for this file's operators: the demo operators' figures move with the tests beside these.
  const ours = screen.filter((row) => Object.values(OPERATORS).some((person) => person.email === row.email));
  expect(ours).toHaveLength(2);
  for (const row of ours) {
    const line = lines.find((candidate) => candidate.split(',')[1] === row.email);
    expect(line, `a CSV line for ${row.email}`).toBeDefined();
    const [, , claimed, finished, released, value, lossG, lossEur, earned] = line!.split(',');
    const [sClaimed, sFinished, sReleased, sValue, sLossG, sLossEur, sEarned] = row.cells as string[];
    expect([claimed, finished, released]).toEqual([sClaimed, sFinished, sReleased]);
    expect([value, lossEur, earned]).toEqual([money(sValue!), money(sLossEur!), money(sEarned!)]);
    expect(Number(lossG).toFixed(1)).toBe(Number(sLossG!.replace(/[^\d.-]/g, '')).toFixed(1));
  }
  const olgaRow = screen.find((row) => row.email === OPERATORS.olga.email)!;
  expect(Number(olgaRow.cells[1])).toBeGreaterThanOrEqual(2);
  expect(money(olgaRow.cells[6]!)).toBe((Number(olgaRow.cells[1]) * 15).toFixed(2));

  // An operator sees their own figures (the same as the admin's row for them) and nobody else's.
  const anna = await consoleOf(browser, OPERATORS.anna);
  await anna.goto('/mes/earnings');
  const annaRow = screen.find((row) => row.email === OPERATORS.anna.email)!;
  await expect(anna.getByTestId('earnings-claimed')).toHaveText(annaRow.cells[0]!);
  await expect(anna.getByTestId('earnings-earned')).toHaveText(annaRow.cells[6]!);
  const response = await anna.request.get(
    `/api/trpc/admin.earnings.getReport?input=${encodeURIComponent(JSON.stringify({ json: { from: new Date(0).toISOString(), to: new Date().toISOString() } }))}`,
  );
  expect(response.status()).toBe(403);
  const page = await anna.goto('/admin/earnings');
  expect(page?.status()).toBe(403);
  await expect(anna.getByTestId('earnings-table')).toHaveCount(0);
});
