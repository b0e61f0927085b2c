/**
 * Walks every tRPC procedure with every role and checks the exact answer each role gets. The list of
 * procedures comes from the router itself: a procedure without an entry in ACCESS fails the test, so
 * no future procedure can slip through unchecked. Entries with `foreign` also call the procedure with
 * another owner's ids (another shopper's order, another operator's claim) and check the refusal.
 *
 * The REST routes (session routes and the partner API with two partners' keys) are walked against the
 * running server in e2e/admin/rest-authorization.spec.ts.
 */
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '@facet/auth/session-user';
import { createCastingTree } from '@facet/core/casting/create-casting-tree';
import { recordWaxWeight } from '@facet/core/casting/record-wax-weight';
import { addCartItem } from '@facet/core/shop/add-cart-item';
import { findCart } from '@facet/core/shop/find-cart';
import type { Role } from '@facet/db/enums';
import { webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { useTestDb } from '@facet/testing/db';
import {
  makeAlloy,
  makeApiKey,
  makeClient,
  makeModel,
  makeOrder,
  makePartner,
  makeUser,
} from '@facet/testing/factories';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

const { db } = useTestDb();
const createCaller = createCallerFactory(appRouter);

type Who = 'anonymous' | Role;
const EVERYONE: Who[] = ['anonymous', 'customer', 'seller', 'operator', 'admin'];
const SIGNED_IN: Who[] = ['customer', 'seller', 'operator', 'admin'];
const STAFF: Who[] = ['seller', 'admin'];
const FLOOR: Who[] = ['operator', 'admin'];
const ADMIN: Who[] = ['admin'];
const CUSTOMER: Who[] = ['customer'];

/** An answer: 'OK' or the tRPC error code. */
type Outcome = 'OK' | TRPCError['code'];

interface Caller {
  who: Who;
  user: SessionUser | null;
}

interface Access {
  /** Who gets a normal answer. The anonymous are told UNAUTHORIZED, other roles FORBIDDEN. */
  allowed: Who[];
  /** A fresh input per call (mutations change what they touch). */
  input?: (caller: Caller) => Promise<unknown> | unknown;
  /** Allowed at the door but refused by the rules behind it, with this answer. */
  refusedBy?: Partial<Record<Who, Outcome>>;
  /** Calls with another owner's ids, and the exact answer each gets. */
  foreign?: Array<{ who: Who; input: () => Promise<unknown> | unknown; expect: Outcome; why: string }>;
}

const people = {} as Record<Role | 'otherCustomer' | 'otherOperator', SessionUser>;
let alloyCode: string;
let customerModelId: string;
let otherModelId: string;
let partnerId: string;
let clientId: string;

async function userOf(role: Role, name: string): Promise<SessionUser> {
  const row = await makeUser(db, { role, name });
  return { id: row.id, name: row.name, email: row.email, role };
}

function actorOf(user: SessionUser) {
  return { kind: 'user' as const, userId: user.id, role: user.role, name: user.name };
}

const shippingAddress = {
  name: 'Chloe Martin',
  line1: '12 rue des Orfèvres',
  postalCode: '75001',
  city: 'Paris',
  country: 'France',
};

/** An item in `shopper`'s cart (opening the cart if needed). */
async function cartItemOf(shopper: SessionUser, modelId: string): Promise<string> {
  await addCartItem(db, actorOf(shopper), {
    modelId,
    alloyCode,
    finish: 'polished',
    scale: 1,
    quantity: 1,
  });
  const cart = await findCart(db, actorOf(shopper));
  const item = await db.query.orderItems.findFirst({ where: (items, { eq }) => eq(items.orderId, cart!.id) });
  return item!.id;
}

async function endpoint() {
  const [row] = await db
    .insert(webhookEndpoints)
    .values({ partnerId, url: 'https://example.test/hook', secret: 'whsec_test' })
    .returning();
  return row!;
}

async function delivery() {
  const hook = await endpoint();
  const [row] = await db
    .insert(webhookDeliveries)
    .values({
      endpointId: hook.id,
      eventKey: randomUUID(),
      eventType: 'order.updated',
      payload: { id: randomUUID(), type: 'order.updated', data: {} },
    })
    .returning();
  return row!;
}

const order = (overrides: Parameters<typeof makeOrder>[1] = {}) => makeOrder(db, overrides);
const claimedBy = (user: SessionUser | null) =>
  order({ status: 'MANUFACTURING_STARTED', claimedById: user?.id ?? null, claimedAt: new Date() });

/** An order of the test alloy, claimed by `user`, ready to go on a tree. */
const claimedForTree = (user: SessionUser | null) =>
  order({ status: 'MANUFACTURING_STARTED', alloyCode, claimedById: user?.id ?? null, claimedAt: new Date() });

let flaskNumber = 0;
/** An open tree built by `operator` (with one of their orders on it, and weighed, when asked). */
async function treeOf(operator: SessionUser, options: { withOrder?: boolean; weighed?: boolean } = {}) {
  const orderIds = options.withOrder ? [(await claimedForTree(operator)).id] : [];
  const tree = await createCastingTree(db, actorOf(operator), {
    flaskNumber: ++flaskNumber,
    alloyCode,
    orderIds,
  });
  if (options.weighed) await recordWaxWeight(db, actorOf(operator), { treeId: tree.id, waxWeightG: 4 });
  return { treeId: tree.id, orderId: orderIds[0] ?? null };
}

const period = () => ({ from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) });

const ACCESS: Record<string, Access> = {
  // Admin
  'admin.users.list': { allowed: ADMIN, input: () => ({}) },
  'admin.users.create': {
    allowed: ADMIN,
    input: () => ({
      name: 'New Person',
      email: `new-${randomUUID()}@facet.test`,
      role: 'seller',
      temporaryPassword: 'a temporary password',
    }),
  },
  'admin.users.changeRole': {
    allowed: ADMIN,
    input: async () => ({ userId: (await makeUser(db, { role: 'seller' })).id, role: 'operator' }),
  },
  'admin.users.setDisabled': {
    allowed: ADMIN,
    input: async () => ({ userId: (await makeUser(db, { role: 'seller' })).id, disabled: true }),
  },
  'admin.alloys.list': { allowed: ADMIN },
  'admin.alloys.updateCasting': {
    allowed: ADMIN,
    input: async () => ({ alloyId: (await makeAlloy(db)).id, waxRatio: 10.5, sprueAllowanceG: 25 }),
  },
  'admin.earnings.getReport': { allowed: ADMIN, input: period },
  'admin.earnings.exportCsv': { allowed: ADMIN, input: period },
  'admin.earnings.getRate': { allowed: ADMIN },
  'admin.earnings.setRate': { allowed: ADMIN, input: () => ({ kind: 'per_order', perOrderCents: 1500 }) },
  'admin.webhookNetworks.get': { allowed: ADMIN },
  'admin.webhookNetworks.set': { allowed: ADMIN, input: () => ({ networks: ['10.1.2.0/24'] }) },
  'admin.stones.list': { allowed: ADMIN },
  'admin.stones.listPriceHistory': { allowed: ADMIN },
  'admin.stones.setPrice': {
    allowed: ADMIN,
    input: () => ({ cut: 'oval', minCarats: 0.5, pricePerCaratCents: 45_000 }),
  },
  'admin.alloys.listPriceHistory': {
    allowed: ADMIN,
    input: async () => ({ alloyId: (await makeAlloy(db)).id }),
  },
  'admin.alloys.listDesignRuleHistory': {
    allowed: ADMIN,
    input: async () => ({ alloyId: (await makeAlloy(db)).id }),
  },
  'admin.alloys.updateDesignRules': {
    allowed: ADMIN,
    input: async () => ({
      alloyId: (await makeAlloy(db)).id,
      minWallMm: 0.7,
      minWireMm: 0.9,
      minDetailMm: 0.3,
      maxPieceMm: 100,
    }),
  },
  'admin.alloys.update': {
    allowed: ADMIN,
    input: async () => {
      const alloy = await makeAlloy(db);
      return {
        alloyId: alloy.id,
        densityGPerCm3: 10.4,
        pricePerGramCents: 130,
        castingLossPct: 8,
        workRates: alloy.workRates,
      };
    },
  },

  // Shop catalogue (open to everyone) and the account
  'shop.catalog.listAlloys': { allowed: EVERYONE },
  'shop.catalog.listStonePrices': { allowed: EVERYONE },
  'account.signUp': {
    allowed: EVERYONE,
    input: () => ({
      name: 'Noor',
      email: `noor-${randomUUID()}@example.test`,
      password: 'a long enough password',
    }),
  },
  'account.get': { allowed: SIGNED_IN },

  // CRM
  'crm.clients.search': { allowed: STAFF, input: () => ({ query: 'client' }) },
  'crm.clients.get': { allowed: STAFF, input: () => ({ clientId }) },
  'crm.clients.listOrders': { allowed: STAFF, input: () => ({ clientId }) },
  'crm.clients.listActivity': { allowed: STAFF, input: () => ({ clientId }) },
  'crm.clients.create': {
    allowed: STAFF,
    input: () => ({ kind: 'person', name: 'Walk-in Client', email: `walkin-${randomUUID()}@x.test` }),
  },
  'crm.clients.update': {
    allowed: STAFF,
    input: async () => ({
      clientId: (await makeClient(db)).id,
      kind: 'person',
      name: 'Renamed',
      phone: '+33 6 00 00 00 00',
    }),
  },
  'crm.clients.addNote': { allowed: STAFF, input: () => ({ clientId, body: 'Called about the size.' }) },
  'crm.clients.addContact': {
    allowed: STAFF,
    input: () => ({ clientId, name: 'Marc Petit', role: 'Accounts' }),
  },
  'crm.clients.removeContact': {
    allowed: STAFF,
    input: async ({ user }) => {
      const caller = createCaller({ db, user: people.seller, requestId: 'fixture' });
      const contact = await caller.crm.clients.addContact({ clientId, name: `Temp ${user?.role}` });
      return { contactId: contact.id };
    },
  },
  'crm.orders.list': { allowed: STAFF, input: () => ({ statuses: ['PRICE_CALCULATED'] }) },
  'crm.orders.listLate': { allowed: STAFF, input: () => ({}) },
  'crm.orders.createForClient': {
    allowed: STAFF,
    input: () => ({ clientId, items: [{ modelId: customerModelId, alloyCode }] }),
  },
  'crm.orders.hold': {
    allowed: STAFF,
    input: async () => ({
      orderId: (await order({ status: 'MANUFACTURING_APPROVED' })).id,
      reason: 'Waiting',
    }),
  },
  'crm.orders.resume': {
    allowed: STAFF,
    input: async () => ({
      orderId: (await order({ status: 'ON_HOLD', heldFromStatus: 'PRICE_CALCULATED' })).id,
    }),
  },
  'crm.orders.cancel': {
    allowed: STAFF,
    input: async () => ({
      orderId: (await order({ status: 'PRICE_CALCULATED' })).id,
      reason: 'Client asked',
    }),
  },
  'crm.orders.reject': {
    allowed: STAFF,
    input: async () => ({ orderId: (await order({ status: 'PRICE_CALCULATED' })).id, reason: 'Too thin' }),
  },
  'crm.orders.close': {
    allowed: STAFF,
    input: async () => ({ orderId: (await order({ status: 'SHIPPED' })).id }),
  },
  'crm.approvalRules.list': { allowed: STAFF },
  'crm.approvalRules.create': { allowed: STAFF, input: () => ({ kind: 'below_price', maxTotalCents: 100 }) },
  'crm.approvalRules.setActive': {
    allowed: STAFF,
    input: async () => {
      const caller = createCaller({ db, user: people.seller, requestId: 'fixture' });
      const rule = await caller.crm.approvalRules.create({ kind: 'below_price', maxTotalCents: 100 });
      return { ruleId: rule.id, active: false };
    },
  },
  'crm.partners.list': { allowed: STAFF },
  'crm.partners.get': {
    allowed: STAFF,
    input: () => ({ partnerId }),
    foreign: [
      {
        who: 'seller',
        input: () => ({ partnerId: randomUUID() }),
        expect: 'NOT_FOUND',
        why: 'no such partner',
      },
    ],
  },
  'crm.partners.makePartner': {
    allowed: STAFF,
    input: async () => ({
      clientId: (await makeClient(db, { kind: 'company', name: 'Co', companyName: 'Co Ltd' })).id,
    }),
  },
  'crm.partners.setTier': { allowed: STAFF, input: () => ({ partnerId, rateLimitTier: 'premium' }) },
  'crm.dashboard.get': { allowed: STAFF, input: () => ({}) },
  'crm.models.get': { allowed: STAFF, input: () => ({ modelId: customerModelId }) },

  // MES console
  'mes.listPool': { allowed: FLOOR, input: () => ({}) },
  'mes.listCards': {
    allowed: FLOOR,
    input: async () => ({ orderIds: [(await order({ status: 'MANUFACTURING_APPROVED' })).id] }),
  },
  'mes.listMyWork': { allowed: FLOOR },
  'mes.getOrder': {
    allowed: FLOOR,
    input: async () => ({ orderId: (await order({ status: 'MANUFACTURING_APPROVED' })).id }),
    foreign: [
      {
        who: 'operator',
        input: async () => ({ orderId: (await order({ status: 'PRICE_CALCULATED' })).id }),
        expect: 'NOT_FOUND',
        why: 'an order not yet approved is not the floor’s',
      },
    ],
  },
  'mes.countByStatus': { allowed: FLOOR },
  // A refused transition (not a floor role's move, not the claimant's order) is a 409, as on /api/v1.
  'mes.claim': {
    allowed: FLOOR,
    input: async () => ({ orderId: (await order({ status: 'MANUFACTURING_APPROVED' })).id }),
    // Admins look over the floor's shoulder; only operators claim (and are paid for) orders.
    refusedBy: { admin: 'CONFLICT' },
  },
  'mes.release': {
    allowed: FLOOR,
    input: async ({ user }) => ({ orderId: (await claimedBy(user)).id }),
    refusedBy: { admin: 'CONFLICT' },
    foreign: [
      {
        who: 'operator',
        input: async () => ({ orderId: (await claimedBy(people.otherOperator)).id }),
        expect: 'CONFLICT',
        why: 'only the claimant releases an order',
      },
    ],
  },
  'mes.advance': {
    allowed: FLOOR,
    input: async ({ user }) => ({ orderId: (await claimedBy(user)).id, from: 'MANUFACTURING_STARTED' }),
    refusedBy: { admin: 'CONFLICT' },
    foreign: [
      {
        who: 'operator',
        input: async () => ({
          orderId: (await claimedBy(people.otherOperator)).id,
          from: 'MANUFACTURING_STARTED',
        }),
        expect: 'CONFLICT',
        why: 'only the claimant moves an order through production',
      },
    ],
  },
  'mes.addNote': {
    allowed: FLOOR,
    input: async () => ({
      orderId: (await order({ status: 'MANUFACTURING_APPROVED' })).id,
      body: 'Sprue on the left.',
    }),
    foreign: [
      {
        who: 'operator',
        input: async () => ({ orderId: (await order({ status: 'SUBMITTED' })).id, body: 'x' }),
        expect: 'NOT_FOUND',
        why: 'an order not on the floor cannot be annotated there',
      },
    ],
  },

  'mes.listTrees': { allowed: FLOOR },
  'mes.getTree': {
    allowed: FLOOR,
    // The floor looks at each other's trees; only the builder changes one (below).
    input: async () => ({ treeId: (await treeOf(people.otherOperator)).treeId }),
  },
  'mes.createTree': {
    allowed: FLOOR,
    input: async ({ user }) => ({
      flaskNumber: ++flaskNumber,
      alloyCode,
      orderIds: [(await claimedForTree(user)).id],
    }),
    // Admins look over the floor's shoulder; trees are built and cast by the operators who claimed.
    refusedBy: { admin: 'UNPROCESSABLE_CONTENT' },
    foreign: [
      {
        who: 'operator',
        input: async () => ({
          flaskNumber: ++flaskNumber,
          alloyCode,
          orderIds: [(await claimedForTree(people.otherOperator)).id],
        }),
        expect: 'UNPROCESSABLE_CONTENT',
        why: 'another operator’s claimed order cannot go on my tree',
      },
    ],
  },
  'mes.addToTree': {
    allowed: FLOOR,
    input: async ({ user }) => ({
      treeId: (await treeOf(people.operator)).treeId,
      orderIds: [(await claimedForTree(user)).id],
    }),
    refusedBy: { admin: 'UNPROCESSABLE_CONTENT' },
    foreign: [
      {
        who: 'operator',
        input: async () => ({
          treeId: (await treeOf(people.otherOperator)).treeId,
          orderIds: [(await claimedForTree(people.operator)).id],
        }),
        expect: 'FORBIDDEN',
        why: 'another operator’s tree',
      },
    ],
  },
  'mes.removeFromTree': {
    allowed: FLOOR,
    input: async () => {
      const { treeId, orderId } = await treeOf(people.operator, { withOrder: true });
      return { treeId, orderId };
    },
    refusedBy: { admin: 'UNPROCESSABLE_CONTENT' },
    foreign: [
      {
        who: 'operator',
        input: async () => treeOf(people.otherOperator, { withOrder: true }),
        expect: 'FORBIDDEN',
        why: 'another operator’s tree',
      },
    ],
  },
  'mes.weighWax': {
    allowed: FLOOR,
    input: async () => ({ treeId: (await treeOf(people.operator)).treeId, waxWeightG: 3.2 }),
    refusedBy: { admin: 'UNPROCESSABLE_CONTENT' },
    foreign: [
      {
        who: 'operator',
        input: async () => ({ treeId: (await treeOf(people.otherOperator)).treeId, waxWeightG: 3.2 }),
        expect: 'FORBIDDEN',
        why: 'another operator’s tree',
      },
    ],
  },
  'mes.castTree': {
    allowed: FLOOR,
    input: async () => ({
      treeId: (await treeOf(people.operator, { withOrder: true, weighed: true })).treeId,
      metalIssuedG: 61.44,
      returnedPiecesG: 30,
      returnedButtonG: 30,
      returnedScrapG: 0.5,
    }),
    refusedBy: { admin: 'UNPROCESSABLE_CONTENT' },
    foreign: [
      {
        who: 'operator',
        input: async () => ({
          treeId: (await treeOf(people.otherOperator, { withOrder: true, weighed: true })).treeId,
          metalIssuedG: 61.44,
          returnedPiecesG: 30,
          returnedButtonG: 30,
          returnedScrapG: 0.5,
        }),
        expect: 'FORBIDDEN',
        why: 'another operator’s tree',
      },
    ],
  },
  // An operator's own figures only: the procedure takes no operator id to ask for another's.
  'mes.getMyEarnings': { allowed: FLOOR, input: period, refusedBy: { admin: 'UNPROCESSABLE_CONTENT' } },

  // CRM orders, and a shopper's own
  'crm.orders.approve': {
    allowed: STAFF,
    input: async () => ({ orderIds: [(await order({ status: 'PRICE_CALCULATED', totalCents: 9_900 })).id] }),
  },
  'crm.orders.get': {
    allowed: STAFF,
    input: async () => ({ orderId: (await order({ status: 'PRICE_CALCULATED' })).id }),
  },
  'shop.orders.get': {
    allowed: CUSTOMER,
    input: async () => ({
      orderId: (await order({ status: 'MANUFACTURING_APPROVED', customerUserId: people.customer.id })).id,
    }),
    foreign: [
      {
        who: 'customer',
        input: async () => ({ orderId: (await order({ customerUserId: people.otherCustomer.id })).id }),
        expect: 'NOT_FOUND',
        why: 'another shopper’s order',
      },
    ],
  },
  'crm.orders.getFlightRecord': { allowed: STAFF, input: async () => ({ reference: (await order()).id }) },
  'shop.orders.listMine': { allowed: CUSTOMER, input: () => ({}) },

  // CRM partners: keys, request log, webhooks
  'crm.partners.listKeys': { allowed: STAFF, input: () => ({ partnerId }) },
  'crm.partners.listRequests': { allowed: STAFF, input: () => ({ partnerId, status: '4xx' }) },
  'crm.partners.issueKey': { allowed: STAFF, input: () => ({ partnerId, name: 'ERP' }) },
  'crm.partners.revokeKey': {
    allowed: STAFF,
    input: async () => ({ apiKeyId: (await makeApiKey(db, partnerId)).apiKey.id }),
  },
  'crm.partners.listEndpoints': { allowed: STAFF, input: () => ({ partnerId }) },
  'crm.partners.createEndpoint': {
    allowed: STAFF,
    input: async () => ({
      partnerId: (await makePartner(db, `Hooks ${randomUUID()}`)).partner.id,
      url: 'https://example.test/h',
    }),
  },
  'crm.partners.updateEndpoint': {
    allowed: STAFF,
    input: async () => ({ endpointId: (await endpoint()).id, description: 'ERP' }),
  },
  'crm.partners.deleteEndpoint': {
    allowed: STAFF,
    input: async () => ({ endpointId: (await endpoint()).id }),
  },
  'crm.partners.testEndpoint': { allowed: STAFF, input: async () => ({ endpointId: (await endpoint()).id }) },
  'crm.partners.listDeliveries': {
    allowed: STAFF,
    input: async () => ({ endpointId: (await endpoint()).id }),
  },
  'crm.partners.replayDelivery': {
    allowed: STAFF,
    input: async () => ({ deliveryId: (await delivery()).id }),
  },

  // Shop
  'shop.getModel': {
    allowed: SIGNED_IN,
    input: () => ({ modelId: customerModelId }),
    foreign: [
      {
        who: 'customer',
        input: () => ({ modelId: otherModelId }),
        expect: 'NOT_FOUND',
        why: 'another shopper’s model',
      },
    ],
  },
  'shop.listMyModels': { allowed: CUSTOMER },
  'shop.listQuotes': {
    allowed: SIGNED_IN,
    input: () => ({ modelId: customerModelId }),
    foreign: [
      {
        who: 'customer',
        input: () => ({ modelId: otherModelId }),
        expect: 'NOT_FOUND',
        why: 'another shopper’s model',
      },
    ],
  },
  'shop.getCart': { allowed: CUSTOMER },
  'shop.addToCart': {
    allowed: CUSTOMER,
    input: () => ({ modelId: customerModelId, alloyCode }),
    foreign: [
      {
        who: 'customer',
        input: () => ({ modelId: otherModelId, alloyCode }),
        expect: 'NOT_FOUND',
        why: 'another shopper’s model cannot go in my cart',
      },
    ],
  },
  'shop.removeFromCart': {
    allowed: CUSTOMER,
    input: async () => ({ itemId: await cartItemOf(people.customer, customerModelId) }),
    foreign: [
      {
        who: 'customer',
        input: async () => ({ itemId: await cartItemOf(people.otherCustomer, otherModelId) }),
        expect: 'NOT_FOUND',
        why: 'an item in another shopper’s cart',
      },
    ],
  },
  'shop.checkOut': {
    allowed: CUSTOMER,
    input: async () => {
      await cartItemOf(people.customer, customerModelId);
      return { shippingAddress };
    },
  },
};

const PROCEDURES = Object.keys(
  (appRouter._def as unknown as { procedures: Record<string, unknown> }).procedures,
).sort();

beforeAll(async () => {
  people.customer = await userOf('customer', 'Chloe Martin');
  people.otherCustomer = await userOf('customer', 'Other Shopper');
  people.seller = await userOf('seller', 'Sam Moreau');
  people.operator = await userOf('operator', 'Olga Brandt');
  people.otherOperator = await userOf('operator', 'Anna Kowalski');
  people.admin = await userOf('admin', 'Ada Lindqvist');
  const analysis = {
    triangleCount: 8_000,
    vertexCount: 4_000,
    boundingBoxMm: { min: [-11, -11, -1.6], max: [11, 11, 1.6], size: [22, 22, 3.2] },
    surfaceAreaMm2: 1_250,
    volumeMm3: 480,
    shells: 1,
    watertight: true,
    boundaryEdges: 0,
    nonManifoldEdges: 0,
    degenerateFaces: 0,
  };
  alloyCode = (await makeAlloy(db)).code;
  customerModelId = (await makeModel(db, { ownerUserId: people.customer.id, status: 'ANALYSED', analysis }))
    .id;
  otherModelId = (await makeModel(db, { ownerUserId: people.otherCustomer.id, status: 'ANALYSED', analysis }))
    .id;
  partnerId = (await makePartner(db, 'Atelier Lumen')).partner.id;
  clientId = (await makeClient(db, { name: 'Client Card', email: 'card@x.test', userId: people.customer.id }))
    .id;
});

async function call(path: string, user: SessionUser | null, input: unknown): Promise<Outcome> {
  const caller = createCaller({ db, user, requestId: 'authorization-test' });
  const procedure = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  try {
    await (procedure as (input: unknown) => Promise<unknown>)(input);
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

function expectedFor(access: Access, who: Who): Outcome {
  if (!access.allowed.includes(who)) return who === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN';
  return access.refusedBy?.[who] ?? 'OK';
}

describe('authorization of every tRPC procedure', () => {
  it('has an expected-access entry for every procedure, and none for a procedure that is gone', () => {
    expect(PROCEDURES.filter((path) => !ACCESS[path])).toEqual([]);
    expect(Object.keys(ACCESS).filter((path) => !PROCEDURES.includes(path))).toEqual([]);
  });

  it.each(PROCEDURES)('%s answers each role exactly as expected', async (path) => {
    const access = ACCESS[path];
    if (!access) throw new Error(`No expected-access entry for ${path}: add one to ACCESS.`);
    const answers: Record<string, Outcome> = {};
    const expected: Record<string, Outcome> = {};
    for (const who of EVERYONE) {
      const user = who === 'anonymous' ? null : people[who];
      const input = await access.input?.({ who, user });
      answers[who] = await call(path, user, input);
      expected[who] = expectedFor(access, who);
    }
    for (const foreign of access.foreign ?? []) {
      const label = `${foreign.who} (${foreign.why})`;
      answers[label] = await call(path, people[foreign.who as Role], await foreign.input());
      expected[label] = foreign.expect;
    }
    expect(answers).toEqual(expected);
  });
});

describe('what each role sees', () => {
  it('shows a shopper only their own models and orders', async () => {
    await order({ customerUserId: people.otherCustomer.id });
    const customer = createCaller({ db, user: people.customer, requestId: 't' });
    expect((await customer.shop.listMyModels()).map((model) => model.id)).toEqual([customerModelId]);
    const mine = await customer.shop.orders.listMine({ limit: 100 });
    expect(mine.items.length).toBeGreaterThan(0);
    const owners = await Promise.all(
      mine.items.map(
        async (item) =>
          (await db.query.orders.findFirst({ where: (o, { eq: is }) => is(o.id, item.id) }))?.customerUserId,
      ),
    );
    expect(new Set(owners)).toEqual(new Set([people.customer.id]));
  });

  it('leaves orders an operator may not see out of the console cards', async () => {
    const approved = await order({ status: 'MANUFACTURING_APPROVED' });
    const priced = await order({ status: 'PRICE_CALCULATED' });
    const operator = createCaller({ db, user: people.operator, requestId: 't' });
    const cards = await operator.mes.listCards({ orderIds: [approved.id, priced.id] });
    expect(cards.map((card) => card.id)).toEqual([approved.id]);
  });
});
