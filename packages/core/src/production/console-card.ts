import type { DbOrTx } from '@facet/db/client';
import { FINISHES, ORDER_STATUSES } from '@facet/db/enums';
import { models } from '@facet/db/schema/models';
import { orderItems, orders } from '@facet/db/schema/orders';
import { desc, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';

export const ZConsoleCardItem = z.object({
  modelId: z.string().uuid(),
  modelName: z.string(),
  alloyCode: z.string(),
  finish: z.enum(FINISHES),
  /** Inner circumference in mm, for a ring to be resized. */
  ringSize: z.number().nullable(),
  quantity: z.number().int(),
  engraving: z.string().nullable(),
  previewReady: z.boolean(),
});
export type TConsoleCardItem = z.infer<typeof ZConsoleCardItem>;

/** One order as the operators' console shows it in the pool and in "My work". */
export const ZConsoleCard = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  version: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  alloyCode: z.string().nullable(),
  totalCents: z.number().int().nullable(),
  currency: z.string(),
  /** When the order entered its current status: for the pool, when it was approved (or released). */
  statusChangedAt: z.date(),
  createdAt: z.date(),
  claimedAt: z.date().nullable(),
  items: z.array(ZConsoleCardItem),
  /** The models of the card, to swap a thumbnail in when its preview is ready. */
  modelIds: z.array(z.string().uuid()),
});
export type TConsoleCard = z.infer<typeof ZConsoleCard>;

/**
 * An opaque keyset cursor over (status_changed_at desc, id desc). The time is kept as Postgres
 * prints it, to the microsecond: a JavaScript Date would round it and skip or repeat rows.
 */
export const ZConsoleCursor = z.string().max(200);

export interface ConsoleCursor {
  at: string;
  id: string;
}

const ZDecodedCursor = z.tuple([z.string().min(1).max(64), z.string().uuid()]);

export function encodeCursor(cursor: ConsoleCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): ConsoleCursor | null {
  try {
    const parsed = ZDecodedCursor.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    if (!parsed.success || Number.isNaN(Date.parse(parsed.data[0]))) return null;
    return { at: parsed.data[0], id: parsed.data[1] };
  } catch {
    return null;
  }
}

/** Rows strictly after the cursor in (status_changed_at desc, id desc) order: one row comparison the index answers. */
export function afterCursor(cursor: ConsoleCursor): SQL {
  return sql`(${orders.statusChangedAt}, ${orders.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
}

export interface SelectConsoleCardsOptions {
  where: SQL | undefined;
  limit: number;
  /** Only for the benchmark's comparison with OFFSET pagination. */
  offset?: number;
}

interface ItemJson {
  modelId: string;
  modelName: string;
  alloyCode: string;
  finish: TConsoleCardItem['finish'];
  ringSize: number | string | null;
  quantity: number;
  engraving: string | null;
  previewReady: boolean;
}

/**
 * One statement: a page of orders (newest status change first) and, for those rows only, their
 * items with the model names. The page is chosen first, so the items of skipped rows are never read.
 */
export async function selectConsoleCards(
  db: DbOrTx,
  options: SelectConsoleCardsOptions,
): Promise<Array<{ card: TConsoleCard; cursor: ConsoleCursor }>> {
  const pageQuery = db
    .select({
      id: orders.id,
      number: orders.number,
      version: orders.version,
      status: orders.status,
      alloyCode: orders.alloyCode,
      totalCents: orders.totalCents,
      currency: orders.currency,
      statusChangedAt: orders.statusChangedAt,
      cursorAt: sql<string>`to_json(${orders.statusChangedAt}) #>> '{}'`.as('cursor_at'),
      createdAt: orders.createdAt,
      claimedAt: orders.claimedAt,
    })
    .from(orders)
    .where(options.where)
    .orderBy(desc(orders.statusChangedAt), desc(orders.id))
    .limit(options.limit);
  const page = (options.offset ? pageQuery.offset(options.offset) : pageQuery).as('page');

  const rows = await db
    .select({
      id: page.id,
      number: page.number,
      version: page.version,
      status: page.status,
      alloyCode: page.alloyCode,
      totalCents: page.totalCents,
      currency: page.currency,
      statusChangedAt: page.statusChangedAt,
      cursorAt: page.cursorAt,
      createdAt: page.createdAt,
      claimedAt: page.claimedAt,
      items: sql<ItemJson[]>`(
        select coalesce(json_agg(json_build_object(
          'modelId', ${orderItems.modelId},
          'modelName', ${models.originalName},
          'alloyCode', ${orderItems.alloyCode},
          'finish', ${orderItems.finish},
          'ringSize', ${orderItems.ringSize},
          'quantity', ${orderItems.quantity},
          'engraving', ${orderItems.engraving},
          'previewReady', ${models.previewPngKey} is not null
        ) order by ${orderItems.position}), '[]'::json)
        from ${orderItems} join ${models} on ${models.id} = ${orderItems.modelId}
        where ${orderItems.orderId} = ${page.id})`,
    })
    .from(page)
    .orderBy(desc(page.statusChangedAt), desc(page.id));

  return rows.map((row) => {
    const items = row.items.map((item) => ({
      ...item,
      ringSize: item.ringSize === null ? null : Number(item.ringSize),
    }));
    return {
      card: {
        id: row.id,
        number: row.number,
        version: row.version,
        status: row.status,
        alloyCode: row.alloyCode,
        totalCents: row.totalCents,
        currency: row.currency,
        statusChangedAt: row.statusChangedAt,
        createdAt: row.createdAt,
        claimedAt: row.claimedAt,
        items,
        modelIds: [...new Set(items.map((item) => item.modelId))],
      },
      cursor: { at: row.cursorAt, id: row.id },
    };
  });
}
