import type { Db, DbOrTx } from '@facet/db/client';
import { PAY_RATE_KINDS } from '@facet/db/enums';
import { people } from '@facet/db/schema/identity';
import { operatorPayRates } from '@facet/db/schema/production';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { assertAdmin } from '../admin/assert-admin';
import { fieldMessage } from '../i18n/field-messages';
import type { Actor } from '../shared/actor';
import { installationCurrency } from '../shared/currency';
import { NO_PAY_RATE, type PayRate } from './earnings-rules';

export const ZPayRate = z.object({
  kind: z.enum(PAY_RATE_KINDS),
  perOrderCents: z.number().int(),
  workSharePct: z.number(),
  /** Null until an admin has set a rate. */
  setAt: z.date().nullable(),
  setByName: z.string().nullable(),
});
export type TPayRate = z.infer<typeof ZPayRate>;

export const ZSetPayRateInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('per_order'),
    perOrderCents: z
      .number({ message: fieldMessage('pay.per-order-missing') })
      .int()
      .min(0, fieldMessage('pay.per-order-negative'))
      .max(1_000_000, fieldMessage('pay.per-order-high')),
  }),
  z.object({
    kind: z.literal('work_share'),
    workSharePct: z
      .number({ message: fieldMessage('pay.share-missing') })
      .min(0, fieldMessage('pay.share-negative'))
      .max(100, fieldMessage('pay.share-high')),
  }),
]);
export type TSetPayRateInput = z.infer<typeof ZSetPayRateInput>;

/** The rate in force: the newest an admin set. */
export async function findPayRate(db: DbOrTx): Promise<TPayRate> {
  const [row] = await db
    .select({ rate: operatorPayRates, setByName: people.name })
    .from(operatorPayRates)
    .leftJoin(people, eq(people.id, operatorPayRates.setById))
    .orderBy(desc(operatorPayRates.createdAt))
    .limit(1);
  if (!row) return { ...NO_PAY_RATE, setAt: null, setByName: null };
  return {
    kind: row.rate.kind,
    perOrderCents: row.rate.perOrderCents,
    workSharePct: row.rate.workSharePct,
    setAt: row.rate.createdAt,
    setByName: row.setByName,
  };
}

/** An admin sets how operators are paid; the earlier rates stay as history. */
export async function setPayRate(db: Db, actor: Actor, input: TSetPayRateInput): Promise<TPayRate> {
  assertAdmin(actor);
  const rate: Omit<PayRate, 'kind'> & { kind: TSetPayRateInput['kind'] } =
    input.kind === 'per_order'
      ? { kind: 'per_order', perOrderCents: input.perOrderCents, workSharePct: 0 }
      : { kind: 'work_share', perOrderCents: 0, workSharePct: input.workSharePct };
  await db
    .insert(operatorPayRates)
    .values({ ...rate, currency: installationCurrency(), setById: actor.userId });
  return findPayRate(db);
}
