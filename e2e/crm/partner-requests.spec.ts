import { randomUUID } from 'node:crypto';
import { closeDb, createTestPartner } from '../api/support/partners';
import { apiUrl } from '../api/support/stack';
import { expect, test } from '../support/test';
import { pageAs } from './support';

test.afterAll(closeDb);

test("a seller reads a partner's API requests on its page and filters them by status and route", async ({
  browser,
}) => {
  const partner = await createTestPartner({ name: 'Request log' });
  const headers = { authorization: `Bearer ${partner.key}` };
  expect((await fetch(apiUrl('/materials'), { headers })).status).toBe(200);
  expect((await fetch(apiUrl(`/orders/${randomUUID()}`), { headers })).status).toBe(404);
  expect((await fetch(apiUrl('/orders'), { headers })).status).toBe(200);

  const seller = await pageAs(browser, 'seller');
  await seller.goto(`/crm/partners/${partner.partnerId}`);
  const log = seller.getByRole('region', { name: 'API requests' });
  const rows = log.getByTestId('api-request');
  // Written within about a second of each answer: the page may have been read before.
  await expect(async () => {
    await seller.reload();
    await expect(rows).toHaveCount(3, { timeout: 10_000 });
  }).toPass({ timeout: 45_000 });
  await expect(log).toContainText('GET /api/v1/orders/{id}');

  await log.getByLabel('Status').selectOption('4xx');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('404');

  await log.getByLabel('Status').selectOption('');
  await log.getByLabel('Route').selectOption('/api/v1/materials');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('GET /api/v1/materials');
  await expect(rows.first()).toContainText(partner.key.slice(0, 13));
  await seller.screenshot({ path: test.info().outputPath('partner-requests.png'), fullPage: true });

  await seller.setViewportSize({ width: 390, height: 844 });
  await expect(log.getByLabel('Status')).toBeVisible();
  await seller.screenshot({ path: test.info().outputPath('partner-requests-phone.png'), fullPage: true });
});
