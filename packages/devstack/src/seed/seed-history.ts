import '@facet/core/order-listeners';
import { setPayRate } from '@facet/core/earnings/pay-rate';
import { createOrder } from '@facet/core/orders/create-order';
import { ORDER_CHANGED_TOPIC } from '@facet/core/orders/order-changed';
import { priceOrder } from '@facet/core/orders/price-order';
import { transitionOrder } from '@facet/core/orders/transition-order';
import { advanceProduction } from '@facet/core/production/advance-production';
import { claimOrder } from '@facet/core/production/claim-order';
import type { IN_PRODUCTION_STATUSES } from '@facet/core/production/production-steps';
import type { Actor } from '@facet/core/shared/actor';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Db, DbOrTx } from '@facet/db/client';
import type { OrderChannel, OrderStatus } from '@facet/db/enums';
import { clients } from '@facet/db/schema/crm';
import { users } from '@facet/db/schema/identity';
import { models } from '@facet/db/schema/models';
import { outbox } from '@facet/db/schema/outbox';
import { partners } from '@facet/db/schema/partners';
import { makeTorus, makeUvSphere } from '@facet/mesh/generate';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { insertSampleModel } from './seed-demo';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Batches written at once, each on a connection of its own (as many as the pool gives). */
const WALKERS = 4;
/**
 * Orders written in one transaction, side by side. Walked one step per transaction, as live orders
 * are, the 90 days took some 6,500 statements and 1,270 writing commits (760 steps, 510 relay
 * wake-ups), each waiting for its disk flush. A batch commits once, and wakes the relay once; its
 * orders keep its connection busy while each waits for its own answers.
 */
const ORDERS_PER_BATCH = 16;

export interface SeedHistoryOptions {
  /** The end of the history: its newest order is placed before this. */
  now?: Date;
  days?: number;
  /** The same seed gives the same history. */
  seed?: number;
}

export interface HistoryReport {
  orders: number;
  days: number;
}

/** Where an order of the history ends, by how many days ago it was placed. */
type Ending = Exclude<OrderStatus, 'SUBMITTED' | 'FILE_UPLOADED'>;

/** A small deterministic generator (mulberry32), so every first run shows the same workshop. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, weighted: ReadonlyArray<readonly [T, number]>): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let dice = random() * total;
  for (const [value, weight] of weighted) {
    dice -= weight;
    if (dice < 0) return value;
  }
  return weighted.at(-1)![0];
}

/** Old orders have mostly been delivered; this week's are still on their way. */
function endingsAt(ageDays: number): ReadonlyArray<readonly [Ending, number]> {
  if (ageDays >= 21)
    return [
      ['CLOSED', 70],
      ['SHIPPED', 8],
      ['CANCELLED', 10],
      ['REJECTED', 6],
      ['INITIATED', 3],
      ['ON_HOLD', 3],
    ];
  if (ageDays >= 7)
    return [
      ['CLOSED', 25],
      ['SHIPPED', 25],
      ['PACKAGING', 12],
      ['MANUFACTURING_COMPLETED', 12],
      ['MANUFACTURING_STARTED', 10],
      ['CANCELLED', 8],
      ['ON_HOLD', 5],
      ['REJECTED', 3],
    ];
  return [
    ['PRICE_CALCULATED', 22],
    ['MANUFACTURING_APPROVED', 22],
    ['MANUFACTURING_STARTED', 20],
    ['MANUFACTURING_COMPLETED', 10],
    ['INITIATED', 8],
    ['ON_HOLD', 6],
    ['CANCELLED', 6],
    ['REJECTED', 6],
  ];
}

/** Every status an order of the history can end in: each is shown by at least one order. */
export const ENDINGS: readonly Ending[] = [
  'INITIATED',
  'PRICE_CALCULATED',
  'MANUFACTURING_APPROVED',
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
  'SHIPPED',
  'CLOSED',
  'REJECTED',
  'CANCELLED',
  'ON_HOLD',
];

/** The steps from placing to `ending`, each with who takes it; the clock is set when walking. */
type Step =
  | { kind: 'price' }
  | { kind: 'move'; to: OrderStatus; by: 'seller' | 'customer'; reason?: string }
  | { kind: 'claim' }
  | { kind: 'advance'; from: (typeof IN_PRODUCTION_STATUSES)[number] };

function stepsTo(ending: Ending, canceller: 'seller' | 'customer'): Step[] {
  if (ending === 'INITIATED') return [];
  if (ending === 'REJECTED')
    return [
      {
        kind: 'move',
        to: 'REJECTED',
        by: 'seller',
        reason: 'The band is 0.4 mm thick in places: too thin to cast. Please thicken it to at least 1 mm.',
      },
    ];
  const steps: Step[] = [{ kind: 'price' }];
  if (ending === 'PRICE_CALCULATED') return steps;
  if (ending === 'CANCELLED')
    return [...steps, { kind: 'move', to: 'CANCELLED', by: canceller, reason: 'Ordered the wrong size.' }];
  steps.push({ kind: 'move', to: 'MANUFACTURING_APPROVED', by: 'seller' });
  if (ending === 'ON_HOLD')
    return [
      ...steps,
      {
        kind: 'move',
        to: 'ON_HOLD',
        by: 'seller',
        reason: 'Waiting for the client to confirm the engraving.',
      },
    ];
  if (ending === 'MANUFACTURING_APPROVED') return steps;
  steps.push({ kind: 'claim' });
  const production = ['MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING'] as const;
  const last = ending === 'SHIPPED' || ending === 'CLOSED' ? 'SHIPPED' : ending;
  for (const from of production) {
    if (from === last) break;
    steps.push({ kind: 'advance', from });
  }
  if (ending === 'CLOSED') steps.push({ kind: 'move', to: 'CLOSED', by: 'seller' });
  return steps;
}

/** Typical waits before each step, in hours: pricing is quick, approval takes a while, casting days. */
function waitBefore(step: Step, random: () => number): number {
  switch (step.kind) {
    case 'price':
      return 0.05;
    case 'claim':
      return 2 + random() * 20;
    case 'advance':
      return 12 + random() * 36;
    case 'move':
      return step.to === 'CLOSED' ? 48 + random() * 96 : 1 + random() * 24;
  }
}

/**
 * Ninety days of a working workshop on top of the demo (`seedDemo`): orders placed every day through
 * the shop, the CRM and the partner API, priced, approved, claimed by either operator, taken through
 * production and closed — or rejected, cancelled, held — each through the same use cases as a live
 * order, dated when it happened, so timelines, status counts and the dashboard's rollups are exact.
 * An admin's pay rate makes the operators' earnings show.
 */
export async function seedDemoHistory(
  db: Db,
  storage: ObjectStorage,
  options: SeedHistoryOptions = {},
): Promise<HistoryReport> {
  const people = await db.select().from(users);
  const person = (email: string): Actor => {
    const user = people.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`The demo has no ${email}: seed the demo first`);
    return { kind: 'user', userId: user.id, role: user.role, name: user.name };
  };
  const customer = person('customer@facet.local');
  const seller = person('seller@facet.local');
  const admin = person('admin@facet.local');
  const operators = [person('operator@facet.local'), person('anna@facet.local')];
  const [partner] = await db.select().from(partners).where(eq(partners.name, 'Atelier Lumen'));
  if (!partner) throw new Error('The demo has no partner Atelier Lumen: seed the demo first');
  const partnerActor: Actor = { kind: 'partner', partnerId: partner.id, name: partner.name };
  const crmClients = await db.select({ id: clients.id }).from(clients);
  const customerModels = (
    await db.select({ id: models.id }).from(models).where(isNotNull(models.ownerUserId))
  ).map((model) => model.id);
  const partnerModels = [
    await insertSampleModel(
      db,
      storage,
      { name: 'lumen-band.stl', mesh: () => makeTorus(3_000, 9.8, 1.2) },
      { partnerId: partner.id },
    ),
    await insertSampleModel(
      db,
      storage,
      { name: 'lumen-drop.stl', mesh: () => makeUvSphere(1_200, 4.5) },
      { partnerId: partner.id },
    ),
  ];
  await setPayRate(db, admin, { kind: 'work_share', workSharePct: 12 });

  const planned = planHistory(
    {
      customer,
      seller,
      partner: partnerActor,
      operators,
      customerModels,
      partnerModels,
      crmClients: crmClients.map((client) => client.id),
    },
    options,
  );

  // Each walker takes the next few days' orders, so batches follow the calendar.
  let next = 0;
  const walker = async () => {
    while (next < planned.length) {
      const orders = planned.slice(next, next + ORDERS_PER_BATCH);
      next += orders.length;
      await db.transaction(async (tx) => {
        const batch = joining(tx);
        const walks = await Promise.allSettled(orders.map((order) => walkHistoricOrder(batch, order)));
        const failed = walks.find((walk) => walk.status === 'rejected');
        if (failed) throw failed.reason;
        await markPublished(
          batch,
          walks.map((walk) => (walk as PromiseFulfilledResult<string>).value),
        );
      });
    }
  };
  await Promise.all(Array.from({ length: WALKERS }, walker));
  return { orders: planned.length, days: options.days ?? 90 };
}

/** Who and what the history's orders are made of: the demo's people, models and clients. */
export interface HistoryCast {
  customer: Actor;
  seller: Actor;
  partner: Actor;
  operators: Actor[];
  customerModels: string[];
  partnerModels: string[];
  crmClients: string[];
}

/**
 * The history's orders, planned before any is written: every random draw in a fixed order, so a
 * seed and a day give one history.
 */
export function planHistory(cast: HistoryCast, options: SeedHistoryOptions = {}): HistoricOrder[] {
  const now = options.now ?? new Date();
  const days = options.days ?? 90;
  const random = randomFrom(options.seed ?? 2026);
  const { customer, seller, operators, customerModels, partnerModels, crmClients } = cast;

  const alloyCodes = ['AG925', 'AG925', 'AU585Y', 'AU750Y', 'AU750W', 'AU750R', 'PT950'];
  const planned: HistoricOrder[] = [];
  let placed = 0;
  for (let ageDays = days - 1; ageDays >= 0; ageDays -= 1) {
    // Midnight (UTC) of the day: its orders come in between 07:00 and 18:00 UTC, the same calendar
    // day in the workshop's time zone (Europe/Paris), so every day of the charts has its orders.
    const dayStart = Math.floor(now.getTime() / DAY_MS) * DAY_MS - ageDays * DAY_MS;
    // The shop takes orders every day: one at weekends; one to three on weekdays, a little more
    // lately (a workshop that grows). About 1.4 a day, 125–140 orders: every day of the charts has
    // a bar and each status a few orders, and the history is written in seconds.
    const weekday = new Date(dayStart).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const count = weekend ? 1 : 1 + Math.floor(random() * 1.6 + (days - ageDays) / days);
    for (let i = 0; i < count; i += 1) {
      // Placed during the day, earlier than now.
      const placedAt = new Date(
        Math.min(dayStart + (7 + random() * 11) * HOUR_MS, now.getTime() - HOUR_MS - random() * HOUR_MS),
      );
      const channel = pick<OrderChannel>(random, [
        ['shop', 50],
        ['crm', 25],
        ['api', 25],
      ]);
      const ending = pick(random, endingsAt(ageDays));
      // Only the shop keeps drafts.
      const finalEnding = channel !== 'shop' && ending === 'INITIATED' ? 'PRICE_CALCULATED' : ending;
      planned.push({
        serial: placed + 1,
        ageDays,
        channel,
        ending: finalEnding,
        placedAt,
        now,
        waitsMs: stepsTo(finalEnding, channel === 'shop' ? 'customer' : 'seller').map(
          (step) => waitBefore(step, random) * HOUR_MS,
        ),
        placer: channel === 'shop' ? customer : channel === 'crm' ? seller : cast.partner,
        seller,
        operator: operators[Math.floor(random() * operators.length)]!,
        item: {
          modelId:
            channel === 'api'
              ? partnerModels[placed % partnerModels.length]!
              : customerModels[placed % customerModels.length]!,
          alloyCode: alloyCodes[Math.floor(random() * alloyCodes.length)]!,
          finish: random() < 0.7 ? 'polished' : 'matte',
          scale: 1,
          quantity: random() < 0.85 ? 1 : 2,
          ringSize: null,
        },
        clientId: channel === 'crm' ? crmClients[placed % crmClients.length]! : null,
      });
      placed += 1;
    }
  }
  // The draws may leave a status without an order (say no parcel being packed this time): the
  // newest shop order of an age that ends so, among those whose own ending others share, takes it.
  for (const ending of ENDINGS) {
    if (planned.some((order) => order.ending === ending)) continue;
    const stand = planned.findLast(
      (order) =>
        order.channel === 'shop' &&
        endingsAt(order.ageDays).some(([possible]) => possible === ending) &&
        planned.filter((other) => other.ending === order.ending).length > 1,
    );
    if (!stand) continue;
    stand.ending = ending;
    stand.waitsMs = stepsTo(ending, 'customer').map((step) => waitBefore(step, random) * HOUR_MS);
  }
  return planned;
}

export interface HistoricOrder {
  /** Its place in the history, for a partner's own unique reference. */
  serial: number;
  ageDays: number;
  channel: OrderChannel;
  ending: Ending;
  placedAt: Date;
  now: Date;
  /** The wait before each of its steps. */
  waitsMs: number[];
  placer: Actor;
  seller: Actor;
  operator: Actor;
  item: Parameters<typeof createOrder>[2]['items'][number];
  clientId: string | null;
}

/**
 * The batch's transaction, in which each use case's own transaction joins the batch instead of
 * opening a savepoint. That saves two round trips per step (a third of the statements), and lets
 * the batch's orders be walked side by side on its one connection, their statements pipelined:
 * savepoints of orders walked side by side would release each other. Safe because the walk
 * recovers from no database error (any rolls the batch back), and the errors the use cases it calls
 * do recover from (pricing's lost race, an approval rule's move no longer allowed) are thrown before
 * they write anything.
 */
function joining(tx: DbOrTx): DbOrTx {
  const joined: DbOrTx = new Proxy(tx, {
    get: (target, key) =>
      key === 'transaction'
        ? (run: (inner: DbOrTx) => Promise<unknown>) => run(joined)
        : Reflect.get(target, key),
  });
  return joined;
}

/**
 * The history's order changes were told to no one when they happened, and there is no one to tell
 * now (no browser watches them, none is SUBMITTED and waiting for a price): their outbox rows are
 * written as the use cases write them and marked published in the same transaction, so the relay
 * does not push some 850 stale changes when the worker first starts. The demo partner has no
 * webhook endpoints, so the history queues no deliveries.
 */
async function markPublished(tx: DbOrTx, orderIds: string[]): Promise<void> {
  if (orderIds.length === 0) return;
  await tx
    .update(outbox)
    .set({ publishedAt: sql`now()` })
    .where(
      and(
        eq(outbox.topic, ORDER_CHANGED_TOPIC),
        inArray(outbox.aggregateId, orderIds),
        isNull(outbox.publishedAt),
      ),
    );
}

/** Takes one order through its steps with the use cases, in the caller's transaction; answers its id. */
async function walkHistoricOrder(db: DbOrTx, order: HistoricOrder): Promise<string> {
  const { placer, seller, operator } = order;
  const steps = stepsTo(order.ending, order.channel === 'shop' ? 'customer' : 'seller');
  // The waits, squeezed if need be so the last step is still in the past.
  const waits = order.waitsMs;
  const room = order.now.getTime() - order.placedAt.getTime() - HOUR_MS / 2;
  const total = waits.reduce((sum, wait) => sum + wait, 0);
  const squeeze = total > room ? room / total : 1;

  const created = await createOrder(
    db,
    placer,
    {
      items: [order.item],
      clientId: order.clientId,
      externalRef:
        order.channel === 'api' ? `PO-${order.placedAt.toISOString().slice(0, 10)}-${order.serial}` : null,
    },
    {
      channel: order.channel,
      initialStatus: order.ending === 'INITIATED' ? 'INITIATED' : 'SUBMITTED',
      at: order.placedAt,
    },
  );
  let clock = order.placedAt.getTime();
  for (const [index, step] of steps.entries()) {
    clock += waits[index]! * squeeze;
    const at = new Date(clock);
    switch (step.kind) {
      case 'price': {
        // A model the workshop cannot cast is rejected here, as it would be live: its story ends.
        const priced = await priceOrder(db, created.id, { at });
        if (priced.outcome !== 'priced') return created.id;
        break;
      }
      case 'claim':
        await claimOrder(db, operator, { orderId: created.id }, { at });
        break;
      case 'advance':
        await advanceProduction(db, operator, { orderId: created.id, from: step.from }, { at });
        break;
      case 'move':
        await transitionOrder(db, {
          orderId: created.id,
          to: step.to,
          actor: step.by === 'customer' ? placer : seller,
          reason: step.reason,
          at,
        });
        break;
    }
  }
  return created.id;
}
