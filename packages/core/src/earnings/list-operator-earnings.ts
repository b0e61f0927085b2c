import type { Db } from '@facet/db/client';
import { z } from 'zod';
import { assertAdmin } from '../admin/assert-admin';
import type { Actor } from '../shared/actor';
import {
  collectOperatorEarnings,
  type TEarningsPeriod,
  ZOperatorEarnings,
} from './collect-operator-earnings';
import { toEarningsCsv } from './earnings-rules';
import { findPayRate, ZPayRate } from './pay-rate';

export const ZOperatorEarningsReport = z.object({ rate: ZPayRate, operators: z.array(ZOperatorEarnings) });
export type TOperatorEarningsReport = z.infer<typeof ZOperatorEarningsReport>;

/** Every operator's figures for a period, for the admin's chart and table. */
export async function listOperatorEarnings(
  db: Db,
  actor: Actor,
  period: TEarningsPeriod,
): Promise<TOperatorEarningsReport> {
  assertAdmin(actor);
  const rate = await findPayRate(db);
  return { rate, operators: await collectOperatorEarnings(db, period, rate) };
}

/** The same figures as the admin's table, as a CSV file. */
export async function exportOperatorEarningsCsv(
  db: Db,
  actor: Actor,
  period: TEarningsPeriod,
): Promise<{ filename: string; csv: string }> {
  const report = await listOperatorEarnings(db, actor, period);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return {
    filename: `operator-earnings-${day(period.from)}-to-${day(period.to)}.csv`,
    csv: toEarningsCsv(report.operators),
  };
}
