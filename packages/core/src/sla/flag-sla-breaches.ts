import type { Db } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { orders, slaBreaches } from '@facet/db/schema/orders';
import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { renderDomainMessage } from '../i18n/domain-messages';
import { SLA_BREACHED_EVENT } from '../orders/internal-events';
import { recordOrderEvent } from '../orders/order-events';
import { type Actor, systemActor } from '../shared/actor';
import { slaBreachMessage } from './sla-breach-reason';
import { STUCK_AFTER_S } from './stuck-limits';
import { stuckInStatus } from './stuck-orders-condition';

export const SLA_WATCHDOG_ACTOR: Actor = systemActor('SLA watchdog');

export interface FlaggedSlaBreach {
  breachId: string;
  orderId: string;
  number: number;
  status: OrderStatus;
  limitS: number;
  /** How long the order had been in the status when it was flagged. */
  inStatusForS: number;
  reason: string;
}

/** The order left its status between the look-up and the flag: nothing to flag. */
class StayEnded extends Error {}

/**
 * The SLA watchdog's pass: every order that stayed in its status longer than the limit and has not
 * been flagged for this stay is flagged — a `sla_breaches` row (unique per order, status and the
 * moment it entered it) and a timeline event "Stuck in Priced longer than 2 days", in one
 * transaction. Safe to run on several workers at once: the unique key lets exactly one of them flag
 * a stay. Canary orders are left to the canary check. At most `limit` orders per pass, oldest first.
 */
export async function flagSlaBreaches(
  db: Db,
  options: { now?: Date; limit?: number } = {},
): Promise<FlaggedSlaBreach[]> {
  const now = options.now ?? new Date();
  const candidates = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      statusChangedAt: orders.statusChangedAt,
    })
    .from(orders)
    .where(
      and(
        stuckInStatus(now),
        eq(orders.offBooks, false),
        notExists(
          db
            .select({ one: sql`1` })
            .from(slaBreaches)
            .where(
              and(
                eq(slaBreaches.orderId, orders.id),
                eq(slaBreaches.status, orders.status),
                eq(slaBreaches.statusEnteredAt, orders.statusChangedAt),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(orders.statusChangedAt))
    .limit(options.limit ?? 200);

  const flagged: FlaggedSlaBreach[] = [];
  for (const candidate of candidates) {
    const limitS = STUCK_AFTER_S[candidate.status]!;
    const breach = await flagStay(db, { ...candidate, limitS, now });
    if (breach) {
      flagged.push({
        ...breach,
        number: candidate.number,
        status: candidate.status,
        limitS,
        inStatusForS: Math.round((now.getTime() - candidate.statusChangedAt.getTime()) / 1000),
      });
    }
  }
  return flagged;
}

async function flagStay(
  db: Db,
  stay: { id: string; status: OrderStatus; limitS: number; now: Date },
): Promise<{ breachId: string; orderId: string; reason: string } | null> {
  const message = slaBreachMessage(stay.status, stay.limitS);
  const reason = renderDomainMessage(message, 'en');
  const limitPassedBefore = new Date(stay.now.getTime() - stay.limitS * 1000);
  try {
    return await db.transaction(async (tx) => {
      // Copied from the row in SQL, so the stay's timestamp keeps Postgres's microseconds.
      const [breach] = await tx.execute<{ id: string }>(sql`
        insert into ${slaBreaches} (id, order_id, status, status_entered_at, limit_s)
        select ${uuidv7()}, o.id, o.status, o.status_changed_at, ${stay.limitS}
        from ${orders} o
        where o.id = ${stay.id} and o.status = ${stay.status} and o.status_changed_at < ${limitPassedBefore.toISOString()}::timestamptz
        on conflict (order_id, status, status_entered_at) do nothing
        returning id`);
      // Another watchdog flagged this stay first, or the order has moved on.
      if (!breach) return null;
      const [order] = await tx
        .update(orders)
        .set({ version: sql`${orders.version} + 1`, updatedAt: new Date() })
        .where(
          and(
            eq(orders.id, stay.id),
            eq(orders.status, stay.status),
            sql`${orders.statusChangedAt} = (select status_entered_at from ${slaBreaches} where id = ${breach.id})`,
          ),
        )
        .returning();
      if (!order) throw new StayEnded();
      await recordOrderEvent(tx, {
        order,
        type: SLA_BREACHED_EVENT,
        fromStatus: order.status,
        actor: SLA_WATCHDOG_ACTOR,
        reason: message,
        data: { limitS: stay.limitS, breachId: breach.id },
      });
      await tx.update(slaBreaches).set({ eventVersion: order.version }).where(eq(slaBreaches.id, breach.id));
      return { breachId: breach.id, orderId: order.id, reason };
    });
  } catch (error) {
    if (error instanceof StayEnded) return null;
    throw error;
  }
}
