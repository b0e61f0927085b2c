import { ZEarningsPeriod } from '@facet/core/earnings/collect-operator-earnings';
import {
  exportOperatorEarningsCsv,
  listOperatorEarnings,
  ZOperatorEarningsReport,
} from '@facet/core/earnings/list-operator-earnings';
import { findPayRate, setPayRate, ZPayRate, ZSetPayRateInput } from '@facet/core/earnings/pay-rate';
import { z } from 'zod';
import { adminProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

/** What each operator did and earned, and the rate they are paid by. */
export const earningsRouter = createTRPCRouter({
  getReport: adminProcedure
    .input(ZEarningsPeriod)
    .output(ZOperatorEarningsReport)
    .query(({ ctx, input }) => listOperatorEarnings(ctx.db, ctx.actor, input)),

  exportCsv: adminProcedure
    .input(ZEarningsPeriod)
    .output(z.object({ filename: z.string(), csv: z.string() }))
    .query(({ ctx, input }) => exportOperatorEarningsCsv(ctx.db, ctx.actor, input)),

  getRate: adminProcedure.output(ZPayRate).query(({ ctx }) => findPayRate(ctx.db)),

  setRate: adminProcedure
    .input(ZSetPayRateInput)
    .output(ZPayRate)
    .mutation(({ ctx, input }) => setPayRate(ctx.db, ctx.actor, input)),
});
