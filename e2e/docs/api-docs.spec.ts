import { expect, test } from '../support/test';

test('the API docs load nothing from elsewhere, show curl at this server, and the try-it console gets its answer from it', async ({
  page,
  baseURL,
}) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) elsewhere.push(request.url());
  });
  await page.goto('/api/docs');
  // The reference lists each group's operations; a reader opens one from the sidebar.
  await page
    .getByRole('complementary', { name: /Sidebar/ })
    .getByRole('link', { name: /Check that the API answers/ })
    .click();
  const operation = page.locator('section', {
    has: page.getByRole('heading', { name: 'Check that the API answers' }),
  });
  await operation.first().scrollIntoViewIfNeeded();
  await expect(operation.first()).toContainText(`curl ${baseURL}/api/v1/ping`);

  await operation
    .first()
    .getByRole('button', { name: /Test Request/i })
    .click();
  const client = page.getByRole('dialog');
  await client.getByRole('button', { name: /^Send/ }).first().click();
  await expect(client).toContainText('200');
  await expect(client).toContainText('"status": "ok"');
  expect(elsewhere).toEqual([]);
});
