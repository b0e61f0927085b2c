/**
 * Creations and claims per second from concurrent writers, with the status counts kept in one
 * counter row per status (the design before the striped counters, put back for the measurement) and
 * in striped rows (the migration's trigger), alternately in the same database.
 */
import '@facet/core/order-listeners';
import { recordOrderEvent } from '@facet/core/orders/order-events';
import { claimOrder } from '@facet/core/production/claim-order';
import type { Actor } from '@facet/core/shared/actor';
import type { createDb } from '@facet/db/client';
import { orders } from '@facet/db/schema/orders';

type Handle = ReturnType<typeof createDb>;

/** The trigger function as it was before the striped counters: every writer updates the one row of its status. */
const SINGLE_ROW_TRACK = `
CREATE OR REPLACE FUNCTION "order_status_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD."is_canary" THEN
    UPDATE "order_status_counts" SET "count" = "count" - 1 WHERE "status" = OLD."status" AND "stripe" = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW."is_canary" THEN
    UPDATE "order_status_counts" SET "count" = "count" + 1 WHERE "status" = NEW."status" AND "stripe" = 0;
  END IF;
  RETURN NULL;
END;
$$`;

export interface CounterWritesResult {
  singleRowPerSecond: number;
  stripedPerSecond: number;
  singleRowWrites: number;
  stripedWrites: number;
  countsExact: boolean;
}

/**
 * `writers` concurrent writers, half of their transactions creating an order (row, timeline event,
 * outbox row), half claiming an approved order through the console's use case. Each design runs
 * `rounds` times for `roundMs`, alternating, so a change in the machine's load hits both alike.
 */
export async function measureCounterWrites(
  { db, sql }: Handle,
  options: { writers: number; operators: Actor[]; roundMs: number; rounds: number },
): Promise<CounterWritesResult> {
  const [striped] = await sql<{ definition: string }[]>`
    select pg_get_functiondef('order_status_counts_track'::regproc) as definition`;
  // Counts of stripe 0 must be the whole count while the single-row trigger writes there.
  await sql.begin(async (tx) => {
    await tx`lock table order_status_counts in exclusive mode`;
    await tx`
      insert into order_status_counts (status, stripe, count)
      select status, 0, sum(count) from order_status_counts group by status
      on conflict (status, stripe) do update set count = excluded.count`;
    await tx`delete from order_status_counts where stripe <> 0`;
  });

  const approved = await sql<{ id: string }[]>`
    select id from orders where status = 'MANUFACTURING_APPROVED' and not is_canary order by id desc`;
  let nextClaim = 0;
  const creator: Actor = { kind: 'system', name: 'Bench writer' };

  const createOne = () =>
    db.transaction(async (tx) => {
      const [order] = await tx
        .insert(orders)
        .values({ status: 'SUBMITTED', channel: 'api', alloyCode: 'AG925', totalCents: 12_000 })
        .returning();
      await recordOrderEvent(tx, { order: order!, type: 'created', fromStatus: null, actor: creator });
    });

  const run = async (ms: number) => {
    let writes = 0;
    const until = performance.now() + ms;
    await Promise.all(
      Array.from({ length: options.writers }, async (_, writer) => {
        const operator = options.operators[writer % options.operators.length]!;
        for (let i = 0; performance.now() < until; i++) {
          const claimable = approved[nextClaim];
          if (i % 2 === 1 && claimable) {
            nextClaim += 1;
            await claimOrder(db, operator, { orderId: claimable.id });
          } else {
            await createOne();
          }
          writes += 1;
        }
      }),
    );
    return writes;
  };

  let singleRowWrites = 0;
  let stripedWrites = 0;
  try {
    for (let round = 0; round < options.rounds; round++) {
      await sql.unsafe(SINGLE_ROW_TRACK);
      singleRowWrites += await run(options.roundMs);
      await sql.unsafe(striped!.definition);
      stripedWrites += await run(options.roundMs);
    }
  } finally {
    await sql.unsafe(striped!.definition);
  }
  const [check] = await sql<{ exact: boolean }[]>`
    select coalesce(bool_and(c.total = coalesce(o.n, 0)), false) as exact
    from (select status, sum(count) as total from order_status_counts group by status) c
    left join (select status, count(*) as n from orders where not is_canary group by status) o using (status)`;
  const seconds = (options.roundMs * options.rounds) / 1000;
  return {
    singleRowPerSecond: singleRowWrites / seconds,
    stripedPerSecond: stripedWrites / seconds,
    singleRowWrites,
    stripedWrites,
    countsExact: check!.exact,
  };
}
