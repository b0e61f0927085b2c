import type { Db } from '@facet/db/client';
import { CLIENT_KINDS } from '@facet/db/enums';
import { clients } from '@facet/db/schema/crm';
import { partners } from '@facet/db/schema/partners';
import { and, asc, desc, eq, gt, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { escapeLike } from '../shared/escape-like';
import { decodeCursor, encodeCursor } from '../shared/keyset-cursor';
import { assertSeller } from './assert-seller';
import { type TClientSummary, toClientSummary, ZClientSummary } from './client-dto';

export const CLIENT_SORTS = ['name', 'newest'] as const;

export const ZSearchClientsInput = z.object({
  /** Part of a name, email or company, or three or more digits of a phone number. */
  query: z.string().trim().max(100).optional(),
  kind: z.enum(CLIENT_KINDS).optional(),
  sort: z.enum(CLIENT_SORTS).default('name'),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type TSearchClientsInput = z.input<typeof ZSearchClientsInput>;

export const ZClientPage = z.object({ items: z.array(ZClientSummary), nextCursor: z.string().nullable() });
export type TClientPage = { items: TClientSummary[]; nextCursor: string | null };

const ZNameCursor = z.object({ name: z.string(), id: z.string().uuid() });
const ZNewestCursor = z.object({ createdAt: z.coerce.date(), id: z.string().uuid() });

/** Phone digits people type: "06 12 34" also finds "+33 6 12 34 56 78" (the national 0 dropped). */
export function phoneDigitsOf(query: string): string | null {
  const digits = query.replaceAll(/\D/g, '').replace(/^0+/, '');
  return digits.length >= 3 ? digits : null;
}

/**
 * Finds clients by part of their name, email or company (trigram index on `search_text`) or by part of
 * their phone number (trigram index on `phone_digits`), one keyset page at a time.
 */
export async function searchClients(
  db: Db,
  actor: Actor,
  rawInput: TSearchClientsInput,
): Promise<TClientPage> {
  assertSeller(actor);
  const input = ZSearchClientsInput.parse(rawInput);
  // The canary partner's company is the worker's, not a client.
  const conditions: Array<SQL | undefined> = [eq(clients.isCanary, false)];
  if (input.query) {
    const text = sql`${clients.searchText} like ${`%${escapeLike(input.query.toLowerCase())}%`}`;
    const digits = phoneDigitsOf(input.query);
    conditions.push(digits ? or(text, sql`${clients.phoneDigits} like ${`%${digits}%`}`) : text);
  }
  if (input.kind) conditions.push(eq(clients.kind, input.kind));

  if (input.sort === 'name') {
    if (input.cursor) {
      const after = decodeCursor(ZNameCursor, input.cursor);
      conditions.push(
        or(gt(clients.name, after.name), and(eq(clients.name, after.name), gt(clients.id, after.id))),
      );
    }
  } else if (input.cursor) {
    const after = decodeCursor(ZNewestCursor, input.cursor);
    conditions.push(
      or(
        lt(clients.createdAt, after.createdAt),
        and(eq(clients.createdAt, after.createdAt), lt(clients.id, after.id)),
      ),
    );
  }

  const rows = await db
    .select({ client: clients, partnerId: partners.id })
    .from(clients)
    .leftJoin(partners, eq(partners.clientId, clients.id))
    .where(and(...conditions))
    .orderBy(
      ...(input.sort === 'name'
        ? [asc(clients.name), asc(clients.id)]
        : [desc(clients.createdAt), desc(clients.id)]),
    )
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const last = page.at(-1)?.client;
  const hasMore = rows.length > input.limit;
  return {
    items: page.map((row) => toClientSummary(row.client, row.partnerId !== null)),
    nextCursor:
      hasMore && last
        ? encodeCursor(
            input.sort === 'name'
              ? { name: last.name, id: last.id }
              : { createdAt: last.createdAt.toISOString(), id: last.id },
          )
        : null,
  };
}
