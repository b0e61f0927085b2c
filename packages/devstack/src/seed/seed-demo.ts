import '@facet/core/order-listeners';
import { generateApiKey } from '@facet/auth/api-key';
import { hashPassword } from '@facet/auth/password';
import { defaultDesignRulesFor } from '@facet/core/castability/design-rules';
import { MODEL_ANALYSED_TOPIC, recordModelEvent } from '@facet/core/models/model-events';
import { createOrder } from '@facet/core/orders/create-order';
import { priceOrder } from '@facet/core/orders/price-order';
import { transitionOrder } from '@facet/core/orders/transition-order';
import type { Actor } from '@facet/core/shared/actor';
import { installationCurrency } from '@facet/core/shared/currency';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Db } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { clients, contacts } from '@facet/db/schema/crm';
import { users } from '@facet/db/schema/identity';
import { models } from '@facet/db/schema/models';
import { apiKeys, partners } from '@facet/db/schema/partners';
import { alloys } from '@facet/db/schema/pricing';
import { analyseMeshWithThickness } from '@facet/mesh/analyse';
import { makeTorus, makeUvSphere } from '@facet/mesh/generate';
import type { IndexedMesh } from '@facet/mesh/mesh';
import { writeBinaryStl } from '@facet/mesh/write';
import { demoAlloysIn } from './alloys';
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_USERS } from './demo-people';

export interface SeedReport {
  logins: Array<{ role: string; email: string; password: string }>;
  partnerName: string;
  /** Shown once: only its hash is stored. */
  apiKey: string;
}

/** Where each sample order is taken, step by step, so its timeline is real. */
const JOURNEYS: Array<{ to: OrderStatus; count: number; alloy: string }> = [
  { to: 'INITIATED', count: 1, alloy: 'AG925' },
  { to: 'FILE_UPLOADED', count: 1, alloy: 'AG925' },
  { to: 'SUBMITTED', count: 1, alloy: 'AU585Y' },
  { to: 'PRICE_CALCULATED', count: 3, alloy: 'AU750Y' },
  { to: 'MANUFACTURING_APPROVED', count: 6, alloy: 'AU750R' },
  { to: 'MANUFACTURING_STARTED', count: 2, alloy: 'PT950' },
  { to: 'MANUFACTURING_COMPLETED', count: 1, alloy: 'AU585W' },
  { to: 'PACKAGING', count: 1, alloy: 'AG925' },
  { to: 'SHIPPED', count: 1, alloy: 'AU750W' },
  { to: 'CLOSED', count: 3, alloy: 'AG925' },
  { to: 'REJECTED', count: 1, alloy: 'AU585R' },
  { to: 'CANCELLED', count: 1, alloy: 'AG925' },
  { to: 'ON_HOLD', count: 1, alloy: 'AU750Y' },
];

const PATH: OrderStatus[] = [
  'SUBMITTED',
  'PRICE_CALCULATED',
  'MANUFACTURING_APPROVED',
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
  'SHIPPED',
  'CLOSED',
];

const SAMPLE_MODELS: Array<{ name: string; mesh: () => IndexedMesh }> = [
  { name: 'signet-ring.stl', mesh: () => makeTorus(4_000, 10.2, 1.6) },
  { name: 'slim-band.stl', mesh: () => makeTorus(3_000, 9.4, 0.9) },
  { name: 'bead-pendant.stl', mesh: () => makeUvSphere(2_000, 6) },
  { name: 'stud-earring.stl', mesh: () => makeUvSphere(800, 3) },
];

export async function isSeeded(db: Db): Promise<boolean> {
  const [user] = await db.select({ id: users.id }).from(users).limit(1);
  return Boolean(user);
}

export async function seedDemo(db: Db, storage: ObjectStorage): Promise<SeedReport> {
  await db.insert(alloys).values(
    demoAlloysIn(installationCurrency()).map((alloy) => ({
      ...alloy,
      waxRatio: alloy.densityGPerCm3,
      designRules: defaultDesignRulesFor(alloy.metal),
    })),
  );

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = await db
    .insert(users)
    .values(DEMO_USERS.map((user) => ({ ...user, passwordHash })))
    .returning();
  const byEmail = (email: string) => people.find((person) => person.email === email)!;
  const asActor = (email: string): Actor => {
    const user = byEmail(email);
    return { kind: 'user', userId: user.id, role: user.role, name: user.name };
  };
  const customer = asActor('customer@facet.local');
  const seller = asActor('seller@facet.local');
  const operators = [asActor('operator@facet.local'), asActor('anna@facet.local')];

  const seededClients = await db
    .insert(clients)
    .values(
      DEMO_CLIENTS.map((client) => ({
        ...client,
        userId: client.email === 'customer@facet.local' ? byEmail(client.email).id : null,
      })),
    )
    .returning();
  const atelier = seededClients.find((client) => client.name === 'Atelier Lumen')!;
  await db.insert(contacts).values([
    {
      clientId: atelier.id,
      name: 'Claire Dubois',
      role: 'Head of production',
      email: 'claire@atelier-lumen.example',
    },
    { clientId: atelier.id, name: 'Marc Petit', role: 'Accounts', phone: '+33 1 84 88 12 09' },
  ]);
  const [partner] = await db
    .insert(partners)
    .values({ clientId: atelier.id, name: 'Atelier Lumen' })
    .returning();
  const key = generateApiKey();
  await db.insert(apiKeys).values({
    partnerId: partner!.id,
    name: 'Demo key',
    prefix: key.prefix,
    keyHash: key.keyHash,
    lastFour: key.lastFour,
    scopes: [
      'models:write',
      'models:read',
      'orders:write',
      'orders:read',
      'webhooks:manage',
      'requests:read',
    ],
    createdById: byEmail('seller@facet.local').id,
  });

  const modelIds: string[] = [];
  for (const sample of SAMPLE_MODELS) {
    modelIds.push(
      await insertSampleModel(db, storage, sample, { ownerUserId: byEmail('customer@facet.local').id }),
    );
  }

  let n = 0;
  for (const journey of JOURNEYS) {
    for (let i = 0; i < journey.count; i += 1) {
      n += 1;
      const item = {
        modelId: modelIds[n % modelIds.length]!,
        alloyCode: journey.alloy,
        finish: 'polished' as const,
        scale: 1,
        quantity: 1,
        ringSize: null,
      };
      await walkOrder(db, journey.to, { customer, seller, operator: operators[n % 2]!, item });
    }
  }

  return {
    logins: DEMO_USERS.map((user) => ({ role: user.role, email: user.email, password: DEMO_PASSWORD })),
    partnerName: 'Atelier Lumen',
    apiKey: key.key,
  };
}

/** Stores a generated model as analysed, as an upload would leave it; the worker makes its previews. */
export async function insertSampleModel(
  db: Db,
  storage: ObjectStorage,
  sample: { name: string; mesh: () => IndexedMesh },
  owner: { ownerUserId: string } | { partnerId: string },
): Promise<string> {
  const mesh = sample.mesh();
  const bytes = writeBinaryStl(mesh);
  const id = crypto.randomUUID();
  const stored = await storage.put(`models/${id}/original.stl`, bytes);
  const [model] = await db
    .insert(models)
    .values({
      id,
      ...owner,
      originalName: sample.name,
      fileKey: stored.key,
      format: 'stl',
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      status: 'ANALYSED',
      analysis: analyseMeshWithThickness(mesh).analysis,
    })
    .returning();
  await recordModelEvent(db, MODEL_ANALYSED_TOPIC, model!);
  return id;
}

interface Cast {
  customer: Actor;
  seller: Actor;
  operator: Actor;
  item: Parameters<typeof createOrder>[2]['items'][number];
}

/** Creates an order and moves it, the way people and the system would, until it reaches `target`. */
async function walkOrder(db: Db, target: OrderStatus, cast: Cast): Promise<void> {
  const draft = target === 'INITIATED' || target === 'FILE_UPLOADED';
  const order = await createOrder(
    db,
    cast.customer,
    { items: [cast.item] },
    {
      channel: 'shop',
      initialStatus: draft ? 'INITIATED' : 'SUBMITTED',
      // Priced below, as the pricing job would, so that one order can rest in SUBMITTED.
      priceAtOnce: false,
    },
  );
  const move = (to: OrderStatus, actor: Actor, reason?: string) =>
    transitionOrder(db, {
      orderId: order.id,
      to,
      actor,
      reason,
      changes:
        to === 'MANUFACTURING_STARTED' && actor.kind === 'user'
          ? { claimedById: actor.userId, claimedAt: new Date() }
          : undefined,
    });
  if (target === 'FILE_UPLOADED') await move('FILE_UPLOADED', cast.customer);
  if (draft || target === 'SUBMITTED') return;
  if (target === 'REJECTED') {
    await move(
      'REJECTED',
      cast.seller,
      'The band is 0.4 mm thick in places: too thin to cast. Please thicken it to at least 1 mm.',
    );
    return;
  }
  await priceOrder(db, order.id);
  if (target === 'CANCELLED') {
    await move('CANCELLED', cast.customer, 'Ordered the wrong size.');
    return;
  }
  const stop = target === 'ON_HOLD' ? 'MANUFACTURING_APPROVED' : target;
  for (const status of PATH.slice(2, PATH.indexOf(stop) + 1)) {
    const actor = status === 'MANUFACTURING_APPROVED' || status === 'CLOSED' ? cast.seller : cast.operator;
    await move(status, actor);
  }
  if (target === 'ON_HOLD')
    await move('ON_HOLD', cast.seller, 'Waiting for the customer to confirm the engraving.');
}
