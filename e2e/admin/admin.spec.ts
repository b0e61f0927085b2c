import { expectToast, pageAs, signInWith } from '../crm/support';
import { DEMO_PASSWORD } from '../support/demo';
import { expect, test } from '../support/test';

test('the health page shows each part of the system green, with its figure', async ({ browser }) => {
  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin');
  for (const title of ['PostgreSQL', 'Redis', 'Outbox', 'Workers', 'Realtime servers']) {
    const tile = admin.getByRole('region', { name: title });
    await expect(tile).toBeVisible();
    await expect(tile).toHaveAttribute('data-level', /ok|warn/);
  }
  await expect(admin.getByRole('region', { name: 'PostgreSQL' })).toHaveAttribute('data-level', 'ok');
  await expect(admin.getByRole('region', { name: 'Workers' })).toContainText(/[1-9]\d* alive/);
  await expect(admin.getByRole('region', { name: 'Realtime servers' })).toContainText(/[1-9]\d* alive/);
  // One row per queue the worker runs: the shop's five, the partners' three lanes and the sandbox's.
  await expect(admin.getByTestId('queue-row')).toHaveCount(9);
  // The end-to-end stack runs without the canary: its tile says so, in amber, and counts nowhere.
  await expect(admin.getByRole('region', { name: 'Canary' })).toContainText('Not run yet');
  await expect(admin.getByRole('region', { name: 'Past their time limit' })).toBeVisible();
});

test('the queue dashboard opens for an admin only, with its own assets and API', async ({ browser }) => {
  const admin = await pageAs(browser, 'admin');
  const assets: number[] = [];
  admin.on('response', (response) => {
    if (response.url().includes('/admin/queues/static/')) assets.push(response.status());
  });
  const page = await admin.goto('/admin/queues');
  expect(page?.status()).toBe(200);
  await expect(admin).toHaveTitle(/Facet queues/);
  await expect(admin.getByText('price-order').first()).toBeVisible();
  expect(assets.length).toBeGreaterThan(0);
  expect(assets.every((status) => status === 200)).toBe(true);
  const api = await admin.request.get('/admin/queues/api/queues');
  expect(api.status()).toBe(200);

  const seller = await pageAs(browser, 'seller');
  expect((await seller.request.get('/admin/queues')).status()).toBe(403);
  expect((await seller.request.get('/admin/queues/api/queues')).status()).toBe(403);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/admin/queues');
  await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fqueues/);
  const anonymousApi = await visitor.request.get('/admin/queues/api/queues', { maxRedirects: 0 });
  expect(anonymousApi.status()).toBe(303);
});

test('an admin adds a seller, who signs in; disabling the account ends the session', async ({ browser }) => {
  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin/users');
  const email = `new-seller-${Date.now()}@facet.local`;
  const password = 'temporary password 2026';
  await admin.getByRole('button', { name: 'Add a person' }).click();
  await admin.getByLabel('Name', { exact: true }).fill('Noah Laurent');
  await admin.getByLabel('Email', { exact: true }).fill(email);
  await admin.getByLabel('Role', { exact: true }).selectOption('seller');
  await admin.getByLabel('Temporary password').fill('short');
  await admin.getByRole('button', { name: 'Add person' }).click();
  await expect(admin.getByText('A temporary password needs at least 12 characters.')).toBeVisible();
  await admin.getByLabel('Temporary password').fill(password);
  await admin.getByRole('button', { name: 'Add person' }).click();
  await expectToast(admin, 'can now sign in');

  const newcomer = await (await browser.newContext()).newPage();
  await signInWith(newcomer, email, password);
  await expect(newcomer.getByTestId('signed-in-as')).toContainText('Noah Laurent');
  await newcomer.goto('/crm');
  await expect(newcomer.getByRole('heading', { level: 1 })).toContainText('Good to see you, Noah');

  const row = admin.locator(`[data-testid="user-row"][data-email="${email}"]`);
  admin.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(row).toContainText('Disabled');

  // Sessions are re-checked against the account every few seconds at most.
  await expect
    .poll(
      async () => {
        await newcomer.goto('/crm');
        return new URL(newcomer.url()).pathname;
      },
      { timeout: 15_000, intervals: [1_000] },
    )
    .toBe('/sign-in');
  await signInWith(newcomer, email, password);
  // Next.js keeps its own (empty) route announcer with role=alert on every page: name ours by its text.
  await expect(
    newcomer.getByRole('alert').filter({ hasText: 'do not match an active account' }),
  ).toBeVisible();
  expect(DEMO_PASSWORD).not.toBe(password);
});

test('an admin changes a price per gram; the change is kept in the history', async ({ browser }) => {
  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin/alloys');
  const silver = admin.locator('[data-testid="alloy"][data-code="AG925"]');
  await silver.getByRole('button', { name: 'Edit' }).click();
  await silver.getByLabel('Price per gram (€)').fill('abc');
  await silver.getByRole('button', { name: 'Save new prices' }).click();
  await expect(silver.getByText('Enter a price per gram.')).toBeVisible();
  await silver.getByLabel('Price per gram (€)').fill('1.45');
  await silver.getByRole('button', { name: 'Save new prices' }).click();
  await expectToast(admin, 'New quotes use it');
  await expect(silver.getByTestId('alloy-price')).toHaveText('€1.45/g');
  await silver.getByRole('button', { name: 'History' }).click();
  await expect(silver.getByTestId('alloy-version')).toHaveCount(2);
  await expect(silver.getByTestId('alloy-version').first()).toContainText('Ada Lindqvist');
});

test("an admin changes an alloy's design rules; a wrong figure is named, and every version is kept", async ({
  browser,
}) => {
  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin/alloys');
  const platinum = admin.locator('[data-testid="alloy"][data-code="PT950"]');
  await expect(platinum.getByTestId('design-rules')).toContainText('pieces up to 80 mm');
  await platinum.getByRole('button', { name: 'Edit' }).click();
  const rules = platinum.getByRole('form', { name: 'Design rules of Platinum 950' });
  await rules.getByLabel('Largest piece the flask holds (mm)').fill('5');
  await rules.getByRole('button', { name: 'Save design rules' }).click();
  await expect(rules.getByText('A flask that holds less than 10 mm holds no jewellery.')).toBeVisible();
  await rules.getByLabel('Largest piece the flask holds (mm)').fill('90');
  await rules.getByRole('button', { name: 'Save design rules' }).click();
  await expectToast(admin, 'placed orders keep their verdict');
  await expect(platinum.getByTestId('design-rules')).toContainText('pieces up to 90 mm');
  await platinum.getByRole('button', { name: 'History' }).click();
  await expect(platinum.getByTestId('design-rules-version')).toHaveCount(2);
  await expect(platinum.getByTestId('design-rules-version').first()).toContainText('Ada Lindqvist');
  await expect(platinum.getByTestId('design-rules-version').last()).toContainText('Initial rules');
});
