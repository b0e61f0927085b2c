import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { and, eq, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { assertOperator } from './assert-operator';
import {
  afterCursor,
  type ConsoleCardsStatement,
  type ConsoleCursor,
  consoleCardsStatement,
  decodeConsoleCursor,
  encodeConsoleCursor,
  selectConsoleCards,
  statusIn,
  type TConsoleCard,
  ZConsoleCursor,
} from './console-card';

export const POOL_PAGE_SIZE = 24;

export const ZListPoolInput = z.object({
  /** Only orders in this alloy (the orders' `alloy_code`). */
  alloyCode: z.string().trim().min(1).max(20).nullish(),
  cursor: ZConsoleCursor.nullish(),
  limit: z.number().int().min(1).max(100).default(POOL_PAGE_SIZE),
});
export type TListPoolInput = z.input<typeof ZListPoolInput>;

export interface PoolPage {
  items: TConsoleCard[];
  nextCursor: string | null;
}

/**
 * The operators' pool: MANUFACTURING_APPROVED orders, the most recently approved first, one keyset
 * page at a time. The page is read from the partial index `orders_pool_idx` (or
 * `orders_pool_alloy_idx` with an alloy), so it costs the same however many orders are closed.
 */
export async function listPool(db: Db, actor: Actor, rawInput: TListPoolInput): Promise<PoolPage> {
  assertOperator(actor);
  const input = ZListPoolInput.parse(rawInput);
  const cursor = input.cursor ? decodeConsoleCursor(input.cursor) : null;
  const statement = poolPageStatements[input.alloyCode ? 1 : 0][cursor ? 1 : 0];
  const rows = await selectConsoleCards(db, statement, {
    alloyCode: input.alloyCode,
    at: cursor?.at,
    id: cursor?.id,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.card),
    nextCursor: rows.length > input.limit && last ? encodeConsoleCursor(last.cursor) : null,
  };
}

/** The page's statement for one shape: with or without an alloy, first page or after a cursor. */
function poolPageStatementFor(byAlloy: boolean, afterCursor: boolean): ConsoleCardsStatement {
  return consoleCardsStatement(() => ({
    where: poolFilter({
      alloyCode: byAlloy ? sql.placeholder('alloyCode') : null,
      after: afterCursor ? { at: sql.placeholder('at'), id: sql.placeholder('id') } : null,
    }),
    limit: sql.placeholder('limit'),
  }));
}

/** The four shapes' statements, by alloy (no, yes) then cursor (no, yes); each rendered when first run. */
const poolPageStatements = [
  [poolPageStatementFor(false, false), poolPageStatementFor(false, true)],
  [poolPageStatementFor(true, false), poolPageStatementFor(true, true)],
] as const;

/** The pool's rows after a cursor: the predicate of the partial indexes `orders_pool_idx` / `orders_pool_alloy_idx`. */
export function poolFilter(options: {
  alloyCode?: string | Placeholder | null;
  after?: ConsoleCursor | { at: Placeholder; id: Placeholder } | null;
}): SQL | undefined {
  return and(
    statusIn(['MANUFACTURING_APPROVED']),
    // A canary reaches the pool to prove the pipeline works, then leaves it at once: never shown.
    eq(orderSummaries.offBooks, false),
    options.alloyCode ? eq(orderSummaries.alloyCode, options.alloyCode) : undefined,
    options.after ? afterCursor(options.after) : undefined,
  );
}
