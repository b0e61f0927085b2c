import type { Role } from '@facet/db/enums';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makeUser } from '@facet/testing/factories';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

const { db } = useTestDb();
const createCaller = createCallerFactory(appRouter);
const users: Partial<Record<Role, { id: string; name: string; email: string; role: Role }>> = {};

function callerAs(role: Role | 'anonymous') {
  const user = role === 'anonymous' ? null : users[role]!;
  return createCaller({ db, user, requestId: 'test' });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  for (const role of ['customer', 'seller', 'operator', 'admin'] as const) {
    const row = await makeUser(db, { role, name: `A ${role}` });
    users[role] = { id: row.id, name: row.name, email: row.email, role };
  }
  await makeOrder(db, { status: 'SUBMITTED', customerUserId: users.customer!.id });
});

describe('role procedures', () => {
  it.each([
    ['anonymous', 'UNAUTHORIZED', 'UNAUTHORIZED', 'UNAUTHORIZED'],
    ['customer', 'OK', 'FORBIDDEN', 'OK'],
    ['seller', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
    ['operator', 'OK', 'OK', 'FORBIDDEN'],
    ['admin', 'OK', 'OK', 'FORBIDDEN'],
  ] as const)('%s: me → %s, status counts → %s, own orders → %s', async (role, me, counts, mine) => {
    const caller = callerAs(role);
    expect(await codeOf(caller.account.get())).toBe(me);
    expect(await codeOf(caller.mes.countByStatus())).toBe(counts);
    expect(await codeOf(caller.shop.orders.listMine({ limit: 10 }))).toBe(mine);
  });

  it('shows a shopper only their own orders', async () => {
    const other = await makeUser(db, { role: 'customer' });
    await makeOrder(db, { status: 'SUBMITTED', customerUserId: other.id });
    const page = await callerAs('customer').shop.orders.listMine({ limit: 10 });
    expect(page.items).toHaveLength(1);
  });

  it('counts orders by status from the counters, matching the table', async () => {
    const counts = await callerAs('operator').mes.countByStatus();
    const rows = await db.execute<{ status: string; n: number }>(
      'select status, count(*)::int as n from orders group by status',
    );
    for (const row of rows) expect(counts[row.status as keyof typeof counts]).toBe(row.n);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(rows.reduce((sum, row) => sum + row.n, 0));
  });

  it('signs up a shopper, and refuses the same email twice naming the field', async () => {
    const input = { name: 'Noor', email: 'Noor@Example.com', password: 'a long enough password' };
    const user = await callerAs('anonymous').account.signUp(input);
    expect(user).toMatchObject({ email: 'noor@example.com', role: 'customer' });
    await expect(
      callerAs('anonymous').account.signUp({ ...input, email: 'noor@example.com' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'An account with this email already exists. Sign in instead.',
    });
  });
});
