import { seriousViolations } from '../support/axe';
import { type DemoRole, signIn } from '../support/demo';
import { expect, type Page, test } from '../support/test';

/**
 * Every page of the four faces through axe (WCAG 2.1 A and AA): no serious or critical violation.
 * The pages are checked once per locale in A11Y_LOCALES (the browser's language, which the app's
 * language follows).
 */
const A11Y_LOCALES = (process.env.E2E_A11Y_LOCALES ?? 'en-GB').split(',');

/** Waits until the page has drawn its content rather than its loading skeletons (a 3D view may take longer). */
async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('heading').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page
    .locator('.animate-pulse.bg-muted')
    .first()
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => undefined);
}

async function expectAccessible(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settle(page);
  expect.soft(await seriousViolations(page), `serious or critical violations on ${path}`).toEqual([]);
}

/** The first link on a list page to one of its items, e.g. /crm/orders → /crm/orders/<id>. */
async function firstLinkTo(page: Page, listPath: string, prefix: RegExp): Promise<string> {
  await page.goto(listPath);
  await settle(page);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((candidate) => prefix.test(candidate));
  expect(href, `a link matching ${prefix} on ${listPath}`).toBeTruthy();
  return href!;
}

const FACES: Array<{
  face: string;
  role: DemoRole | null;
  pages: string[];
  items?: Array<{ list: string; link: RegExp; also?: (href: string) => string[] }>;
}> = [
  {
    face: 'sign-in, sign-up and the API docs',
    role: null,
    pages: ['/sign-in', '/sign-up', '/home', '/api/docs'],
  },
  {
    face: 'shop',
    role: 'customer',
    pages: ['/', '/upload', '/build', '/cart', '/orders'],
    items: [{ list: '/orders', link: /^\/orders\/[0-9a-f-]{36}$/ }],
  },
  {
    face: 'CRM',
    role: 'seller',
    pages: [
      '/crm',
      '/crm/clients',
      '/crm/clients/new',
      '/crm/orders',
      '/crm/late',
      '/crm/partners',
      '/crm/rules',
    ],
    items: [
      {
        list: '/crm/clients',
        link: /^\/crm\/clients\/[0-9a-f-]{36}$/,
        also: (href) => [`${href}/edit`, `${href}/new-order`],
      },
      {
        list: '/crm/orders',
        link: /^\/crm\/orders\/[0-9a-f-]{36}$/,
        also: (href) => [`/flight-recorder?order=${href.split('/').at(-1)}`],
      },
      { list: '/crm/partners', link: /^\/crm\/partners\/[0-9a-f-]{36}$/ },
    ],
  },
  {
    face: 'MES console',
    role: 'operator',
    pages: ['/mes', '/mes/my-work', '/mes/trees', '/mes/earnings'],
    items: [{ list: '/mes', link: /^\/mes\/orders\/[0-9a-f-]{36}$/ }],
  },
  { face: 'admin', role: 'admin', pages: ['/admin', '/admin/users', '/admin/alloys', '/admin/earnings'] },
];

for (const locale of A11Y_LOCALES) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    for (const { face, role, pages, items = [] } of FACES) {
      test(`the ${face} pages have no serious or critical accessibility violations`, async ({ page }) => {
        test.setTimeout(180_000);
        if (role) await signIn(page, role);
        for (const path of pages) await expectAccessible(page, path);
        for (const item of items) {
          const href = await firstLinkTo(page, item.list, item.link);
          for (const path of [href, ...(item.also?.(href) ?? [])]) await expectAccessible(page, path);
        }
      });
    }
  });
}
