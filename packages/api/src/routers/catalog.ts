import { ZAlloy } from '@facet/core/pricing/alloy-dto';
import { listAlloys } from '@facet/core/pricing/list-alloys';
import { z } from 'zod';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const catalogRouter = createTRPCRouter({
  alloys: publicProcedure.output(z.array(ZAlloy)).query(({ ctx }) => listAlloys(ctx.db)),
});
