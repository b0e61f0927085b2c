import { makeTube } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
import { budget, WAIT } from '../support/budgets';
import { signUpShopper } from '../support/demo';
import { expect, test } from '../support/test';

/** A plain band 17.2 mm inside (EU 54, RU 17), 1.6 mm thick and 4 mm wide. */
function bandStl(): Buffer {
  const band = makeTube({ innerRadius: 8.6, outerRadiusAt: () => 10.2, height: 4, around: 256, along: 2 });
  return Buffer.from(writeBinaryStl(band));
}

test("a ring's size is measured from the model, another size is priced with resizing, and the constructor prices its stone", async ({
  page,
}) => {
  test.setTimeout(budget(WAIT.firstFrame, WAIT.pipeline));
  await signUpShopper(page);
  await page.goto('/upload');
  await page
    .locator('#model-files')
    .setInputFiles({ name: 'band.stl', mimeType: 'model/stl', buffer: bandStl() });
  await expect(page.getByTestId('file-status')).toHaveText('Ready to price', { timeout: WAIT.pipeline });

  // The size measured from the model, in every system.
  const measured = page.getByTestId('measured-ring-size');
  await expect(measured).toContainText('EU 54');
  await expect(measured).toContainText('RU 17');
  await expect(measured).toContainText('17.2 mm inside');
  const total = page.getByTestId('price-total');
  await expect(total).toContainText('€');
  const ownSize = await total.textContent();
  await page.getByText('Price breakdown').click();
  const breakdown = page.locator('details').filter({ hasText: 'Price breakdown' });
  await expect(breakdown).not.toContainText('Resized');

  // The chooser starts at the model's size; another size adds a resizing line and resizes the preview.
  await page.getByRole('radiogroup', { name: 'Size system' }).getByText('RU', { exact: true }).click();
  const size = page.getByLabel('Ring size (RU)');
  await expect(size.locator('option:checked')).toHaveText('RU 17 (your model)');
  await size.selectOption('18.5');
  await expect(total).not.toHaveText(ownSize ?? '');
  await expect(breakdown).toContainText(
    /Resized from EU 54 to EU 58 \(17\.2 → 18\.5 mm inside\): 3 × 0\.5 mm steps/,
  );
  // The preview is scaled by the size asked for over the hole measured (17.2 mm, to the mesh's 256-gon).
  const viewer = page.getByRole('img', { name: '3D view of the model' });
  await expect
    .poll(async () => Number(await viewer.getAttribute('data-radial-scale')))
    .toBeCloseTo(18.5 / 17.2, 3);

  // Smaller re-checks the wall at the new size.
  await size.selectOption('16');
  await expect(page.getByTestId('resized-wall')).toContainText('mm at the size chosen');

  // Beyond what a radial resize can do, the field says why and which sizes it can make.
  await size.selectOption('21');
  await expect(page.locator('#ring-size-error')).toContainText('we resize a ring by at most 2 mm');
  await expect(page.locator('#ring-size-error')).toContainText('Choose a size from EU 48 to EU 60');
  await page.screenshot({ path: 'e2e/.results/ring-size-upload.png', fullPage: true });

  // The constructor's solitaire has a 6.5 mm round stone: its own line, priced from the table.
  await page.goto('/build');
  await page.getByRole('button', { name: 'Solitaire ring' }).click();
  await expect(page.getByTestId('price-total').first()).toContainText('€');
  await page.getByText('Price breakdown').first().click();
  await expect(page.locator('details').filter({ hasText: 'Price breakdown' }).first()).toContainText(
    /Round stone 6\.5 mm, about 1\.0\d ct/,
  );
  await page.screenshot({ path: 'e2e/.results/build-stone-line.png', fullPage: true });
});
