import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface RunningPostgres {
  url: string;
  description: string;
  stop: () => Promise<void>;
}

/**
 * The zero-setup database: PGlite (Postgres compiled to WebAssembly) served over the Postgres wire
 * protocol, so every app connects to it as to a real server. Good for a demo: it runs transactions
 * one after another. Set DATABASE_URL to use a real PostgreSQL server.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<RunningPostgres> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  keepTurnUntilSync(db);
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 64 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    description: `embedded PGlite on 127.0.0.1:${port} (data in ${dataDir})`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

const SYNC = 0x53; // 'S'
const SIMPLE_QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const PASSWORD = 0x70; // 'p'

/**
 * pglite-socket runs one protocol message at a time from whichever connection is next, so two
 * connections' extended-protocol sequences (Parse, Bind, Execute … Sync) can interleave and break
 * each other. Its queue already keeps a connection's turn while a transaction is open; this keeps
 * the turn until the connection's Sync as well, by widening what "in a transaction" means to it.
 */
function keepTurnUntilSync(db: PGlite): void {
  const inTransaction = db.isInTransaction.bind(db);
  const execStream = db.execProtocolRawStream.bind(db);
  let midSequence = false;
  db.isInTransaction = () => midSequence || inTransaction();
  db.execProtocolRawStream = async (message, options) => {
    const type = message[0];
    try {
      return await execStream(message, options);
    } finally {
      // A startup message has no type byte (it begins with its length, so a 0 byte).
      midSequence = !(
        type === 0 ||
        type === SYNC ||
        type === SIMPLE_QUERY ||
        type === TERMINATE ||
        type === PASSWORD
      );
    }
  };
}
