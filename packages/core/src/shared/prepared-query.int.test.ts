import { placeholdersFor, preparedQuery, preparedRead, preparedRowsInsert } from '@facet/db/prepared';
import { orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { idempotencyRecords } from '@facet/db/schema/partners';
import { useTestDb } from '@facet/testing/db';
import { makePartner } from '@facet/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

// @facet/db has no test database of its own: its prepared statements are tested here, on the real schema.
const { db } = useTestDb();

const insertRow = preparedQuery('test_insert_outbox_row', (d) =>
  d
    .insert(outbox)
    .values(placeholdersFor(outbox, ['topic', 'aggregateId', 'payload', 'traceContext']))
    .returning({ id: outbox.id, createdAt: outbox.createdAt }),
);

const rowsOf = preparedQuery('test_rows_of_aggregates', (d) =>
  d
    .select()
    .from(outbox)
    .where(sql`${outbox.aggregateId} = any(${sql.placeholder('aggregateIds')})`)
    .orderBy(outbox.id),
);

describe('preparedQuery', () => {
  it('runs one statement many times with new values, its rows mapped as drizzle maps them', async () => {
    const first = await insertRow.run(db, {
      topic: 't',
      aggregateId: 'a1',
      payload: { n: 1 },
      traceContext: null,
    });
    const second = await insertRow.run(db, {
      topic: 't',
      aggregateId: 'a2',
      payload: { n: 2 },
      traceContext: null,
    });
    expect(second[0]!.id).toBeGreaterThan(first[0]!.id);
    expect(first[0]!.createdAt).toBeInstanceOf(Date);

    const rows = await rowsOf.run(db, { aggregateIds: ['a1', 'a2', 'a3'] });
    expect(rows.map((row) => [row.aggregateId, row.payload])).toEqual([
      ['a1', { n: 1 }],
      ['a2', { n: 2 }],
    ]);
  });

  it('stores a null value as SQL NULL, not as its column encoding of null (JSON null for jsonb)', async () => {
    await insertRow.run(db, { topic: 't', aggregateId: 'null-trace', payload: {}, traceContext: null });
    await insertRow.run(db, { topic: 't', aggregateId: 'json-trace', payload: {}, traceContext: { a: 1 } });
    const stored = await db.execute<{ aggregate_id: string; is_null: boolean }>(
      sql`select aggregate_id, trace_context is null as is_null from platform.outbox
          where aggregate_id in ('null-trace', 'json-trace') order by aggregate_id`,
    );
    expect(stored.map((row) => [row.aggregate_id, row.is_null])).toEqual([
      ['json-trace', false],
      ['null-trace', true],
    ]);
  });

  it('runs on the transaction it is given: rolled back with it, and seen inside it', async () => {
    const rollback = new Error('roll back');
    await expect(
      db.transaction(async (tx) => {
        await insertRow.run(tx, { topic: 't', aggregateId: 'in-tx', payload: {}, traceContext: null });
        expect(await rowsOf.run(tx, { aggregateIds: ['in-tx'] })).toHaveLength(1);
        // Another connection does not see it before the commit.
        expect(await rowsOf.run(db, { aggregateIds: ['in-tx'] })).toHaveLength(0);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await rowsOf.run(db, { aggregateIds: ['in-tx'] })).toHaveLength(0);
  });

  it('refuses a value without a placeholder value, naming it', async () => {
    await expect(insertRow.run(db, { topic: 't', aggregateId: 'x', payload: {} })).rejects.toThrow(
      /traceContext/,
    );
  });

  it('refuses an insert that leaves a generated id to its $defaultFn, which would run only once', async () => {
    const { partner } = await makePartner(db, 'Lumen');
    const frozenId = preparedQuery('test_frozen_order_id', (d) =>
      d.insert(orders).values({
        ...placeholdersFor(orders, ['partnerId', 'status', 'channel', 'alloyCode', 'currency']),
      }),
    );
    await expect(
      frozenId.run(db, {
        partnerId: partner.id,
        status: 'SUBMITTED',
        channel: 'api',
        alloyCode: 'AG925',
        currency: 'EUR',
      }),
    ).rejects.toThrow(/leaves id to its \$defaultFn/);
    expect(await db.select().from(orders).where(eq(orders.partnerId, partner.id))).toHaveLength(0);
  });

  it('refuses an update that leaves a column to its $onUpdate, which would stamp one time forever', async () => {
    const frozenUpdate = preparedQuery('test_frozen_updated_at', (d) =>
      d
        .update(orders)
        .set({ externalRef: sql`${sql.placeholder('externalRef')}` })
        .where(eq(orders.id, sql.placeholder('id'))),
    );
    await expect(
      frozenUpdate.run(db, { externalRef: 'PO-1', id: '0190a0f0-0000-7000-8000-000000000001' }),
    ).rejects.toThrow(/leaves updatedAt to its \$defaultFn\/\$onUpdate/);
  });

  it('upserts with the values of the row it was given', async () => {
    const { partner } = await makePartner(db, 'Solis');
    const upsert = preparedQuery('test_upsert_record', (d) =>
      d
        .insert(idempotencyRecords)
        .values({
          ...placeholdersFor(idempotencyRecords, [
            'partnerId',
            'key',
            'method',
            'path',
            'requestHash',
            'responseStatus',
            'responseBody',
          ]),
        })
        .onConflictDoUpdate({
          target: [idempotencyRecords.partnerId, idempotencyRecords.key],
          set: { responseBody: sql`excluded.response_body` },
        }),
    );
    const row = (body: string) => ({
      partnerId: partner.id,
      key: 'k1',
      method: 'POST',
      path: '/api/v1/orders',
      requestHash: 'h',
      responseStatus: 201,
      responseBody: body,
    });
    await upsert.run(db, row('first'));
    await upsert.run(db, row('second'));
    const stored = await db
      .select({ body: idempotencyRecords.responseBody })
      .from(idempotencyRecords)
      .where(eq(idempotencyRecords.partnerId, partner.id));
    expect(stored).toEqual([{ body: 'second' }]);
  });
});

describe('preparedRowsInsert', () => {
  const insertRows = preparedRowsInsert('test_insert_outbox_rows', outbox, [
    'topic',
    'aggregateId',
    'payload',
    'traceContext',
  ]);

  it('inserts any number of rows, each with its own values, and answers them as stored', async () => {
    const one = await insertRows.run(db, [
      { topic: 't', aggregateId: 'rows-1', payload: { n: 1 }, traceContext: null },
    ]);
    const three = await insertRows.run(
      db,
      [2, 3, 4].map((n) => ({ topic: 't', aggregateId: `rows-${n}`, payload: { n }, traceContext: { n } })),
    );
    // A statement of one row and one of three: each its own text, neither taking the other's values.
    const again = await insertRows.run(db, [
      { topic: 't', aggregateId: 'rows-5', payload: { n: 5 }, traceContext: null },
    ]);
    expect(
      [...one, ...three, ...again].map((row) => [row.aggregateId, row.payload, row.traceContext]),
    ).toEqual([
      ['rows-1', { n: 1 }, null],
      ['rows-2', { n: 2 }, { n: 2 }],
      ['rows-3', { n: 3 }, { n: 3 }],
      ['rows-4', { n: 4 }, { n: 4 }],
      ['rows-5', { n: 5 }, null],
    ]);
    const stored = await db.execute<{ aggregate_id: string; trace_is_null: boolean }>(
      sql`select aggregate_id, trace_context is null as trace_is_null from platform.outbox
          where aggregate_id like 'rows-%' order by aggregate_id`,
    );
    expect(stored.map((row) => row.trace_is_null)).toEqual([true, false, false, false, true]);
  });

  it('writes nothing when one row is refused: the rows go in one statement', async () => {
    await expect(
      insertRows.run(db, [
        { topic: 't', aggregateId: 'all-or-none', payload: {}, traceContext: null },
        { topic: null, aggregateId: 'all-or-none', payload: {}, traceContext: null },
      ]),
    ).rejects.toMatchObject({ cause: { code: '23502', column_name: 'topic' } });
    expect(await rowsOf.run(db, { aggregateIds: ['all-or-none'] })).toHaveLength(0);
  });
});

describe('preparedRead', () => {
  it('is queued as it is called, so a statement called after it on the connection runs after it', async () => {
    // The idempotency runner's lock and the read it guards depend on this order (run-idempotent-request).
    const mark = preparedRead<{ marked: string }>(
      () => sql`select set_config('facet.test_order', ${sql.placeholder('mark')}, true) as marked`,
    );
    const readMark = preparedQuery('test_read_mark', (d) =>
      d
        .select({ mark: sql<string>`current_setting('facet.test_order', true)` })
        .from(sql`(values (1)) as one (x)`),
    );
    const [, [seen]] = await db.transaction((tx) =>
      Promise.all([mark.run(tx, { mark: 'marked first' }), readMark.run(tx)]),
    );
    expect(seen).toEqual({ mark: 'marked first' });
  });
});
