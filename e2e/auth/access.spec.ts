import { signIn } from '../support/demo';
import { expect, test } from '../support/test';

for (const path of ['/crm', '/mes', '/admin']) {
  test(`a shopper cannot open ${path}`, async ({ page }) => {
    await signIn(page, 'customer');
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This area is not for your account');
  });
}

test('an operator cannot open the CRM or the admin area, but an admin can open every area', async ({
  browser,
}) => {
  const operator = await browser.newPage();
  await signIn(operator, 'operator');
  expect((await operator.goto('/crm'))?.status()).toBe(403);
  expect((await operator.goto('/admin'))?.status()).toBe(403);

  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  for (const path of ['/crm', '/mes', '/admin']) expect((await admin.goto(path))?.status()).toBe(200);
});

test('a visitor is sent to sign in, and back to the page after', async ({ page }) => {
  await page.goto('/mes');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmes/);
  await page.getByLabel('Email').fill('operator@facet.local');
  await page.getByLabel('Password').fill('facet-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/mes');
});
