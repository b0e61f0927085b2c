import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/test';
import { type E2eDatabase, openStackDatabase, pageAs } from './support';

let database: E2eDatabase;

/** A week of January 2025 in which the demo data placed nothing: only these orders count in it. */
const WEEK = { from: '2025-01-06', to: '2025-01-12' };

test.beforeAll(async () => {
  database = await openStackDatabase();
  const { sql } = database;
  // Noon in Paris, so the day is the same in every time zone the rollups could be read in.
  await sql`
    insert into orders (id, status, held_from_status, channel, alloy_code, total_cents, created_at, status_changed_at)
    values
      (gen_random_uuid(), 'MANUFACTURING_APPROVED', null, 'api', 'AU750W', 100000, '2025-01-07T11:00:00Z', now()),
      (gen_random_uuid(), 'ON_HOLD', 'MANUFACTURING_STARTED', 'api', 'AU750W', 25050, '2025-01-07T11:30:00Z', now()),
      (gen_random_uuid(), 'CANCELLED', null, 'api', 'AU750W', 9900, '2025-01-07T12:00:00Z', now()),
      (gen_random_uuid(), 'SHIPPED', null, 'shop', 'AG925', 50000, '2025-01-08T11:00:00Z', now()),
      (gen_random_uuid(), 'PRICE_CALCULATED', null, 'crm', 'AU750W', 70000, '2025-01-10T11:00:00Z', now())`;
});
test.afterAll(async () => {
  await database.close();
});

test('a seller filters the dashboard by period, channel and alloy, and exports what it shows as CSV', async ({
  browser,
}) => {
  const seller = await pageAs(browser, 'seller');
  await seller.goto(`/crm?from=${WEEK.from}&to=${WEEK.to}`);
  const perDay = seller.getByRole('region', { name: 'Orders per day by channel' });
  await expect(perDay).toContainText('6 Jan – 12 Jan');
  const booked = seller.getByText('Booked in the week of 6 Jan').locator('..');
  await expect(booked).toContainText('€1,750.50');
  await expect(booked).toContainText('3 orders approved');

  await seller.getByRole('combobox', { name: 'Channel' }).selectOption('api');
  await expect(seller).toHaveURL(/[?&]channel=api/);
  await seller.getByRole('combobox', { name: 'Alloy' }).selectOption({ label: 'White gold 750 (18k)' });
  await expect(seller).toHaveURL(/[?&]alloy=AU750W/);
  await expect(booked).toContainText('€1,250.50');
  await expect(booked).toContainText('2 orders approved');
  const byStatus = seller.getByRole('region', { name: 'Orders by status' });
  await byStatus.getByText('Show the figures').click();
  await expect(byStatus.getByRole('row')).toHaveCount(4); // the head, approved, on hold, cancelled

  const [download] = await Promise.all([
    seller.waitForEvent('download'),
    seller.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('facet-dashboard-2025-01-06-to-2025-01-12-api-AU750W.csv');
  const csv = (await readFile((await download.path())!, 'utf8')).split('\r\n');
  expect(csv[0]).toBe('day,shop,crm,api,all_channels,booked_orders,booked_revenue');
  expect(csv).toHaveLength(7 + 2); // the header, seven days, the final line end
  expect(csv).toContain('2025-01-07,0,0,3,3,2,1250.50');
  expect(csv).toContain('2025-01-10,0,0,0,0,0,0.00');

  // The same filters after a reload: they live in the address.
  await seller.reload();
  await expect(seller.getByRole('combobox', { name: 'Channel' })).toHaveValue('api');
  await expect(booked).toContainText('€1,250.50');

  await seller.getByRole('button', { name: 'Clear filters' }).click();
  await expect(seller).toHaveURL(/\/crm$/);
});

test('a period that ends before it starts is refused by the field, not sent', async ({ browser }) => {
  const seller = await pageAs(browser, 'seller');
  await seller.setViewportSize({ width: 390, height: 844 });
  await seller.goto(`/crm?from=${WEEK.to}&to=${WEEK.from}`);
  await expect(seller.getByRole('alert').filter({ hasText: 'before its start' })).toBeVisible();
  await expect(seller.getByLabel('to', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(seller.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  // At phone width the filters stay on screen, none wider than it.
  const widest = await seller
    .getByRole('group', { name: 'Dashboard filters' })
    .evaluate((group) =>
      Math.max(
        ...[...group.querySelectorAll('input, select, button')].map((el) => el.getBoundingClientRect().right),
      ),
    );
  expect(widest).toBeLessThanOrEqual(390);
});
