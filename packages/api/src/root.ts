import { catalogRouter } from './routers/catalog';
import { identityRouter } from './routers/identity';
import { ordersRouter } from './routers/orders';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  catalog: catalogRouter,
  identity: identityRouter,
  orders: ordersRouter,
});

export type AppRouter = typeof appRouter;
