import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@facet/db/client';
import type { OrderStatus, Role } from '@facet/db/enums';
import { clients } from '@facet/db/schema/crm';
import { users } from '@facet/db/schema/identity';
import { models } from '@facet/db/schema/models';
import { orderItems, orders } from '@facet/db/schema/orders';
import { apiKeys, partners } from '@facet/db/schema/partners';
import { alloys } from '@facet/db/schema/pricing';

type UserRow = typeof users.$inferSelect;
type OrderRow = typeof orders.$inferSelect;

/** A hash of "password123!" is not needed in most tests; sign-in tests hash their own. */
const UNUSABLE_HASH = '$argon2id$unusable';

export async function makeUser(
  db: Db,
  overrides: Partial<typeof users.$inferInsert> & { role?: Role } = {},
): Promise<UserRow> {
  const [user] = await db
    .insert(users)
    .values({
      email: `${overrides.role ?? 'customer'}-${randomUUID()}@example.test`,
      name: `Test ${overrides.role ?? 'customer'}`,
      passwordHash: UNUSABLE_HASH,
      ...overrides,
    })
    .returning();
  return user!;
}

export async function makeAlloy(db: Db, overrides: Partial<typeof alloys.$inferInsert> = {}) {
  const [alloy] = await db
    .insert(alloys)
    .values({
      code: `AG925-${randomUUID().slice(0, 8)}`,
      name: 'Sterling silver 925',
      metal: 'silver',
      colour: 'white',
      densityGPerCm3: 10.36,
      pricePerGramCents: 120,
      castingLossPct: 8,
      workRates: {
        castingBaseCents: 2500,
        perCm2Cents: 90,
        per10kTrianglesCents: 20,
        finishCents: { polished: 0, satin: 1500, matte: 1200 },
        engravingCents: 3000,
        resizeCents: 2500,
        leadTimeDays: 7,
      },
      designRules: { minWallMm: 0.8, minWireMm: 1, minDetailMm: 0.35, maxPieceMm: 120 },
      ...overrides,
    })
    .returning();
  return alloy!;
}

export async function makeModel(db: Db, overrides: Partial<typeof models.$inferInsert> = {}) {
  const [model] = await db
    .insert(models)
    .values({
      originalName: 'ring.stl',
      fileKey: `models/${randomUUID()}.stl`,
      format: 'stl',
      sizeBytes: 684,
      sha256: randomUUID().replaceAll('-', ''),
      ...overrides,
    })
    .returning();
  return model!;
}

export async function makeOrder(
  db: Db,
  overrides: Partial<Omit<typeof orders.$inferInsert, 'number'>> & { status?: OrderStatus } = {},
): Promise<OrderRow> {
  const [order] = await db
    .insert(orders)
    .values({ status: 'SUBMITTED', channel: 'shop', alloyCode: 'AG925', ...overrides })
    .returning();
  return order!;
}

export async function makePartner(
  db: Db,
  name = 'Atelier Test',
  overrides: Partial<Omit<typeof partners.$inferInsert, 'clientId' | 'name'>> = {},
) {
  const [client] = await db.insert(clients).values({ kind: 'company', name, companyName: name }).returning();
  const [partner] = await db
    .insert(partners)
    .values({ clientId: client!.id, name, ...overrides })
    .returning();
  return { client: client!, partner: partner! };
}

export async function makeOrderItem(
  db: Db,
  overrides: Omit<typeof orderItems.$inferInsert, 'position'> & { position?: number },
) {
  const [item] = await db
    .insert(orderItems)
    .values({ position: 0, ...overrides })
    .returning();
  return item!;
}

/** A partner API key in the format of @facet/auth's generateApiKey; returns the key itself too. */
export async function makeApiKey(
  db: Db,
  partnerId: string,
  overrides: Partial<typeof apiKeys.$inferInsert> = {},
) {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  const key = `fct_${overrides.mode ?? 'live'}_${Array.from(randomBytes(32), (byte) => alphabet[byte % 36]).join('')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({
      partnerId,
      name: 'Test key',
      prefix: key.slice(0, 13),
      keyHash: createHash('sha256').update(key).digest('hex'),
      lastFour: key.slice(-4),
      scopes: [
        'models:write',
        'models:read',
        'orders:write',
        'orders:read',
        'webhooks:manage',
        'requests:read',
      ],
      ...overrides,
    })
    .returning();
  return { key, apiKey: row! };
}

/** A CRM client (a person unless told otherwise). */
export async function makeClient(db: Db, overrides: Partial<typeof clients.$inferInsert> = {}) {
  const [client] = await db
    .insert(clients)
    .values({ kind: 'person', name: `Client ${randomUUID().slice(0, 8)}`, ...overrides })
    .returning();
  return client!;
}
