/**
 * A refusal of the domain reaches the browser in the user's language: the tRPC error's message is
 * the catalogue's text in `ctx.locale`, the English one when there is none.
 */

import type { SessionUser } from '@facet/auth/session-user';
import type { Locale } from '@facet/core/i18n/locale';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makeUser } from '@facet/testing/factories';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import superjson from 'superjson';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root';

const { db } = useTestDb();
let seller: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  const row = await makeUser(db, { role: 'seller', name: 'Sveta Seller' });
  seller = { id: row.id, name: row.name, email: row.email, role: 'seller' };
  const adminRow = await makeUser(db, { role: 'admin', name: 'Anna Admin' });
  admin = { id: adminRow.id, name: adminRow.name, email: adminRow.email, role: 'admin' };
});

/** Calls a mutation over HTTP, as the browser does, and returns the error's status and shape. */
async function refusal(path: string, input: unknown, locale?: Locale, user: SessionUser | null = seller) {
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: new Request(`http://facet.test/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    router: appRouter,
    createContext: () => ({ db, user, requestId: 'req-messages', ...(locale ? { locale } : {}) }),
  });
  const body = (await response.json()) as {
    error: { json: { message: string; data: { code: string; httpStatus: number } } };
  };
  return { status: response.status, ...body.error.json };
}

describe('a refusal in the user’s language', () => {
  it('says in Russian to a Russian-speaking seller, and in English otherwise, that the order is not on hold', async () => {
    const order = await makeOrder(db, { status: 'SUBMITTED' });
    const russian = await refusal('crm.orders.resume', { orderId: order.id }, 'ru');
    expect(russian).toMatchObject({
      status: 409,
      message: 'Заказ не на паузе.',
      data: { code: 'CONFLICT', httpStatus: 409 },
    });
    const english = await refusal('crm.orders.resume', { orderId: order.id }, 'en');
    expect(english).toMatchObject({ status: 409, message: 'This order is not on hold.' });
    const unsaid = await refusal('crm.orders.resume', { orderId: order.id });
    expect(unsaid.message).toBe('This order is not on hold.');
  });

  it('renders the params of the message in either language', async () => {
    const missing = { orderId: '0190f0c4-0000-7000-8000-000000000000' };
    expect((await refusal('crm.orders.resume', missing, 'ru')).message).toBe('Такого заказа нет.');
    expect((await refusal('crm.orders.resume', missing, 'en')).message).toBe('No such order.');
  });

  it('tells an administrator in Russian that their own account cannot be disabled', async () => {
    const input = { userId: admin.id, disabled: true };
    expect(await refusal('admin.users.setDisabled', input, 'ru', admin)).toMatchObject({
      status: 409,
      message: 'Свою учётную запись отключить нельзя.',
    });
    expect((await refusal('admin.users.setDisabled', input, 'en', admin)).message).toBe(
      'You cannot disable your own account.',
    );
  });

  it('tells a seller in Russian that there is no such client', async () => {
    const input = { clientId: '0190f0c4-0000-7000-8000-000000000000', body: 'Called about the ring.' };
    expect(await refusal('crm.clients.addNote', input, 'ru')).toMatchObject({
      status: 404,
      message: 'Такого клиента нет.',
    });
    expect((await refusal('crm.clients.addNote', input, 'en')).message).toBe('No such client.');
  });

  it('asks a signed-out visitor to sign in, and tells a seller an admin page is not theirs, in Russian', async () => {
    const input = { userId: admin.id, disabled: true };
    expect(await refusal('admin.users.setDisabled', input, 'ru', null)).toMatchObject({
      status: 401,
      message: 'Войдите, чтобы продолжить.',
      data: { code: 'UNAUTHORIZED' },
    });
    expect(await refusal('admin.users.setDisabled', input, 'ru', seller)).toMatchObject({
      status: 403,
      message: 'Вашей роли это недоступно.',
      data: { code: 'FORBIDDEN' },
    });
    expect((await refusal('admin.users.setDisabled', input, 'en', null)).message).toBe(
      'Sign in to continue.',
    );
  });
});
