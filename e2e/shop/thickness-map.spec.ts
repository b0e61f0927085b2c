import { budget, WAIT } from '../support/budgets';
import { signUpShopper } from '../support/demo';
import { openBoxStl, thinRingStl } from '../support/models';
import { expect, type Locator, test } from '../support/test';

/** Share of the canvas's pixels painted in the thickness map's "too thin" red (shaded by the lamps). */
async function thinPaintedShare(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const copy = document.createElement('canvas');
    copy.width = element.width;
    copy.height = element.height;
    const context = copy.getContext('2d')!;
    context.drawImage(element, 0, 0);
    const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
    let red = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r > 90 && r > 2.2 * g && r > 2.2 * b) red++;
    }
    return red / (pixels.length / 4);
  });
}

test('a shopper toggles Thickness on a ring thinned in one place and sees the thin band painted red, the minimum on the legend, and flies to it', async ({
  page,
}) => {
  // Analysed and previewed by the worker, then drawn in software.
  test.setTimeout(budget(WAIT.pipeline, WAIT.pipeline, WAIT.firstFrame));
  await signUpShopper(page);
  await page.goto('/upload');
  await page
    .locator('#model-files')
    .setInputFiles({ name: 'thin-band.stl', mimeType: 'model/stl', buffer: thinRingStl() });
  await expect(page.getByTestId('file-status')).toHaveText('Ready to price', { timeout: WAIT.pipeline });

  const toggle = page.getByRole('button', { name: 'Thickness' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const view = page.getByTestId('thickness-view');
  await expect(view).toHaveAttribute('data-state', 'ready', { timeout: WAIT.pipeline + WAIT.firstFrame });
  await expect(page.getByTestId('thickness-legend')).toContainText(
    'Minimum for Sterling silver 925: 0.80 mm',
  );
  await expect(page.getByTestId('thickness-summary')).toContainText(/Thinnest wall 0\.(29|30|31) mm/);

  const canvas = view.locator('canvas');
  await expect.poll(() => thinPaintedShare(canvas), { timeout: WAIT.firstFrame }).toBeGreaterThan(0.002);
  const before = await thinPaintedShare(canvas);

  // The thin place is listed; a click flies the camera to it, so it fills more of the view.
  const place = page.getByTestId('thin-region').first();
  await expect(place).toContainText(/Too thin place 1: 0\.(29|30|31) mm/);
  await place.click();
  await expect.poll(() => thinPaintedShare(canvas), { timeout: WAIT.firstFrame }).toBeGreaterThan(before * 2);
  await page.screenshot({ path: test.info().outputPath('thickness-map.png'), fullPage: true });
});

test('a model whose wall cannot be measured says "thickness unknown" and why, and shows its hole', async ({
  page,
}) => {
  test.setTimeout(budget(WAIT.pipeline, WAIT.pipeline));
  await signUpShopper(page);
  await page.goto('/upload');
  await page
    .locator('#model-files')
    .setInputFiles({ name: 'open-box.stl', mimeType: 'model/stl', buffer: openBoxStl() });
  await expect(page.getByRole('list', { name: 'Problems with the model' })).toBeVisible({
    timeout: WAIT.pipeline,
  });
  await page.getByRole('button', { name: 'Thickness' }).click();
  await expect(page.getByTestId('thickness-unknown')).toHaveText(
    /^Thickness unknown: the model is open \(it has holes/,
  );
  await expect(page.getByTestId('hole-loop')).toContainText('Hole 1: 4 edges, 40.0 mm around');
  await expect(page.getByTestId('thickness-view')).toHaveAttribute('data-state', 'ready', {
    timeout: WAIT.pipeline,
  });
});
