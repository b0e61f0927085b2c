import { ZAlloy } from '@facet/core/pricing/alloy-dto';
import { listAlloys } from '@facet/core/pricing/list-alloys';
import { z } from 'zod';
import { sellerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

/** The shop's catalogue as the CRM reads it (the alloys an order for a client may be made in). */
export const crmCatalogRouter = createTRPCRouter({
  listAlloys: sellerProcedure.output(z.array(ZAlloy)).query(({ ctx }) => listAlloys(ctx.db)),
});
