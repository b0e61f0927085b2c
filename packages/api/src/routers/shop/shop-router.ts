import { getModel } from '@facet/core/models/get-model';
import { toModelDto, ZModel } from '@facet/core/models/model-dto';
import { ZCastableQuote } from '@facet/core/models/quote-model-in-alloys';
import { addCartItem, ZAddCartItemInput } from '@facet/core/shop/add-cart-item';
import { checkOut, ZCheckOutInput } from '@facet/core/shop/check-out';
import { getCart, ZCart } from '@facet/core/shop/get-cart';
import { listMyModels } from '@facet/core/shop/list-my-models';
import { quoteModel, ZQuoteModelInput } from '@facet/core/shop/quote-model';
import { removeCartItem, ZRemoveCartItemInput } from '@facet/core/shop/remove-cart-item';
import { z } from 'zod';
import { customerProcedure, protectedProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';
import { catalogRouter } from './catalog-router';
import { shopOrdersRouter } from './orders-router';

const ZOrderRef = z.object({ orderId: z.string().uuid() });

/** The shoppers' surface (/, /build, /cart, /orders): catalogue, models, cart and their orders. */
export const shopRouter = createTRPCRouter({
  catalog: catalogRouter,
  orders: shopOrdersRouter,

  getModel: protectedProcedure
    .input(z.object({ modelId: z.string().uuid() }))
    .output(ZModel)
    .query(async ({ ctx, input }) => toModelDto(await getModel(ctx.db, ctx.actor, input.modelId))),

  listMyModels: customerProcedure.output(z.array(ZModel)).query(({ ctx }) => listMyModels(ctx.db, ctx.actor)),

  listQuotes: protectedProcedure
    .input(ZQuoteModelInput)
    .output(z.array(ZCastableQuote))
    .query(({ ctx, input }) => quoteModel(ctx.db, ctx.actor, input)),

  getCart: customerProcedure.output(ZCart.nullable()).query(({ ctx }) => getCart(ctx.db, ctx.actor)),

  addToCart: customerProcedure
    .input(ZAddCartItemInput)
    .output(ZOrderRef)
    .mutation(({ ctx, input }) => addCartItem(ctx.db, ctx.actor, input)),

  removeFromCart: customerProcedure
    .input(ZRemoveCartItemInput)
    .output(z.void())
    .mutation(({ ctx, input }) => removeCartItem(ctx.db, ctx.actor, input)),

  checkOut: customerProcedure
    .input(ZCheckOutInput)
    .output(ZOrderRef)
    .mutation(({ ctx, input }) => checkOut(ctx.db, ctx.actor, input)),
});
