import { type DbOrTx, inTransaction } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { type PreparedQuery, preparedQuery } from '@facet/db/prepared';
import { people } from '@facet/db/schema/identity';
import { orders } from '@facet/db/schema/orders';
import { and, eq, sql } from 'drizzle-orm';
import { type DomainMessage, domainMessage } from '../i18n/domain-messages';
import { type Actor, actorRole } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertCanSeeOrder } from './order-access';
import { orderChangeListeners } from './order-change-listeners';
import type { OrderChangedPayload } from './order-changed';
import { reasonOf, recordOrderEvent } from './order-events';
import { checkTransition } from './transitions';

type OrderRow = typeof orders.$inferSelect;
type OrderChanges = Partial<Omit<typeof orders.$inferInsert, 'id' | 'number' | 'status' | 'version'>>;

export interface TransitionOrderInput {
  orderId: string;
  /**
   * The order as the caller read or wrote it in this same transaction, so it is not read again. A
   * stale row costs nothing but a retry: the UPDATE checks its status and version.
   */
  current?: OrderRow;
  to: OrderStatus;
  actor: Actor;
  /** Why: as a person typed it, or as the system says it (a catalogue message). */
  reason?: string | DomainMessage | null;
  /** Other columns that change with the status (a price, the claimant). */
  changes?: OrderChanges;
  /** Extra facts for the timeline row. */
  data?: Record<string, unknown>;
  /** When given, the change only applies if the order is still at this status. */
  expectedStatus?: OrderStatus;
  /** More writes that must commit with the change (e.g. item prices). */
  alsoWrite?: (tx: DbOrTx, order: OrderRow) => Promise<void>;
  /** When the change happened: now, unless history is being written (the demo's past orders). */
  at?: Date;
}

export interface TransitionOrderResult {
  order: OrderRow;
  event: OrderChangedPayload;
}

/**
 * The one way an order changes status: checks the rules, applies the change with a conditional
 * UPDATE (exactly one of several concurrent callers wins), and writes the timeline event and the
 * outbox row in the same transaction.
 */
export async function transitionOrder(
  db: DbOrTx,
  input: TransitionOrderInput,
): Promise<TransitionOrderResult> {
  // A change that does not insist on the status it saw is tried again when it loses a race (the
  // worker priced the order while its partner cancelled it): from the status the order has now,
  // the rules decide again. One that insists (a claim) loses, and is told who won.
  for (let attempt = 1; ; attempt++) {
    const outcome = await tryTransition(db, input, attempt > 1);
    if (!('lost' in outcome)) return outcome;
    // The row the caller held was stale: the order as it is now decides.
    if (attempt === 1 && input.current) continue;
    if (input.expectedStatus || outcome.refusedNow || attempt >= RACE_ATTEMPTS)
      throw await conflictFor(db, outcome.lost, input);
  }
}

/** Tries of a change that does not insist on a status, before the lost race is the answer. */
const RACE_ATTEMPTS = 3;

/**
 * One try. After a lost race (`afterLostRace`), a change the rules refuse from the order's new
 * status is still the lost race (`refusedNow`): the caller is told who won, not that the step is
 * not allowed.
 */
async function tryTransition(
  db: DbOrTx,
  input: TransitionOrderInput,
  afterLostRace: boolean,
): Promise<TransitionOrderResult | { lost: OrderRow; refusedNow?: boolean }> {
  const { actor, to } = input;
  const current = assertCanSeeOrder(
    actor,
    input.current && !afterLostRace
      ? input.current
      : (await findOrder.run(db, { orderId: input.orderId }))[0],
  );
  if (input.expectedStatus && current.status !== input.expectedStatus) return { lost: current };
  const role = actorRole(actor);
  const reason = reasonOf(input.reason);
  const verdict = checkTransition({
    from: current.status,
    to,
    // The system acting on a sandbox order is the sandbox: it may take the workshop's steps too.
    by: role === 'system' && current.mode === 'test' ? 'sandbox' : role,
    heldFromStatus: current.heldFromStatus,
    isClaimant: actor.kind === 'user' && current.claimedById === actor.userId,
    reason: reason.text,
  });
  if (!verdict.allowed) {
    if (afterLostRace) return { lost: current, refusedNow: true };
    throw new DomainError('INVALID_TRANSITION', verdict.message, { from: current.status, to });
  }

  const holdChanges: OrderChanges =
    to === 'ON_HOLD'
      ? { heldFromStatus: current.status }
      : current.status === 'ON_HOLD'
        ? { heldFromStatus: null }
        : {};

  const won = await inTransaction(db, async (tx) => {
    const [order] = await updateIfUnchanged(tx, current, {
      ...input.changes,
      ...holdChanges,
      status: to,
      statusReason: reason.text?.trim() || (input.changes?.statusReason ?? null),
      statusReasonMessage: reason.text?.trim()
        ? reason.message
        : (input.changes?.statusReasonMessage ?? null),
      statusChangedAt: input.at ?? new Date(),
      updatedAt: input.at ?? new Date(),
    });
    if (!order) return null;
    // The caller's writes, the other contexts' (a released or cancelled order leaves its casting
    // tree) and the timeline's touch different rows: sent together, they share their round trips
    // (a claim's pay record and timeline row go in one), which a claim feels most on a busy machine.
    const [event] = await Promise.all([
      recordOrderEvent(tx, {
        order,
        type: 'status_changed',
        fromStatus: current.status,
        actor,
        reason: input.reason,
        data: input.data,
        at: input.at,
      }),
      input.alsoWrite?.(tx, order),
      ...orderChangeListeners().map((listener) =>
        listener.statusChanged?.(tx, { order, actor, reason: input.reason }),
      ),
    ]);
    return { order, event };
  });
  return won ?? { lost: current };
}

/**
 * Explains a lost race: what the order is now, and who claimed it if an operator did (named to the
 * workshop's people only: a partner is not told an operator's name, nor may its process read them).
 */
async function conflictFor(db: DbOrTx, before: OrderRow, input: TransitionOrderInput): Promise<DomainError> {
  const { to, actor } = input;
  const [now] = await db
    .select({
      status: orders.status,
      version: orders.version,
      claimedAt: orders.claimedAt,
      claimedById: orders.claimedById,
    })
    .from(orders)
    .where(eq(orders.id, before.id));
  const claimedBy =
    now?.status === 'MANUFACTURING_STARTED' && now.claimedById && actor.kind === 'user'
      ? ((await db.select({ name: people.name }).from(people).where(eq(people.id, now.claimedById)))[0]
          ?.name ?? null)
      : null;
  const message = claimedBy
    ? domainMessage('order.claimed-by', { name: claimedBy })
    : now
      ? domainMessage('order.changed-meanwhile', { status: now.status, to })
      : domainMessage('order.gone-meanwhile', { to });
  return new DomainError('CONFLICT', message, {
    status: now?.status,
    version: now?.version,
    claimedBy,
    claimedAt: now?.claimedAt?.toISOString() ?? null,
  });
}

const findOrder = preparedQuery('find_order_to_transition', (db) =>
  db
    .select()
    .from(orders)
    .where(eq(orders.id, sql.placeholder('orderId')))
    .limit(1),
);

type ColumnsSet = OrderChanges & Pick<OrderRow, 'status' | 'statusChangedAt' | 'updatedAt'>;

/** The conditional UPDATE of each set of columns a change writes: built once per set (see preparedQuery). */
const updatesByColumns = new Map<string, PreparedQuery<OrderRow[]>>();

/**
 * Writes `set` (and the next version) only if the order is still at the status and version the
 * caller saw; answers the order as it now is, or nothing when another change came first.
 */
function updateIfUnchanged(tx: DbOrTx, current: OrderRow, set: ColumnsSet): Promise<OrderRow[]> {
  // As drizzle does, a column given as undefined is left as it is.
  const values = Object.fromEntries(Object.entries(set).filter(([, value]) => value !== undefined));
  const columns = Object.keys(values).sort();
  const key = columns.join(',');
  let update = updatesByColumns.get(key);
  if (!update) {
    update = preparedQuery(`transition_order:${key}`, (db) =>
      db
        .update(orders)
        .set({
          ...Object.fromEntries(columns.map((column) => [column, sql.placeholder(column)])),
          version: sql`${orders.version} + 1`,
        })
        .where(
          and(
            eq(orders.id, sql.placeholder('whereId')),
            eq(orders.status, sql.placeholder('whereStatus')),
            eq(orders.version, sql.placeholder('whereVersion')),
          ),
        )
        .returning(),
    );
    updatesByColumns.set(key, update);
  }
  return update.run(tx, {
    ...values,
    whereId: current.id,
    whereStatus: current.status,
    whereVersion: current.version,
  });
}
