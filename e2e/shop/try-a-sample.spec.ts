import { budget, WAIT } from '../support/budgets';
import { signUpShopper } from '../support/demo';
import { expect, test } from '../support/test';

test('a visitor without a model tries the sample pendant and gets its price', async ({ page }) => {
  // The sample drawn in software, then analysed by the worker.
  test.setTimeout(budget(WAIT.firstFrame, WAIT.pipeline));
  await signUpShopper(page, 'Sample Shopper');
  await page.goto('/upload');
  await page.getByRole('button', { name: 'Try a sample: pendant' }).click();

  const view = page.getByRole('img', { name: /3D view of the model sample-pendant\.stl/ });
  await expect(view).toHaveAttribute('data-loaded', 'true', { timeout: WAIT.firstFrame });
  // The view's text alternative says what it shows and how big it is.
  await expect(view).toHaveAccessibleName(/sample-pendant\.stl in .+, [\d.]+ × [\d.]+ × [\d.]+ mm$/);
  await expect(page.getByTestId('file-status')).toHaveText('Ready to price', { timeout: WAIT.pipeline });
  await expect(page.getByTestId('price-total')).toContainText(/€\d/);
  // Once a model is there, the offer steps aside.
  await expect(page.getByRole('button', { name: /Try a sample/ })).toHaveCount(0);
});
