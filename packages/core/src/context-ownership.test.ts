import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as schema from '@facet/db/schema/index';
import { getTableConfig, getViewConfig, type PgTable, type PgView } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';

/**
 * Which schemas each folder of core may write (README: Architecture, the context map). Every context
 * adds its own rows to the outbox, which sits in `platform`.
 */
const WRITES: Record<string, readonly string[]> = {
  identity: ['identity'],
  admin: ['identity', 'catalog'],
  pricing: ['catalog'],
  models: ['models'],
  orders: ['orders'],
  shop: ['orders'],
  castability: ['orders'],
  sla: ['orders'],
  crm: ['crm', 'partners'],
  production: ['production'],
  casting: ['production'],
  earnings: ['production'],
  partners: ['partners'],
  system: [],
  canary: [],
  realtime: [],
  i18n: [],
  shared: [],
  storage: [],
};

/** Platform work that writes other contexts' rows, each for a reason its file states. */
const PLATFORM_EXCEPTIONS: Record<string, readonly string[]> = {
  // Retention deletes the canary's own orders and models once their hour has passed.
  'system/prune-old-records.ts': ['orders', 'models'],
  // The canary is a partner of its own: its client, partner and approval rule are made once.
  'canary/canary-partner.ts': ['crm', 'partners'],
};

/**
 * Tables a core file reads from another context's schema, where no published view serves it yet;
 * each entry is a read to move behind a view its owner publishes (README: Architecture, published
 * views). None is left: a new one needs its reason, and the test below fails on one no longer needed.
 * `system/` and `canary/` are platform work: the sweeper, retention and the canary follow a piece of
 * work through every context, so they read every schema.
 */
const READ_EXCEPTIONS: Record<string, readonly string[]> = {};

/** Platform folders that read every context's tables. */
const READS_EVERYTHING = new Set(['system', 'canary']);

const SCHEMA_OF_TABLE = new Map<string, string>();
const VIEWS = new Set<string>();
for (const [name, value] of Object.entries(schema)) {
  if (isTable(value)) SCHEMA_OF_TABLE.set(name, getTableConfig(value).schema ?? 'public');
  else if (isView(value)) VIEWS.add(name);
}

function isTable(value: unknown): value is PgTable {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return typeof getTableConfig(value as PgTable).name === 'string';
  } catch {
    return false;
  }
}

function isView(value: unknown): value is PgView {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return typeof getViewConfig(value as PgView).name === 'string';
  } catch {
    return false;
  }
}

const CORE = import.meta.dirname;
const ROOT = join(CORE, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

/** The tables a file imports from the schema files (as values or types), local name → table. */
function importedTables(source: string): Map<string, string> {
  const imported = new Map<string, string>();
  for (const match of source.matchAll(
    /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@facet\/db\/schema\/[^']+'/g,
  )) {
    for (const part of match[1]!.split(',')) {
      const [original, local] = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/);
      if (original && SCHEMA_OF_TABLE.has(original)) imported.set(local ?? original, original);
    }
  }
  return imported;
}

/** The tables of a file: every one it imports is one it reads (a view is not a table). */
function readTables(source: string): { table: string; schema: string }[] {
  return [...new Set(importedTables(source).values())].map((table) => ({
    table,
    schema: SCHEMA_OF_TABLE.get(table)!,
  }));
}

/** The tables a file inserts into, updates or deletes from, by the names it imports them under. */
function writtenTables(source: string): { table: string; schema: string }[] {
  const imported = importedTables(source);
  return [...source.matchAll(/\.(?:insert|update|delete)\(\s*(\w+)\s*\)/g)].flatMap((match) => {
    const table = imported.get(match[1]!);
    return table ? [{ table, schema: SCHEMA_OF_TABLE.get(table)! }] : [];
  });
}

describe('each context writes only its own schema', () => {
  it('knows every table by its schema', () => {
    expect(SCHEMA_OF_TABLE.get('orders')).toBe('orders');
    expect(SCHEMA_OF_TABLE.get('users')).toBe('identity');
    expect(SCHEMA_OF_TABLE.get('outbox')).toBe('platform');
    expect([...SCHEMA_OF_TABLE.values()]).not.toContain('public');
  });

  it('finds the writes of a file', () => {
    const source = `import { orders } from '@facet/db/schema/orders';\nimport { claims as c } from '@facet/db/schema/production';\nawait tx.update(orders).set({});\nawait tx.insert(c).values({});`;
    expect(writtenTables(source)).toEqual([
      { table: 'orders', schema: 'orders' },
      { table: 'claims', schema: 'production' },
    ]);
  });

  it('finds no write outside the writer’s schemas', () => {
    const strays: string[] = [];
    for (const file of sourceFiles(CORE)) {
      const path = relative(CORE, file);
      const folder = path.split('/')[0]!;
      if (!path.includes('/')) continue;
      const allowed = new Set([...(WRITES[folder] ?? []), ...(PLATFORM_EXCEPTIONS[path] ?? []), 'platform']);
      if (!WRITES[folder]) strays.push(`${folder}/: a new folder needs its place in WRITES`);
      for (const { table, schema: owner } of writtenTables(readFileSync(file, 'utf8'))) {
        if (!allowed.has(owner)) strays.push(`${path} writes ${owner}.${table}`);
      }
    }
    expect(strays).toEqual([]);
  });
});

describe('each context reads other contexts only through the views they publish', () => {
  it('knows the published views', () => {
    expect(VIEWS.has('people')).toBe(true);
    expect(SCHEMA_OF_TABLE.has('people')).toBe(false);
  });

  it('finds the tables a file reads, and not the views', () => {
    const source = `import { people } from '@facet/db/schema/identity';\nimport { type orders, orderItems as items } from '@facet/db/schema/orders';\nimport type { users } from '@facet/db/schema/identity';\nawait db.select().from(items);`;
    expect(readTables(source)).toEqual([
      { table: 'orders', schema: 'orders' },
      { table: 'orderItems', schema: 'orders' },
      { table: 'users', schema: 'identity' },
    ]);
  });

  it('finds no table read outside the reader’s schemas, and no stale exception', () => {
    const strays: string[] = [];
    const excepted = new Set<string>();
    for (const file of sourceFiles(CORE)) {
      const path = relative(CORE, file);
      const folder = path.split('/')[0]!;
      if (!path.includes('/') || READS_EVERYTHING.has(folder)) continue;
      const allowed = new Set([...(WRITES[folder] ?? []), 'platform']);
      for (const { table, schema: owner } of readTables(readFileSync(file, 'utf8'))) {
        if (allowed.has(owner)) continue;
        if (READ_EXCEPTIONS[path]?.includes(table)) excepted.add(`${path}:${table}`);
        else strays.push(`${path} reads ${owner}.${table}`);
      }
    }
    const stale = Object.entries(READ_EXCEPTIONS).flatMap(([path, tables]) =>
      tables.filter((table) => !excepted.has(`${path}:${table}`)).map((table) => `${path}:${table}`),
    );
    expect(strays).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('leaves the tables to core: the API, the web server and the worker import none', () => {
    const strays: string[] = [];
    for (const folder of ['packages/api/src', 'apps/web/src/server', 'apps/worker/src']) {
      for (const file of sourceFiles(join(ROOT, folder))) {
        for (const { table } of readTables(readFileSync(file, 'utf8'))) {
          strays.push(`${relative(ROOT, file)} imports ${table}`);
        }
      }
    }
    expect(strays).toEqual([]);
  });
});
