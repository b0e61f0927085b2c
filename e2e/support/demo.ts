import { expect, type Page } from './test';

/** The demo accounts the e2e stack seeds (packages/devstack/src/seed/demo-people.ts). */
export const DEMO_PASSWORD = 'facet-demo-2026';

export const DEMO = {
  customer: { email: 'customer@facet.local', name: 'Chloe Martin', home: '/' },
  seller: { email: 'seller@facet.local', name: 'Sam Moreau', home: '/crm' },
  operator: { email: 'operator@facet.local', name: 'Olga Brandt', home: '/mes' },
  admin: { email: 'admin@facet.local', name: 'Ada Lindqvist', home: '/admin' },
} as const;

export type DemoRole = keyof typeof DEMO;

/** How long landing on a role's home after signing in may take (part of a test's plain steps). */
export const SIGNED_IN_MS = 25_000;

export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO[role].email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The landing page is the role's home, rendered on the server with its data (the CRM's dashboard,
  // the console's pool): under the whole suite's load that can take longer than a quick assertion.
  await expect(page.getByTestId('signed-in-as')).toContainText(DEMO[role].name, { timeout: SIGNED_IN_MS });
}

/**
 * Signs up a new shopper of the test's own, so tests that fill a cart never share one (the demo
 * shopper's cart is used by several specs running side by side).
 */
export async function signUpShopper(page: Page, name = 'Test Shopper'): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page
    .getByLabel('Email')
    .fill(`shopper-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`);
  await page.getByLabel('Password').fill('a password for tests');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
}
