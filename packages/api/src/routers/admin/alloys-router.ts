import { ZAdminAlloy, ZAlloyDesignRulesVersion, ZAlloyPriceVersion } from '@facet/core/admin/admin-alloy-dto';
import { listAdminAlloys } from '@facet/core/admin/list-admin-alloys';
import { listAlloyDesignRuleHistory } from '@facet/core/admin/list-alloy-design-rule-history';
import { listAlloyPriceHistory } from '@facet/core/admin/list-alloy-price-history';
import { updateAlloyCasting, ZUpdateAlloyCastingInput } from '@facet/core/admin/update-alloy-casting';
import {
  updateAlloyDesignRules,
  ZUpdateAlloyDesignRulesInput,
} from '@facet/core/admin/update-alloy-design-rules';
import { updateAlloyPrices, ZUpdateAlloyPricesInput } from '@facet/core/admin/update-alloy-prices';
import { z } from 'zod';
import { adminProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

export const alloysRouter = createTRPCRouter({
  list: adminProcedure.output(z.array(ZAdminAlloy)).query(({ ctx }) => listAdminAlloys(ctx.db, ctx.actor)),

  listPriceHistory: adminProcedure
    .input(z.object({ alloyId: z.string().uuid() }))
    .output(z.array(ZAlloyPriceVersion))
    .query(({ ctx, input }) => listAlloyPriceHistory(ctx.db, ctx.actor, input.alloyId)),

  update: adminProcedure
    .input(ZUpdateAlloyPricesInput)
    .output(ZAdminAlloy)
    .mutation(({ ctx, input }) => updateAlloyPrices(ctx.db, ctx.actor, input)),

  updateCasting: adminProcedure
    .input(ZUpdateAlloyCastingInput)
    .output(ZAdminAlloy)
    .mutation(({ ctx, input }) => updateAlloyCasting(ctx.db, ctx.actor, input)),

  listDesignRuleHistory: adminProcedure
    .input(z.object({ alloyId: z.string().uuid() }))
    .output(z.array(ZAlloyDesignRulesVersion))
    .query(({ ctx, input }) => listAlloyDesignRuleHistory(ctx.db, ctx.actor, input.alloyId)),

  updateDesignRules: adminProcedure
    .input(ZUpdateAlloyDesignRulesInput)
    .output(ZAdminAlloy)
    .mutation(({ ctx, input }) => updateAlloyDesignRules(ctx.db, ctx.actor, input)),
});
