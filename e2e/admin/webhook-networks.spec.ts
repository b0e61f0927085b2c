import { randomUUID } from 'node:crypto';
import { closeDb, createTestPartner } from '../api/support/partners';
import { apiUrl } from '../api/support/stack';
import { expectToast, pageAs } from '../crm/support';
import { expect, test } from '../support/test';

test.afterAll(closeDb);

test('an admin allows a private network for webhooks: a target there is accepted, others still refused', async ({
  browser,
}) => {
  const partner = await createTestPartner({ name: 'On premises' });
  const register = (url: string) =>
    fetch(apiUrl('/webhook-endpoints'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${partner.key}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify({ url }),
    });
  expect((await register('http://10.201.7.9/hooks')).status).toBe(422);

  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin/webhook-networks');
  await expect(admin.getByRole('heading', { name: 'Webhook networks' })).toBeVisible();
  // The e2e stack's own floor (its receivers listen on this machine).
  await expect(admin.getByTestId('webhook-networks-floor')).toContainText('127.0.0.1/32');
  const field = admin.getByLabel(/Networks, one a line/);

  await field.fill('10.201.7.0/24\n8.8.8.0/24');
  await admin.getByRole('button', { name: 'Save the networks' }).click();
  await expect(admin.locator('#networks-error')).toContainText('8.8.8.0/24 is public');
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill('10.201.7.0/24');
  await admin.getByRole('button', { name: 'Save the networks' }).click();
  await expectToast(admin, 'Webhook networks saved');
  const newest = admin.getByRole('region', { name: 'History' }).getByRole('row').nth(1);
  await expect(newest).toContainText('10.201.7.0/24');
  await expect(newest).toContainText('in force');
  await admin.screenshot({ path: test.info().outputPath('webhook-networks.png'), fullPage: true });

  expect((await register('http://10.201.7.9/hooks')).status).toBe(201);
  for (const url of ['http://10.201.8.9/hooks', 'http://192.168.1.1/hooks', 'http://169.254.169.254/']) {
    expect((await register(url)).status, url).toBe(422);
  }

  // Taken off again: refused from then on, and the earlier list stays in the history.
  await field.fill('');
  await admin.getByRole('button', { name: 'Save the networks' }).click();
  await expectToast(admin, 'Webhook networks saved');
  await expect(admin.getByRole('region', { name: 'History' }).getByRole('row').nth(1)).toContainText('none');
  await expect(admin.getByRole('region', { name: 'History' })).toContainText('10.201.7.0/24');
  expect((await register('http://10.201.7.10/hooks')).status).toBe(422);
});

for (const role of ['seller', 'operator'] as const) {
  test(`a ${role} cannot open the webhook networks page`, async ({ browser }) => {
    const page = await pageAs(browser, role);
    await page.goto('/admin/webhook-networks');
    await expect(page.getByRole('heading', { name: 'This area is not for your account' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Webhook networks' })).toHaveCount(0);
  });
}
