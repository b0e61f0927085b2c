import { createHash, randomBytes } from 'node:crypto';
import { createDb } from '@facet/db/client';
import { DEMO_PASSWORD, type DemoRole, signIn } from '../support/demo';
import { type Browser, expect, type Page } from '../support/test';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type E2eDatabase = ReturnType<typeof createDb>;

/** The e2e stack's own database for this web port (`facet_e2e_<started>_<port>`), to set up data. */
export async function openStackDatabase(): Promise<E2eDatabase> {
  const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
  const admin = createDb(ADMIN_URL, { max: 1, applicationName: 'facet-e2e-crm' });
  const [row] = await admin.sql<{ datname: string }[]>`
    select datname from pg_database where datname like ${`facet_e2e_%_${webPort}`}
    order by datname desc limit 1`;
  await admin.close();
  if (!row) throw new Error(`No e2e database for port ${webPort}: is the e2e stack running?`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${row.datname}`;
  return createDb(url.toString(), { max: 2, applicationName: 'facet-e2e-crm' });
}

/** A priced order (PRICE_CALCULATED) of the demo shopper Chloe Martin, with one item and its breakdown. */
export async function makePricedOrderForChloe(
  database: E2eDatabase,
): Promise<{ id: string; number: number }> {
  const { sql } = database;
  const [order] = await sql<{ id: string; number: string }[]>`
    insert into orders (id, status, channel, customer_user_id, alloy_code, total_cents, lead_time_days, promised_at)
    select gen_random_uuid(), 'PRICE_CALCULATED', 'shop', id, 'AU750Y', 41200, 7, now() + interval '7 days'
    from users where email = 'customer@facet.local'
    returning id, number`;
  if (!order) throw new Error('The e2e database is not seeded');
  await sql`
    insert into order_items (id, order_id, position, model_id, alloy_id, alloy_code, unit_price_cents)
    select gen_random_uuid(), ${order.id}, 0, (select id from models order by created_at limit 1), alloys.id,
      alloys.code, 41200
    from alloys where code = 'AU750Y'`;
  await sql`
    insert into order_events (order_id, version, type, to_status, actor_kind, actor_name)
    values (${order.id}, 1, 'created', 'PRICE_CALCULATED', 'system', 'E2E set-up')`;
  return { id: order.id, number: Number(order.number) };
}

/** A page in its own browser context, signed in as a demo role. */
export async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

export async function signInWith(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A partner (a company client turned partner) with a live key of every scope, written straight to the database. */
export async function makePartnerWithKey(database: E2eDatabase, name: string) {
  const { sql } = database;
  const [partner] = await sql<{ id: string }[]>`
    with client as (
      insert into clients (id, kind, name, company_name) values (gen_random_uuid(), 'company', ${name}, ${name})
      returning id
    )
    insert into partners (id, client_id, name) select gen_random_uuid(), client.id, ${name} from client
    returning id`;
  return { partnerId: partner!.id, key: await addPartnerKey(database, partner!.id, 'live') };
}

/** A new key of the partner, live or for the sandbox, with every scope. */
export async function addPartnerKey(
  database: E2eDatabase,
  partnerId: string,
  mode: 'live' | 'test',
): Promise<string> {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  const key = `fct_${mode}_${Array.from(randomBytes(32), (byte) => alphabet[byte % 36]).join('')}`;
  await database.sql`
    insert into api_keys (id, partner_id, name, prefix, key_hash, last_four, scopes, mode)
    values (gen_random_uuid(), ${partnerId}, 'e2e', ${key.slice(0, 13)},
      ${createHash('sha256').update(key).digest('hex')}, ${key.slice(-4)},
      ${['models:write', 'models:read', 'orders:write', 'orders:read', 'webhooks:manage', 'requests:read']},
      ${mode})`;
  return key;
}

/** A castable, analysed model of a partner (as if uploaded through the API and analysed by the worker). */
export async function makePartnerModel(
  database: E2eDatabase,
  partnerId: string,
  mode: 'live' | 'test' = 'live',
): Promise<string> {
  const [model] = await database.sql<{ id: string }[]>`
    insert into models (id, partner_id, original_name, file_key, format, size_bytes, sha256, status, analysis, mode)
    select gen_random_uuid(), ${partnerId}, 'partner-ring.stl', file_key, format, size_bytes,
      encode(sha256(gen_random_uuid()::text::bytea), 'hex'), 'ANALYSED', analysis, ${mode}
    from models where status = 'ANALYSED' order by created_at limit 1
    returning id`;
  return model!.id;
}

export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: text }).first()).toBeVisible();
}

/** How people see an order number: FCT-001042. */
export function orderLabel(number: number): string {
  return `FCT-${String(number).padStart(6, '0')}`;
}
