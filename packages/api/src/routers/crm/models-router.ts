import { getModel } from '@facet/core/models/get-model';
import { toModelDto, ZModel } from '@facet/core/models/model-dto';
import { z } from 'zod';
import { sellerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

/** Models as a seller sees them when ordering for a client. */
export const crmModelsRouter = createTRPCRouter({
  get: sellerProcedure
    .input(z.object({ modelId: z.string().uuid() }))
    .output(ZModel)
    .query(async ({ ctx, input }) => toModelDto(await getModel(ctx.db, ctx.actor, input.modelId))),
});
