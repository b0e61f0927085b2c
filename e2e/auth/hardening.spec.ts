import { distinctCanvasColours } from '../support/canvas';
import { signUpShopper } from '../support/demo';
import { ringStl } from '../support/models';
import { expect, test } from '../support/test';

test.setTimeout(120_000);

test('pages carry a nonce CSP and the shop with its 3D viewer works under it, without console errors', async ({
  page,
}) => {
  const home = await page.goto('/');
  const policy = home?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(home?.headers()['x-content-type-options']).toBe('nosniff');
  expect(home?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const again = await page.request.get('/');
  expect(again.headers()['content-security-policy']).not.toBe(policy);

  await signUpShopper(page, 'Csp Shopper');
  await page.goto('/upload');
  await page
    .locator('#model-files')
    .setInputFiles({ name: 'csp-ring.stl', mimeType: 'model/stl', buffer: ringStl() });
  await expect(page.getByRole('img', { name: '3D view of the model' })).toHaveAttribute(
    'data-loaded',
    'true',
    { timeout: 45_000 },
  );
  await expect
    .poll(() => distinctCanvasColours(page.locator('canvas').first()), { timeout: 45_000 })
    .toBeGreaterThan(20);
  await page.goto('/orders');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('after 5 wrong passwords the account is locked, the right one too, with the wait by the field', async ({
  page,
}) => {
  await signUpShopper(page, 'Locked Shopper');
  const email = await page.evaluate(async () => {
    const session = (await (await fetch('/api/auth/session')).json()) as { user: { email: string } };
    return session.user.email;
  });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel('Password').fill(`wrong ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('#password-error')).toHaveText(
      'That email and password do not match an active account.',
    );
  }
  await page.getByLabel('Password').fill('a password for tests');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#password-error')).toHaveText(
    'Too many failed sign-ins. For your safety, signing in is paused: try again in 15 minutes.',
  );
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an original whose name is not Latin-1 downloads as an attachment under its own name', async ({
  page,
}) => {
  await signUpShopper(page, 'Unicode Shopper');
  const name = 'кольцо 戒指.stl';
  const uploaded = await page.request.post(`/api/uploads/models?name=${encodeURIComponent(name)}`, {
    headers: { 'content-type': 'application/octet-stream' },
    data: Buffer.from(ringStl()),
  });
  expect(uploaded.status()).toBe(201);
  const { id } = (await uploaded.json()) as { id: string };
  const encoded = `filename*=UTF-8''${encodeURIComponent(name).replaceAll("'", '%27')}`;

  const original = await page.request.get(`/api/models/${id}/original`);
  expect(original.status()).toBe(200);
  expect(original.headers()['content-disposition']).toMatch(/^attachment; filename="[ -~]+"; /);
  expect(original.headers()['content-disposition']).toContain(encoded);
  expect(original.headers()['x-content-type-options']).toBe('nosniff');

  const download = await page.request.get(`/api/models/${id}/download`);
  expect(download.status()).toBe(200);
  expect(download.url()).toContain('/api/files');
  expect(download.headers()['content-disposition']).toContain(encoded);
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
});
