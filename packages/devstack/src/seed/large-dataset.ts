import { randomBytes } from 'node:crypto';
import { defaultDesignRulesFor } from '@facet/core/castability/design-rules';
import type { OrderStatus } from '@facet/db/enums';
import type postgres from 'postgres';
import { DEMO_ALLOYS } from './alloys';

export interface LargeDatasetOptions {
  /** Orders in all, most of them long closed. */
  orders: number;
  /** Orders waiting in the operators' pool (MANUFACTURING_APPROVED). */
  approved?: number;
  /** Orders at each production step (claimed, completed, packaging, shipped). */
  perProductionStep?: number;
  /** Orders before approval (submitted, priced, on hold). */
  perEarlyStatus?: number;
  onProgress?: (message: string) => void;
}

export interface LargeDatasetReport {
  orders: number;
  byStatus: Partial<Record<OrderStatus, number>>;
  ms: number;
}

/** The open part of the dataset, in the order its rows are numbered. */
function openStatuses(options: Required<Omit<LargeDatasetOptions, 'onProgress'>>) {
  const early = options.perEarlyStatus;
  const step = options.perProductionStep;
  return [
    { status: 'MANUFACTURING_APPROVED', count: options.approved, version: 4 },
    { status: 'MANUFACTURING_STARTED', count: step, version: 5 },
    { status: 'MANUFACTURING_COMPLETED', count: step, version: 6 },
    { status: 'PACKAGING', count: step, version: 7 },
    { status: 'SHIPPED', count: step, version: 8 },
    { status: 'SUBMITTED', count: early, version: 2 },
    { status: 'PRICE_CALCULATED', count: early, version: 3 },
    { status: 'ON_HOLD', count: Math.ceil(early / 5), version: 4 },
  ] as const satisfies ReadonlyArray<{ status: OrderStatus; count: number; version: number }>;
}

/** A UUIDv7 for a timestamp, in SQL: ids made in bulk sort by time like the application's own. */
function uuidv7At(timestamp: string): string {
  return `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
    substring(int8send(floor(extract(epoch from ${timestamp}) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1),
    'hex')::uuid`;
}

/**
 * Adds a large, realistic order history in bulk (`insert … select generate_series`): mostly CLOSED
 * orders over three years, some cancelled and rejected, and a few thousand open ones — the pool,
 * the benches and the early statuses — each with an item, and the open ones with a timeline event.
 * One transaction; the per-row status-count trigger is switched off for the load and the counts
 * recomputed once at the end. Customers, operators and models are created as needed.
 */
export async function seedLargeDataset(
  sql: postgres.Sql,
  input: LargeDatasetOptions,
): Promise<LargeDatasetReport> {
  const started = performance.now();
  const progress = input.onProgress ?? (() => {});
  const options = {
    orders: Math.floor(input.orders),
    approved: input.approved ?? Math.min(20_000, Math.max(50, Math.round(input.orders * 0.01))),
    perProductionStep:
      input.perProductionStep ?? Math.min(2_000, Math.max(5, Math.round(input.orders * 0.001))),
    perEarlyStatus: input.perEarlyStatus ?? Math.min(1_000, Math.max(5, Math.round(input.orders * 0.0005))),
  };
  const open = openStatuses(options);
  const openTotal = open.reduce((sum, group) => sum + group.count, 0);
  if (openTotal > options.orders) {
    throw new Error(`--orders ${options.orders} is fewer than the ${openTotal} open orders asked for`);
  }
  // Only integers and this hex tag are written into the statements below.
  const tag = randomBytes(3).toString('hex');
  const customers = Math.min(5_000, Math.max(20, Math.round(options.orders / 200)));
  const modelCount = 200;

  // Numbered ranges: rows 1..n₁ get the first open status, and so on; the rest are finished orders.
  let upper = 0;
  const ranges = open.map((group) => {
    upper += group.count;
    return { ...group, upper };
  });
  const statusCase = ranges.map((range) => `when g <= ${range.upper} then '${range.status}'`).join(' ');
  const versionCase = ranges.map((range) => `when g <= ${range.upper} then ${range.version}`).join(' ');
  const finishedStatus =
    "case when g % 50 = 0 then 'CANCELLED' when g % 97 = 0 then 'REJECTED' else 'CLOSED' end";
  const produced = "('MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'SHIPPED', 'CLOSED')";

  await sql.begin(async (tx) => {
    await tx.unsafe('set local synchronous_commit = off');
    // The triggers would update counter and rollup rows per order; both are recomputed once instead.
    await tx.unsafe('alter table orders disable trigger orders_status_counts_insert_delete');
    await tx.unsafe('alter table orders disable trigger orders_day_rollups_insert_delete');

    for (const alloy of DEMO_ALLOYS) {
      await tx.unsafe(
        `insert into alloys (id, code, name, metal, colour, density_g_per_cm3, price_per_gram_cents,
           casting_loss_pct, work_rates, design_rules)
         values (${uuidv7At('now()')}, $1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)
         on conflict (code) do nothing`,
        [
          alloy.code,
          alloy.name,
          alloy.metal,
          alloy.colour,
          alloy.densityGPerCm3,
          alloy.pricePerGramCents,
          alloy.castingLossPct,
          JSON.stringify(alloy.workRates),
          JSON.stringify(defaultDesignRulesFor(alloy.metal)),
        ],
      );
    }

    progress(`${customers} customers, operators and ${modelCount} models`);
    await tx.unsafe(`
      create temporary table bulk_customers on commit drop as
      with made as (
        insert into users (id, email, name, password_hash, role)
        select ${uuidv7At('now()')}, 'bulk-${tag}-' || g || '@customers.invalid', 'Customer ' || g,
          '$argon2id$unusable', 'customer'
        from generate_series(1, ${customers}) g
        returning id
      )
      select row_number() over () - 1 as n, id from made`);
    await tx.unsafe(`
      insert into users (id, email, name, password_hash, role)
      select ${uuidv7At('now()')}, 'bulk-${tag}-operator-' || g || '@operators.invalid', 'Operator ' || g,
        '$argon2id$unusable', 'operator'
      from generate_series(1, 8) g
      where not exists (select 1 from users where role = 'operator')`);
    await tx.unsafe(`
      create temporary table bulk_operators on commit drop as
      select row_number() over (order by created_at, id) - 1 as n, id from users where role = 'operator'`);
    await tx.unsafe(`
      create temporary table bulk_models on commit drop as
      with made as (
        insert into models (id, owner_user_id, original_name, file_key, format, size_bytes, sha256, status)
        select ${uuidv7At('now()')}, (select id from bulk_customers where n = g % ${customers}),
          'bulk-ring-' || g || '.stl', 'bulk/${tag}/' || g || '.stl', 'stl', 200000 + g * 37,
          md5('${tag}' || g) || md5(g || '${tag}'), 'ANALYSED'
        from generate_series(1, ${modelCount}) g
        returning id
      )
      select row_number() over () - 1 as n, id from made`);
    await tx.unsafe(`
      create temporary table bulk_alloys on commit drop as
      select row_number() over (order by code) - 1 as n, id, code from alloys where active`);

    progress(`${options.orders.toLocaleString('en-US')} orders`);
    await tx.unsafe(`
      create temporary table bulk_orders on commit drop as
      select g, ${uuidv7At('created_at')} as id, status::order_status as status, version, created_at,
        case when status in ('CLOSED', 'CANCELLED', 'REJECTED')
          then created_at + (g % 20 + 1) * interval '1 day'
          else created_at + (now() - created_at) * ((g * 7919) % 1000) / 1000.0
        end as status_changed_at
      from (
        select g,
          case ${statusCase} else ${finishedStatus} end as status,
          case ${versionCase} else 9 end as version,
          case when g <= ${openTotal}
            then now() - ((g * 104729) % 2592000) * interval '1 second'
            else now() - interval '30 days' - ((g * 15485863::bigint) % 94608000) * interval '1 second'
          end as created_at
        from generate_series(1::bigint, ${options.orders}) g
      ) numbered`);
    const alloyCount = `(select count(*) from bulk_alloys)`;
    await tx.unsafe(`
      insert into orders (id, status, version, channel, customer_user_id, alloy_code, total_cents, lead_time_days,
        claimed_by_id, claimed_at, status_changed_at, created_at, updated_at)
      select o.id, o.status, o.version,
        (case when g % 10 < 7 then 'shop' when g % 10 < 9 then 'crm' else 'api' end)::order_channel,
        c.id, a.code, 6000 + (g * 7907) % 240000, 7 + g % 8,
        case when o.status in ${produced} then op.id end,
        case when o.status in ${produced} then o.status_changed_at end,
        o.status_changed_at, o.created_at, o.status_changed_at
      from bulk_orders o
      join bulk_customers c on c.n = o.g % ${customers}
      join bulk_alloys a on a.n = o.g % ${alloyCount}
      join bulk_operators op on op.n = o.g % (select count(*) from bulk_operators)
      -- In id (= time) order, the indexes fill from one end instead of at random places.
      order by o.id`);

    progress('order items');
    await tx.unsafe(`
      insert into order_items (id, order_id, position, model_id, alloy_id, alloy_code, ring_size, quantity,
        unit_price_cents, created_at)
      select ${uuidv7At('o.created_at')}, o.id, 0, m.id, a.id, a.code,
        case when o.g % 3 = 0 then null else 48 + (o.g % 20) end, 1 + (o.g % 7 = 0)::int,
        6000 + (o.g * 7907) % 240000, o.created_at
      from bulk_orders o
      join bulk_models m on m.n = o.g % ${modelCount}
      join bulk_alloys a on a.n = o.g % ${alloyCount}
      order by o.id`);

    progress('timelines of the open orders');
    await tx.unsafe(`
      insert into order_events (order_id, version, type, from_status, to_status, actor_kind, actor_name, created_at)
      select id, version, 'status_changed', null, status, 'system', 'Bulk seed', status_changed_at
      from bulk_orders where g <= ${openTotal}`);

    await tx.unsafe('alter table orders enable trigger orders_status_counts_insert_delete');
    await tx.unsafe('delete from order_status_counts');
    await tx.unsafe(`
      insert into order_status_counts (status, stripe, count)
      select s, 0, (select count(*) from orders o where o.status = s and not o.off_books)
      from unnest(enum_range(null::order_status)) s`);
    await tx.unsafe('alter table orders enable trigger orders_day_rollups_insert_delete');
    await tx.unsafe('select rebuild_order_rollups()');
  });

  // As autovacuum would in time: statistics for the planner, and a visibility map for index-only scans.
  progress('vacuum and analyse');
  await sql.unsafe(
    'vacuum (analyze) orders, order_items, order_events, order_day_rollups, order_status_time_rollups',
  );

  const byStatus: Partial<Record<OrderStatus, number>> = {};
  for (const group of open) byStatus[group.status] = group.count;
  return { orders: options.orders, byStatus, ms: Math.round(performance.now() - started) };
}
