import { ZAlloy } from '@facet/core/pricing/alloy-dto';
import { findStonePrices } from '@facet/core/pricing/find-stone-prices';
import { listAlloys } from '@facet/core/pricing/list-alloys';
import { ZStonePrice } from '@facet/core/pricing/stone-price-table';
import { z } from 'zod';
import { createTRPCRouter, publicProcedure } from '../../trpc';

/**
 * What the workshop offers, open to every visitor: the one read of the catalogue, which the CRM and the
 * console use too (alloys are the same for everyone, so they share one cache).
 */
export const catalogRouter = createTRPCRouter({
  listAlloys: publicProcedure.output(z.array(ZAlloy)).query(({ ctx }) => listAlloys(ctx.db)),
  /** The stone prices in force, for the constructor's price. */
  listStonePrices: publicProcedure.output(z.array(ZStonePrice)).query(({ ctx }) => findStonePrices(ctx.db)),
});
