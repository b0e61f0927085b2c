import { DEMO, type DemoRole, signIn } from '../support/demo';
import { expect, test } from '../support/test';

const HOME_HEADING: Record<DemoRole, RegExp> = {
  customer: /your design, cast in precious metal/i,
  seller: /good to see you, sam/i,
  operator: /production console/i,
  admin: /system health/i,
};

for (const role of Object.keys(DEMO) as DemoRole[]) {
  test(`a ${role} signs in and lands on their home page`, async ({ page }) => {
    await signIn(page, role);
    await expect(page).toHaveURL((url) => url.pathname === DEMO[role].home);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING[role]);
  });
}

test('a wrong password is refused with a message next to the field', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO.seller.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#password-error')).toHaveText(
    'That email and password do not match an active account.',
  );
  await expect(page).toHaveURL(/\/sign-in/);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'seller');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/crm');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcrm/);
});

test('a new shopper signs up, with each problem shown next to its field', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Noor Haddad');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#email-error')).toHaveText('That does not look like an email address.');
  await expect(page.locator('#password-error')).toHaveText('Use at least 10 characters.');

  await page.getByLabel('Email').fill(`noor-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText('Noor Haddad');
  await expect(page.getByRole('link', { name: 'My orders', exact: true })).toBeVisible();
});
