import net from 'node:net';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDb, inTransaction, isTransaction } from './client';

const SERVER_URL = new URL(
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
/** A word of the query the driver runs first on every new connection, to learn the server's array types. */
const TYPES_QUERY_MARK = Buffer.from('b.typarray');

/** The message a backend sends as `pg_terminate_backend` ends it, just before it closes the socket. */
function terminationMessage(): Buffer {
  const fields = Buffer.from(
    'SFATAL\0VFATAL\0C57P01\0Mterminating connection due to administrator command\0\0',
  );
  const header = Buffer.alloc(5);
  header.write('E');
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

/**
 * A pass-through proxy in front of the real server. Each chunk the client sends goes to `fromClient`,
 * which forwards it or not; each answer is noted with `fromServer` and passed on.
 */
function startProxy(hooks: {
  fromClient: (chunk: Buffer, pipe: { upstream: net.Socket; client: net.Socket }) => void;
  fromServer?: () => void;
}) {
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(SERVER_URL.port || 5432), SERVER_URL.hostname);
    upstream.on('data', (chunk) => {
      hooks.fromServer?.();
      client.write(chunk);
    });
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.end());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    client.on('data', (chunk: Buffer) => hooks.fromClient(chunk, { upstream, client }));
  });
  return {
    /** Its URL: the server's, at the proxy's port. */
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => {
          const url = new URL(SERVER_URL);
          url.port = String((server.address() as net.AddressInfo).port);
          resolve(url.toString());
        }),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A proxy that ends the first connection the moment its client asks for the array types, as a backend
 * terminated while the connection starts does; later ones pass through.
 */
function startTerminatingProxy() {
  let terminated = 0;
  const proxy = startProxy({
    fromClient: (chunk, { upstream, client }) => {
      if (terminated === 0 && chunk.includes(TYPES_QUERY_MARK)) {
        terminated += 1;
        upstream.destroy();
        client.end(terminationMessage());
        return;
      }
      upstream.write(chunk);
    },
  });
  return { ...proxy, terminated: () => terminated };
}

describe('the database client when a connection is terminated as it starts', () => {
  const proxy = startTerminatingProxy();
  let proxyUrl = '';
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    proxyUrl = await proxy.listen();
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    unhandled.length = 0;
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await proxy.close();
  });

  it('starts over on a new connection: the query is answered, arrays are parsed, nothing is rejected unhandled', async () => {
    const { sql, close } = createDb(proxyUrl, { max: 1, applicationName: 'facet-test' });
    try {
      // The query had not been sent when its connection died, so it is sent on the next one.
      const [row] = await sql<{ sizes: number[] }[]>`select array[52, 54]::int4[] as sizes`;
      expect(proxy.terminated()).toBe(1);
      // An array comes back parsed only if the new connection fetched the array types again.
      expect(row?.sizes).toEqual([52, 54]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      await close();
    }
  });
});

/**
 * A proxy that counts the client's turns: its bursts of bytes, each one a wait for an answer before the
 * next (what a round trip costs). Bytes sent before any answer came back count once.
 */
function startTurnCountingProxy() {
  let clientTurns = 0;
  let lastFrom: 'client' | 'server' = 'server';
  const sent: Buffer[] = [];
  const proxy = startProxy({
    fromClient: (chunk, { upstream }) => {
      if (lastFrom === 'server') clientTurns += 1;
      lastFrom = 'client';
      sent.push(chunk);
      upstream.write(chunk);
    },
    fromServer: () => {
      lastFrom = 'server';
    },
  });
  return {
    ...proxy,
    reset: () => {
      clientTurns = 0;
      sent.length = 0;
    },
    clientTurns: () => clientTurns,
    sentText: () => Buffer.concat(sent).toString('latin1'),
  };
}

describe('a transaction', () => {
  const proxy = startTurnCountingProxy();
  let proxyUrl = '';

  beforeAll(async () => {
    proxyUrl = await proxy.listen();
  });
  afterAll(() => proxy.close());

  it('sends its first statement behind BEGIN, without waiting for its answer, and still commits', async () => {
    const { db, sql: client, close } = createDb(proxyUrl, { max: 1, applicationName: 'facet-test' });
    try {
      await client`create temporary table pipelined (n int)`;
      const insert = (n: number) =>
        db.transaction(async (tx) => {
          await tx.execute(sql`insert into pipelined values (${n})`);
        });
      // The first run prepares the INSERT on the connection (a turn of its own); the second is measured.
      await insert(1);
      proxy.reset();
      await insert(2);
      // BEGIN with the INSERT, then COMMIT: two turns (three when BEGIN was awaited on its own).
      expect(proxy.clientTurns()).toBe(2);
      expect(proxy.sentText()).toContain('begin');
      expect(await client`select n from pipelined order by n`).toEqual([{ n: 1 }, { n: 2 }]);
    } finally {
      await close();
    }
  });

  it('whose first statements fail, sent with BEGIN, rolls back, and its connection serves the next one', async () => {
    const { db, sql: client, close } = createDb(proxyUrl, { max: 1, applicationName: 'facet-test' });
    try {
      await client`create temporary table pipelined (n int primary key)`;
      // Both go out behind BEGIN: the first succeeds, the second fails, and the first must go with it.
      const failed = await db
        .transaction(async (tx) => {
          await Promise.all([
            tx.execute(sql`insert into pipelined values (${1})`),
            tx.execute(sql`insert into pipelined values (${1})`),
          ]);
        })
        .then(
          () => null,
          (error: { cause?: { code?: string } }) => error.cause?.code,
        );
      expect(failed).toBe('23505');
      await db.transaction(async (tx) => {
        await tx.execute(sql`insert into pipelined values (${2})`);
        await tx.execute(sql`insert into pipelined values (${3})`);
      });
      // Nothing of the failed one was kept; the next one ran and committed on the same connection.
      expect(await client`select n from pipelined order by n`).toEqual([{ n: 2 }, { n: 3 }]);
    } finally {
      await close();
    }
  });

  it('with options waits for BEGIN to be accepted, and runs with them', async () => {
    const { sql: client, close } = createDb(proxyUrl, { max: 1, applicationName: 'facet-test' });
    try {
      await client`select 1`;
      proxy.reset();
      const [row] = await client.begin('isolation level serializable', (tx) => [
        tx`select current_setting('transaction_isolation') as level`,
      ]);
      expect(row).toEqual([{ level: 'serializable' }]);
      expect(proxy.clientTurns()).toBe(3);
    } finally {
      await close();
    }
  });
});

describe("a transaction whose BEGIN fills its connection's pipeline", () => {
  it('still has the connection to itself: it commits, and no connection is left inside a transaction', async () => {
    // One query in flight and one waiting is all a connection takes here, so a BEGIN sent behind a
    // query fills it, as BEGIN can under load with the usual limit of 100 (or when the socket is full).
    const applicationName = 'facet-test-full-pipeline';
    const options = {
      max: 2,
      // A documented option of the driver that its types leave out.
      max_pipeline: 1,
      onnotice: () => {},
      connection: { application_name: applicationName },
    };
    const client = postgres(SERVER_URL.toString(), options);
    try {
      for (let round = 0; round < 10; round += 1) {
        const answers = await Promise.allSettled([
          // Sent as they are called (a query is otherwise sent a tick later, after the BEGINs).
          client`select pg_sleep(0.02)`.execute(),
          client`select pg_sleep(0.02)`.execute(),
          // Waiting in turn: each BEGIN goes out behind a query, on a connection then full.
          ...Array.from({ length: 4 }, () => [
            client`select 1 as one`.execute(),
            client.begin((tx) => tx`select 2 as two`),
          ]).flat(),
        ]);
        expect(answers.filter((answer) => answer.status === 'rejected')).toEqual([]);
      }
      const [left] = await client<{ n: number }[]>`
        select count(*)::int as n from pg_stat_activity
        where application_name = ${applicationName} and state like 'idle in transaction%'`;
      expect(left?.n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe("drizzle's statements", () => {
  it('are prepared once per connection, in transactions and savepoints too, and answer as before', async () => {
    const { db, close } = createDb(SERVER_URL.toString(), { max: 1, applicationName: 'facet-test' });
    const prepared = async () =>
      (
        await db.execute<{ statement: string }>(
          sql`select statement from pg_prepared_statements where statement like ${'%-- prepared-probe%'}`,
        )
      ).map((row) => row.statement);
    try {
      for (const n of [1, 2, 3]) {
        const [row] = await db.execute<{ n: number }>(sql`select ${n}::int as n -- prepared-probe top`);
        expect(row?.n).toBe(n);
      }
      await db.transaction(async (tx) => {
        await tx.execute(sql`select ${1}::int as n -- prepared-probe transaction`);
        await tx.transaction(async (savepoint) => {
          await savepoint.execute(sql`select ${2}::int as n -- prepared-probe savepoint`);
        });
      });
      expect((await prepared()).sort()).toEqual([
        'select $1::int as n -- prepared-probe savepoint',
        'select $1::int as n -- prepared-probe top',
        'select $1::int as n -- prepared-probe transaction',
      ]);
    } finally {
      await close();
    }
  });
});

describe('inTransaction', () => {
  it("joins the caller's transaction without a savepoint, and opens one of its own when given the database", async () => {
    const { db, close } = createDb(SERVER_URL.toString(), { max: 1, applicationName: 'facet-test' });
    const txid = async (tx: Pick<typeof db, 'execute'>) =>
      (await tx.execute<{ id: string }>(sql`select txid_current()::text as id`))[0]!.id;
    try {
      expect(isTransaction(db)).toBe(false);
      let seen: Record<string, unknown> = {};
      // The transaction ends in its failure (rolled back), so what was seen is kept as it goes.
      const ended = await db
        .transaction(async (tx) => {
          const outer = await txid(tx);
          const joined = await inTransaction(tx, async (inner) => ({
            same: inner === tx,
            id: await txid(inner),
          }));
          // A failure inside fails the caller's whole transaction: no savepoint takes it back.
          const failed = await inTransaction(tx, (inner) => inner.execute(sql`select 1/0`)).then(
            () => false,
            () => true,
          );
          const after = await tx.execute(sql`select 1`).then(
            () => 'ran',
            (error: { cause?: { code?: string } }) => error.cause?.code,
          );
          seen = { isTransaction: isTransaction(tx), outer, joined, failed, after };
        })
        .then(
          () => 'committed',
          () => 'rolled back',
        );
      expect(ended).toBe('rolled back');
      expect(seen).toEqual({
        isTransaction: true,
        outer: seen.outer,
        joined: { same: true, id: seen.outer },
        failed: true,
        after: '25P02',
      });
      const own = await inTransaction(db, async (tx) => [isTransaction(tx), await txid(tx), await txid(tx)]);
      expect(own).toEqual([true, own[1], own[1]]);
    } finally {
      await close();
    }
  });
});
