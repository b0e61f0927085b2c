import { budget, WAIT } from '../support/budgets';
import { ringStl } from '../support/models';
import { expect, test } from '../support/test';
import { poolCardOf } from './pool';
import {
  type E2eDatabase,
  expectToast,
  orderLabel as formatOrderNumber,
  makePricedOrderForChloe,
  openStackDatabase,
  pageAs,
} from './support';

let database: E2eDatabase;

test.beforeAll(async () => {
  database = await openStackDatabase();
});
test.afterAll(async () => {
  await database.close();
});

test('a seller finds a client by part of a phone number, approves a priced order, and the operators’ pool shows it', async ({
  browser,
}) => {
  const order = await makePricedOrderForChloe(database);
  const operator = await pageAs(browser, 'operator');
  await operator.goto('/mes');
  await expect(operator.getByTestId('connection-state')).toHaveAttribute('data-state', 'live');

  const seller = await pageAs(browser, 'seller');
  await seller.goto('/crm/clients');
  await seller.getByRole('searchbox', { name: /Search clients/ }).fill('12 34 56 78');
  await expect(seller).toHaveURL(/[?&]q=12\+34\+56\+78/);
  const rows = seller.getByTestId('client-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Chloe Martin');
  await rows.first().click();

  await expect(seller.getByRole('heading', { level: 1, name: 'Chloe Martin' })).toBeVisible();
  const row = seller.locator(`[data-testid="order-row"][data-order-id="${order.id}"]`);
  await expect(row).toContainText('Priced');
  await row.getByRole('button', { name: `Approve ${formatOrderNumber(order.number)}` }).click();
  await expectToast(seller, 'approved for production');
  await expect(row).toContainText('Approved for production');

  await expect(poolCardOf(operator, order.id)).toBeVisible();
  // The client's timeline has the approval, by the seller.
  await expect(
    seller
      .getByTestId('activity-item')
      .filter({ hasText: formatOrderNumber(order.number) })
      .first(),
  ).toContainText('Approved for production');
});

test('a seller issues an API key that works, then revokes it and it is refused', async ({
  browser,
  request,
}) => {
  const seller = await pageAs(browser, 'seller');
  await seller.goto('/crm/partners');
  await seller.getByRole('link', { name: 'Atelier Lumen' }).click();
  await expect(seller.getByRole('heading', { level: 1, name: 'Atelier Lumen' })).toBeVisible();

  const name = `E2E key ${Date.now()}`;
  await seller.getByLabel('Name of the new key').fill(name);
  await seller.getByRole('button', { name: 'Issue key' }).click();
  const key = (await seller.getByTestId('shown-once-value').textContent())?.trim() ?? '';
  expect(key).toMatch(/^fct_live_[0-9a-z]{32}$/);

  const asPartner = { headers: { authorization: `Bearer ${key}` } };
  const allowed = await request.get('/api/v1/orders', asPartner);
  expect(allowed.status(), await allowed.text()).toBe(200);

  seller.once('dialog', (dialog) => void dialog.accept());
  const keyRow = seller.getByTestId('api-key').filter({ hasText: name });
  await keyRow.getByRole('button', { name: 'Revoke' }).click();
  await expect(keyRow).toContainText('Revoked');

  const refused = await request.get('/api/v1/orders', asPartner);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).type).toContain('revoked-api-key');
});

test('a seller issues a test key: fct_test_, marked Test, and it sees none of the live orders', async ({
  browser,
  request,
}) => {
  const seller = await pageAs(browser, 'seller');
  await seller.goto('/crm/partners');
  await seller.getByRole('link', { name: 'Atelier Lumen' }).click();
  await expect(seller.getByRole('heading', { level: 1, name: 'Atelier Lumen' })).toBeVisible();

  const name = `E2E test key ${Date.now()}`;
  await seller.getByRole('radio', { name: /^Test/ }).check();
  await seller.getByLabel('Name of the new key').fill(name);
  await seller.getByRole('button', { name: 'Issue key' }).click();
  const key = (await seller.getByTestId('shown-once-value').textContent())?.trim() ?? '';
  expect(key).toMatch(/^fct_test_[0-9a-z]{32}$/);
  await expect(seller.getByTestId('api-key').filter({ hasText: name })).toContainText('Test');

  const listed = await request.get('/api/v1/orders', { headers: { authorization: `Bearer ${key}` } });
  expect(listed.status(), await listed.text()).toBe(200);
  const { items } = (await listed.json()) as { items: Array<{ mode: string }> };
  expect(items.every((order) => order.mode === 'test')).toBe(true);
});

test('filters stay in the address, and priced orders are approved in bulk', async ({ browser }) => {
  const first = await makePricedOrderForChloe(database);
  const second = await makePricedOrderForChloe(database);
  const seller = await pageAs(browser, 'seller');
  await seller.goto('/crm/orders');
  await seller.getByRole('button', { name: 'Priced', exact: true }).click();
  await expect(seller).toHaveURL(/status=PRICE_CALCULATED/);

  // A shared link opens the same filtered table.
  const shared = await pageAs(browser, 'seller');
  await shared.goto(seller.url());
  await expect(shared.getByRole('button', { name: 'Priced', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  for (const order of [first, second]) {
    await seller.getByRole('checkbox', { name: `Select ${formatOrderNumber(order.number)}` }).check();
  }
  await seller.getByRole('button', { name: 'Approve 2 for production' }).click();
  await expectToast(seller, '2 orders approved');
  await expect(seller.locator(`[data-testid="order-row"][data-order-id="${first.id}"]`)).toHaveCount(0);
});

test('the SLA watchdog flags an order priced days ago: the late list marks it, its timeline says why', async ({
  browser,
}) => {
  const order = await makePricedOrderForChloe(database);
  await database.sql`update orders set status_changed_at = now() - interval '3 days' where id = ${order.id}`;
  const seller = await pageAs(browser, 'seller');
  const row = seller.locator(`[data-testid="order-row"][data-order-id="${order.id}"]`);
  // The watchdog runs every few seconds in the end-to-end stack; the list refreshes on load.
  await expect
    .poll(
      async () => {
        await seller.goto('/crm/late');
        // The list shows the longest late first, a page at a time: read on until the order is shown.
        const showMore = seller.getByRole('button', { name: 'Show more orders' });
        const rows = seller.getByTestId('order-row');
        while ((await row.count()) === 0 && (await showMore.isVisible())) {
          const shown = await rows.count();
          await showMore.click();
          await expect
            .poll(async () => (await rows.count()) > shown || !(await showMore.isVisible()))
            .toBe(true);
        }
        return row.textContent();
      },
      { timeout: 30_000, intervals: [2_000] },
    )
    .toContain('Flagged');
  await expect(row).toContainText('in Priced beyond 2 d');
  await row.getByRole('link', { name: formatOrderNumber(order.number) }).click();
  await expect(seller.getByTestId('timeline-event').last()).toContainText(
    'Stuck in Priced longer than 2 days',
  );
});

test('a hold needs a reason, said next to the field, and resumes where it was', async ({ browser }) => {
  const order = await makePricedOrderForChloe(database);
  const seller = await pageAs(browser, 'seller');
  await seller.goto(`/crm/orders/${order.id}`);
  const label = formatOrderNumber(order.number);
  await seller.getByRole('button', { name: `Hold ${label}` }).click();
  const dialog = seller.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Put on hold' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Say why');
  await dialog.getByLabel('Reason').fill('Waiting for the engraving text');
  await dialog.getByRole('button', { name: 'Put on hold' }).click();
  await expectToast(seller, 'is on hold');
  await expect(seller.getByTestId('timeline-event').last()).toContainText('Waiting for the engraving text');
  await seller.getByRole('button', { name: `Resume ${label}` }).click();
  await expectToast(seller, 'resumed');
  await expect(seller.getByRole('button', { name: `Approve ${label}` })).toBeVisible();
});

test('a seller adds a company client, and a missing field is named next to it', async ({ browser }) => {
  const seller = await pageAs(browser, 'seller');
  await seller.goto('/crm/clients/new');
  await seller.getByLabel('A company').check();
  await seller.getByLabel('Name people use').fill('Orfèvrerie Test');
  await seller.getByLabel('Email').fill('hello@orfevrerie.example');
  await seller.getByRole('button', { name: 'Add client' }).click();
  await expect(seller.getByText('A company needs its registered name.')).toBeVisible();
  await seller.getByLabel('Registered company name').fill('Orfèvrerie Test SAS');
  await seller.getByRole('button', { name: 'Add client' }).click();
  await expect(seller.getByRole('heading', { level: 1, name: 'Orfèvrerie Test' })).toBeVisible();
  await seller.getByRole('button', { name: 'Make API partner' }).click();
  await expectToast(seller, 'now an API partner');
  await expect(seller.getByRole('link', { name: 'Keys and webhooks' })).toBeVisible();
});

test('a seller orders a ring for a client in the Russian size scale; a size further than we resize is refused next to it', async ({
  browser,
}) => {
  test.setTimeout(budget(WAIT.pipeline));
  const seller = await pageAs(browser, 'seller');
  await seller.goto('/crm/clients');
  await seller.getByRole('searchbox', { name: /Search clients/ }).fill('Chloe');
  await seller.getByTestId('client-row').filter({ hasText: 'Chloe Martin' }).first().click();
  await expect(seller).toHaveURL(/\/crm\/clients\/[0-9a-f-]{36}$/);
  await seller.goto(`${new URL(seller.url()).pathname}/new-order`);
  await seller
    .locator('input[type="file"]')
    .setInputFiles({ name: 'ring.stl', mimeType: 'model/stl', buffer: ringStl() });

  // The size measured by the worker, then chosen on the Russian scale.
  const sizeSystem = seller.getByRole('radiogroup', { name: 'Size system' });
  await expect(sizeSystem).toBeVisible({ timeout: WAIT.pipeline });
  await expect(seller.getByTestId('measured-ring-size')).toContainText(/16\.\d mm inside/);
  await sizeSystem.getByText('RU', { exact: true }).click();
  const size = seller.getByLabel('Ring size (RU)');
  const placeOrder = seller.getByRole('button', { name: 'Place order' });
  await size.selectOption('21');
  await expect(seller.locator('#ring-size-1-error')).toContainText('we resize a ring by at most 2 mm');
  await expect(placeOrder).toBeDisabled();
  await size.selectOption('17');
  await expect(seller.locator('#ring-size-1-error')).toHaveCount(0);
  await placeOrder.click();

  await expect(seller).toHaveURL(/\/crm\/orders\/[0-9a-f-]{36}$/);
  await expect(seller.getByText(/ring size .*RU 17/)).toBeVisible();
});

test('the order list filters by a client picked by name', async ({ browser }) => {
  const seller = await pageAs(browser, 'seller');
  await seller.goto('/crm/orders');
  const filter = seller.getByRole('combobox', { name: 'Client' });
  await filter.fill('Chloe');
  await expect(seller.locator('datalist option').first()).toHaveAttribute('value', /Chloe Martin/);
  await filter.fill('Chloe Martin — customer@facet.local');
  await expect(seller).toHaveURL(/[?&]client=[0-9a-f-]{36}/);
  await expect(seller.getByText('Client: Chloe Martin')).toBeVisible();
  const clients = await seller.getByTestId('order-row').locator('td:nth-child(4)').allTextContents();
  expect(clients.length).toBeGreaterThan(0);
  expect(new Set(clients)).toEqual(new Set(['Chloe Martin']));
});

test('a webhook URL inside the workshop’s network is refused next to the field, naming the rule', async ({
  browser,
}) => {
  const [partner] = await database.sql<
    { id: string }[]
  >`select id from partners where name = 'Atelier Lumen'`;
  const seller = await pageAs(browser, 'seller');
  await seller.goto(`/crm/partners/${partner!.id}`);
  const url = seller.getByLabel('Endpoint URL');
  await url.fill('http://169.254.169.254/latest/meta-data');
  await seller.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(
    seller.getByText(/Webhooks cannot go to 169\.254\.169\.254: that is a link-local address/),
  ).toBeVisible();
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await url.fill('http://[::ffff:10.0.0.7]/hooks');
  await seller.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(seller.getByText(/that is a private network address/)).toBeVisible();
});
