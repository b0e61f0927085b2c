import { createDb } from '@facet/db/client';
import { DEMO_PASSWORD, SIGNED_IN_MS } from '../support/demo';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
} from '../support/test';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const OPERATORS = {
  olga: { email: 'operator@facet.local', name: 'Olga Brandt' },
  anna: { email: 'anna@facet.local', name: 'Anna Kowalski' },
} as const;

export async function signInAs(page: Page, person: { email: string; name: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(person.name, { timeout: SIGNED_IN_MS });
}

type SignedInState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Each person's session cookies, kept for the rest of the test worker once they have signed in. */
const sessions = new Map<string, SignedInState>();

/**
 * A page of its own (a new browser context) for `person`. The first one signs in through the form;
 * later ones start with that session, as a browser that stays signed in would, so a test that opens
 * three consoles does not render three sign-ins and three landing pages on a busy machine.
 */
export async function signedInPage(browser: Browser, person: { email: string; name: string }): Promise<Page> {
  const session = sessions.get(person.email);
  if (session) return (await browser.newContext({ storageState: session })).newPage();
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, person);
  sessions.set(person.email, await page.context().storageState());
  return page;
}

/**
 * The e2e stack's database (`facet_e2e_<started>_<web port>`, one per run), for setting up orders
 * the way the shop and the pricing worker would have left them.
 */
export async function openE2eDatabase() {
  const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
  const admin = createDb(ADMIN_URL, { max: 1, applicationName: 'facet-e2e-mes' });
  const [row] = await admin.sql<{ datname: string }[]>`
    select datname from pg_database where datname like ${`facet_e2e_%_${webPort}`}
    order by datname desc limit 1`;
  await admin.close();
  if (!row) throw new Error(`No e2e database for port ${webPort}: is the e2e stack running?`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${row.datname}`;
  return createDb(url.toString(), { max: 2, applicationName: 'facet-e2e-mes' });
}

type Sql = Awaited<ReturnType<typeof openE2eDatabase>>['sql'];

/** A priced order (PRICE_CALCULATED) of the demo customer, waiting for a seller's approval. */
export async function makePricedOrder(
  sql: Sql,
  alloyCode = 'AU750R',
): Promise<{ id: string; number: number }> {
  const [order] = await sql<{ id: string; number: string }[]>`
    insert into orders (id, status, channel, customer_user_id, alloy_code, total_cents)
    select gen_random_uuid(), 'PRICE_CALCULATED', 'shop', id, ${alloyCode}, 38900
    from users where email = 'customer@facet.local'
    returning id, number`;
  if (!order) throw new Error('The e2e database is not seeded');
  await sql`
    insert into order_items (id, order_id, position, model_id, alloy_id, alloy_code, ring_size, unit_price_cents)
    select gen_random_uuid(), ${order.id}, 0, (select id from models order by created_at limit 1), alloys.id,
      alloys.code, 54, 38900
    from alloys where code = ${alloyCode}`;
  return { id: order.id, number: Number(order.number) };
}

/** What a seller's "Approve" does: `crm.orders.approve` over tRPC (batch format, superjson). */
export async function approveAsSeller(request: APIRequestContext, orderIds: string[]): Promise<void> {
  const response = await request.post('/api/trpc/crm.orders.approve?batch=1', {
    data: { 0: { json: { orderIds } } },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const [result] = (await response.json()) as Array<{ result: { data: { json: { approved: string[] } } } }>;
  expect(result?.result.data.json.approved).toEqual(orderIds);
}

export function poolCard(page: Page, orderId: string) {
  return page.locator(`[data-testid="pool-card"][data-order-id="${orderId}"]`);
}
