import { setTimeout as sleep } from 'node:timers/promises';
import { createDb } from '@facet/db/client';
import { ADMIN_DATABASE_URL } from '@facet/testing/databases';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makePartner } from '@facet/testing/factories';
import { describe, expect, it } from 'vitest';
import { recordOrderChange } from '../orders/record-order-change';
import type { Actor } from '../shared/actor';
import { listPartnerOrders } from './list-partner-orders';

// Eight writers and a reader, each with connections of their own.
const { db, url } = useTestDb({ max: 14 });

const WRITERS = 8;
const CHANGES_PER_WRITER = 400;
const ORDERS = 300;
const system: Actor = { kind: 'system', name: 'Feed test' };

describe('the partners’ change feed under concurrent commits', () => {
  it('shows every committed change exactly once, with transactions held open on purpose', async () => {
    const { partner } = await makePartner(db, 'Feed reader');
    const actor: Actor = { kind: 'partner', partnerId: partner.id, name: partner.name };
    const ids: string[] = [];
    for (let i = 0; i < ORDERS; i++) {
      ids.push((await makeOrder(db, { partnerId: partner.id, channel: 'api' })).id);
    }
    const start = await listPartnerOrders(db, actor, { updatedSince: new Date(0), limit: 100 });
    const seen = new Map<string, number>();
    const seenTwice: string[] = [];
    const wentBack: string[] = [];
    const take = (items: Array<{ id: string; version: number }>) => {
      for (const { id, version } of items) {
        const before = seen.get(id);
        if (before === version) seenTwice.push(`${id}:v${version}`);
        else if (before !== undefined && before > version) wentBack.push(`${id}:v${before}→v${version}`);
        seen.set(id, version);
      }
    };
    take(start.items);
    let cursor = start.nextCursor;
    // The first page is only 100 of the 300 new orders: read the rest before the writers start.
    for (;;) {
      const page = await listPartnerOrders(db, actor, { cursor: cursor!, limit: 100 });
      take(page.items);
      cursor = page.nextCursor;
      if (page.items.length < 100) break;
    }
    expect(seen.size).toBe(ORDERS);

    const committed = new Map<string, number>();
    let commits = 0;
    const writer = async (w: number) => {
      for (let i = 0; i < CHANGES_PER_WRITER; i++) {
        const heldOpen = (i + w) % 7 === 0;
        const several = (i + w) % 5 === 0 ? 3 : 1;
        const picked = Array.from(
          { length: several },
          () => ids[Math.floor(Math.random() * ids.length)]!,
        ).sort();
        const versions = await db.transaction(async (tx) => {
          const made: Array<[string, number]> = [];
          for (const orderId of new Set(picked)) {
            made.push([
              orderId,
              (await recordOrderChange(tx, { orderId, actor: system, type: 'noted' })).version,
            ]);
          }
          // The change's updatedAt is already taken: others commit later times before this one does.
          if (heldOpen) await sleep(20 + Math.random() * 180);
          return made;
        });
        for (const [orderId, version] of versions) {
          committed.set(orderId, Math.max(committed.get(orderId) ?? 0, version));
          commits += 1;
        }
      }
    };

    let writing = true;
    let polls = 0;
    const reader = async () => {
      let quietAfterWriters = 0;
      while (writing || quietAfterWriters < 2) {
        const page = await listPartnerOrders(db, actor, { cursor: cursor!, limit: 100 });
        polls += 1;
        take(page.items);
        cursor = page.nextCursor;
        expect(cursor).not.toBeNull();
        if (page.items.length < 100) {
          if (!writing) quietAfterWriters += page.items.length === 0 ? 1 : 0;
          await sleep(5);
        }
      }
    };

    const reading = reader();
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    writing = false;
    await reading;

    expect(commits).toBeGreaterThanOrEqual(WRITERS * CHANGES_PER_WRITER);
    expect(seenTwice).toEqual([]);
    expect(wentBack).toEqual([]);
    const missed = [...committed].filter(([id, version]) => seen.get(id) !== version);
    expect(missed).toEqual([]);
    expect(polls).toBeGreaterThan(10);
  }, 240_000);
});

describe('the change feed’s horizon', () => {
  /** A transaction that has taken its id and stays open until `release` is called. */
  async function holdTransactionOpen(databaseUrl: string) {
    const handle = createDb(databaseUrl, { max: 1, applicationName: 'facet-test-held' });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const isOpen = new Promise<void>((resolve) => (started = resolve));
    const done = handle.sql.begin(async (tx) => {
      await tx`select pg_current_xact_id()`;
      started();
      await released;
    });
    await isOpen;
    return async () => {
      release();
      await done;
      await handle.close();
    };
  }

  it('is held back by an open transaction of this database, not by one of another database', async () => {
    const { partner } = await makePartner(db, 'Horizon');
    const actor: Actor = { kind: 'partner', partnerId: partner.id, name: partner.name };
    const order = await makeOrder(db, { partnerId: partner.id, channel: 'api' });
    const start = await listPartnerOrders(db, actor, { updatedSince: new Date(0) });
    const changeAndSee = async () => {
      await db.transaction((tx) =>
        recordOrderChange(tx, { orderId: order.id, actor: system, type: 'noted' }),
      );
      return (await listPartnerOrders(db, actor, { cursor: start.nextCursor! })).items.map((o) => o.version);
    };

    const endElsewhere = await holdTransactionOpen(ADMIN_DATABASE_URL);
    try {
      expect(await changeAndSee()).toEqual([2]);
    } finally {
      await endElsewhere();
    }

    const endHere = await holdTransactionOpen(url);
    let ended = false;
    try {
      expect(await changeAndSee()).toEqual([]);
      await endHere();
      ended = true;
      expect(
        (await listPartnerOrders(db, actor, { cursor: start.nextCursor! })).items.map((o) => o.version),
      ).toEqual([3]);
    } finally {
      if (!ended) await endHere();
    }
  });
});
