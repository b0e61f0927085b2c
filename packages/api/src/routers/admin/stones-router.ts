import { listStonePriceHistory } from '@facet/core/admin/list-stone-price-history';
import { listStonePrices } from '@facet/core/admin/list-stone-prices';
import { setStonePrice, ZSetStonePriceInput } from '@facet/core/admin/set-stone-price';
import { ZStonePrice } from '@facet/core/pricing/stone-price-table';
import { z } from 'zod';
import { adminProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

export const stonesRouter = createTRPCRouter({
  list: adminProcedure.output(z.array(ZStonePrice)).query(({ ctx }) => listStonePrices(ctx.db, ctx.actor)),

  listPriceHistory: adminProcedure
    .output(z.array(ZStonePrice))
    .query(({ ctx }) => listStonePriceHistory(ctx.db, ctx.actor)),

  setPrice: adminProcedure
    .input(ZSetStonePriceInput)
    .output(z.array(ZStonePrice))
    .mutation(({ ctx, input }) => setStonePrice(ctx.db, ctx.actor, input)),
});
