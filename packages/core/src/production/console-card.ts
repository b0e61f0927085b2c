import type { DbOrTx } from '@facet/db/client';
import { FINISHES, ORDER_STATUSES, type OrderStatus } from '@facet/db/enums';
import { type PreparedRead, preparedRead } from '@facet/db/prepared';
import { modelSummaries } from '@facet/db/schema/models';
import { orderLines, orderSummaries } from '@facet/db/schema/orders';
import { type AnyColumn, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { decodeCursor, encodeCursor } from '../shared/keyset-cursor';

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

const ZCursorValues = z
  .tuple([z.string().min(1).max(64), z.string().uuid()])
  .refine(([at]) => !Number.isNaN(Date.parse(at)))
  .transform(([at, id]): ConsoleCursor => ({ at, id }));

export function encodeConsoleCursor(cursor: ConsoleCursor): string {
  return encodeCursor([cursor.at, cursor.id]);
}

export function decodeConsoleCursor(value: string): ConsoleCursor {
  return decodeCursor(ZCursorValues, value, domainMessage('mes.page-link-invalid'));
}

/**
 * `status in (…)` with the statuses written into the statement rather than bound: a partial index
 * (`where status = 'MANUFACTURING_APPROVED'`) is only usable when the planner can see the value,
 * including in the generic plan of a prepared statement.
 */
export function statusIn(statuses: readonly OrderStatus[]): SQL {
  const list = statuses.map((status) => `'${status}'`).join(', ');
  return statuses.length === 1
    ? sql`${orderSummaries.status} = ${sql.raw(list)}`
    : sql`${orderSummaries.status} in (${sql.raw(list)})`;
}

/** Rows strictly after the cursor in (status_changed_at desc, id desc) order: one row comparison the index answers. */
export function afterCursor(cursor: { at: string | Placeholder; id: string | Placeholder }): SQL {
  return sql`(${orderSummaries.statusChangedAt}, ${orderSummaries.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
}

export interface SelectConsoleCardsOptions {
  where: SQL | undefined;
  /** A number, or `sql.placeholder(name)` in a statement prepared once. */
  limit: number | Placeholder;
  /** Only for the benchmark's comparison with OFFSET pagination. */
  offset?: number | Placeholder;
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

interface CardRow extends Record<string, unknown> {
  id: string;
  number: string | number;
  version: number;
  status: TConsoleCard['status'];
  alloy_code: string | null;
  total_cents: number | null;
  currency: string;
  status_changed_at: string;
  created_at: string;
  claimed_at: string | null;
  items: ItemJson[];
}

/**
 * One statement: a page of orders (newest status change first) and, for those rows only, their
 * items with the model names. The page is chosen first, so the items of skipped rows are never read.
 */
export function consoleCardsQuery(options: SelectConsoleCardsOptions): SQL {
  const iso = (column: AnyColumn) => sql`to_json(${column}) #>> '{}'`;
  return sql`
    select page.*, (
      select coalesce(json_agg(json_build_object(
        'modelId', item.model_id,
        'modelName', model.original_name,
        'alloyCode', item.alloy_code,
        'finish', item.finish,
        'ringSize', item.ring_size,
        'quantity', item.quantity,
        'engraving', item.engraving,
        'previewReady', model.preview_png_key is not null
      ) order by item.position), '[]'::json)
      from ${orderLines} item join ${modelSummaries} model on model.id = item.model_id
      where item.order_id = page.id
    ) as items
    from (
      select ${orderSummaries.id} as id, ${orderSummaries.number} as number, ${orderSummaries.version} as version,
        ${orderSummaries.status} as status, ${orderSummaries.alloyCode} as alloy_code, ${orderSummaries.totalCents} as total_cents,
        ${orderSummaries.currency} as currency, ${iso(orderSummaries.statusChangedAt)} as status_changed_at,
        ${iso(orderSummaries.createdAt)} as created_at, ${iso(orderSummaries.claimedAt)} as claimed_at,
        ${orderSummaries.statusChangedAt} as sort_at
      from ${orderSummaries}
      ${options.where ? sql`where ${options.where}` : sql``}
      order by ${orderSummaries.statusChangedAt} desc, ${orderSummaries.id} desc
      limit ${options.limit}
      ${options.offset ? sql`offset ${options.offset}` : sql``}
    ) page
    order by page.sort_at desc, page.id desc`;
}

export type ConsoleCardsStatement = PreparedRead<CardRow>;

/** A console card statement, rendered once (see preparedRead): its values go in as placeholders. */
export function consoleCardsStatement(build: () => SelectConsoleCardsOptions): ConsoleCardsStatement {
  return preparedRead<CardRow>(() => consoleCardsQuery(build()));
}

/** Runs a console card statement and shapes its rows into cards, each with its keyset cursor. */
export async function selectConsoleCards(
  db: DbOrTx,
  statement: ConsoleCardsStatement,
  values: Record<string, unknown> = {},
): Promise<Array<{ card: TConsoleCard; cursor: ConsoleCursor }>> {
  const rows = await statement.run(db, values);
  return rows.map((row) => {
    const items = row.items.map((item) => ({
      ...item,
      ringSize: item.ringSize === null ? null : Number(item.ringSize),
    }));
    return {
      card: {
        id: row.id,
        number: Number(row.number),
        version: row.version,
        status: row.status,
        alloyCode: row.alloy_code,
        totalCents: row.total_cents,
        currency: row.currency,
        statusChangedAt: new Date(row.status_changed_at),
        createdAt: new Date(row.created_at),
        claimedAt: row.claimed_at === null ? null : new Date(row.claimed_at),
        items,
        modelIds: [...new Set(items.map((item) => item.modelId))],
      },
      cursor: { at: row.status_changed_at, id: row.id },
    };
  });
}
